"""Reads GEXF and GraphML files with networkx and writes what networkx sees, one JSON line per file (test/readers)."""

import argparse
import json
import math
import os
import sys
import traceback

import networkx as nx

MAX_SAFE_INTEGER = 2**53 - 1


def plain(value):
    """A JSON-safe copy: big ints, NaN and infinities as strings, tuples as lists, anything else by repr."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value if abs(value) <= MAX_SAFE_INTEGER else str(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return repr(value)


def typed(attributes):
    """Each attribute as {"type": Python type name, "value": JSON-safe value}."""
    return {str(k): {"type": type(v).__name__, "value": plain(v)} for k, v in attributes.items()}


def types_seen(items):
    """For every attribute name, the sorted Python type names it takes over all items (not capped)."""
    seen = {}
    for attributes in items:
        for k, v in attributes.items():
            seen.setdefault(str(k), set()).add(type(v).__name__)
    return {k: sorted(v) for k, v in sorted(seen.items())}


def read(path, force_multigraph):
    lower = path.lower()
    if lower.endswith(".gexf") or lower.endswith(".gexf.gz"):
        # read_gexf picks the GEXF version from the namespace; it returns a Multi(Di)Graph only when edges repeat.
        return "read_gexf", nx.read_gexf(path)
    if lower.endswith(".graphml") or lower.endswith(".graphml.gz"):
        return "read_graphml", nx.read_graphml(path, force_multigraph=force_multigraph)
    raise ValueError(f"not a GEXF or GraphML file name: {path}")


def report(path, max_elements, force_multigraph):
    reader, graph = read(path, force_multigraph)
    multigraph = graph.is_multigraph()
    nodes = list(graph.nodes(data=True))
    if multigraph:
        edges = list(graph.edges(keys=True, data=True))
    else:
        edges = [(u, v, None, d) for u, v, d in graph.edges(data=True)]
    return {
        "file": path,
        "ok": True,
        "reader": reader,
        "networkxVersion": nx.__version__,
        "graphClass": type(graph).__name__,
        "directed": graph.is_directed(),
        "multigraph": multigraph,
        "nodeCount": graph.number_of_nodes(),
        "edgeCount": graph.number_of_edges(),
        "graphAttributes": typed(graph.graph),
        "nodeAttributeTypes": types_seen(d for _, d in nodes),
        "edgeAttributeTypes": types_seen(d for _, _, _, d in edges),
        "nodes": [
            {"id": plain(n), "idType": type(n).__name__, "attributes": typed(d)} for n, d in nodes[:max_elements]
        ],
        "edges": [
            {"source": plain(u), "target": plain(v), "key": plain(k), "attributes": typed(d)}
            for u, v, k, d in edges[:max_elements]
        ],
        "truncated": {"nodes": len(nodes) > max_elements, "edges": len(edges) > max_elements},
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", required=True, help="where to write the JSON lines")
    parser.add_argument("--max-elements", type=int, default=10_000, help="nodes and edges detailed per file")
    parser.add_argument(
        "--no-force-multigraph", action="store_true", help="read GraphML as read_graphml's default does"
    )
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    with open(args.out, "w", encoding="utf-8") as out:
        for path in args.files:
            try:
                line = report(path, args.max_elements, not args.no_force_multigraph)
            except Exception as error:  # one unreadable file must not hide the others' reports
                line = {
                    "file": path,
                    "ok": False,
                    "errorType": type(error).__name__,
                    "error": "".join(traceback.format_exception(error)),
                }
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
            out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
