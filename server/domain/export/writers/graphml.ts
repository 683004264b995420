// GraphML writer (graphology-graphml only parses): typed <key>s, evidence as attributes, the bibliography as graph data.
import { flattenAttributes, type Scalar } from "../flatten";
import { type ExportInput, GENERATOR } from "../types";
import { escapeXml } from "./xml";

export interface GraphmlOptions {
  /** The graph element's id. */
  graphId: string;
}

export const DEFAULT_GRAPHML_OPTIONS: GraphmlOptions = { graphId: "kg-export" };

type KeyType = "string" | "double" | "boolean";

const typeOf = (v: Scalar): KeyType =>
  typeof v === "number" ? "double" : typeof v === "boolean" ? "boolean" : "string";

/** One <key> per attribute name and element kind; a name whose values mix types is declared a string. */
function declareKeys(rows: Iterable<Record<string, Scalar>>): Map<string, KeyType> {
  const keys = new Map<string, KeyType>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      const t = typeOf(value);
      const known = keys.get(name);
      keys.set(name, known === undefined || known === t ? t : "string");
    }
  }
  return keys;
}

function keyElements(prefix: string, domain: string, keys: Map<string, KeyType>): string {
  let out = "";
  for (const [name, type] of keys) {
    out += `  <key id="${prefix}:${escapeXml(name)}" for="${domain}" attr.name="${escapeXml(name)}" attr.type="${type}"/>\n`;
  }
  return out;
}

function dataElements(prefix: string, row: Record<string, Scalar>, indent: string): string {
  let out = "";
  for (const [name, value] of Object.entries(row)) {
    out += `${indent}<data key="${prefix}:${escapeXml(name)}">${escapeXml(String(value))}</data>\n`;
  }
  return out;
}

export function* writeGraphml(input: ExportInput, options: Partial<GraphmlOptions> = {}): Generator<string> {
  const o = { ...DEFAULT_GRAPHML_OPTIONS, ...options };
  const graphData: Record<string, Scalar> = {
    creator: GENERATOR,
    generatedAt: input.generatedAt,
    sources: JSON.stringify(input.sources),
  };
  const nodeRows = input.graph.nodes.map((n) => flattenAttributes(n.attributes));
  const edgeRows = input.graph.edges.map((e) => flattenAttributes(e.attributes));
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ';
  yield 'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  yield keyElements("g", "graph", declareKeys([graphData]));
  yield keyElements("n", "node", declareKeys(nodeRows));
  yield keyElements("e", "edge", declareKeys(edgeRows));
  yield `  <graph id="${escapeXml(o.graphId)}" edgedefault="directed">\n`;
  yield dataElements("g", graphData, "    ");
  for (const [i, n] of input.graph.nodes.entries()) {
    yield `    <node id="${escapeXml(n.key)}">\n${dataElements("n", nodeRows[i] ?? {}, "      ")}    </node>\n`;
  }
  for (const [i, e] of input.graph.edges.entries()) {
    const head = `    <edge id="${escapeXml(e.key)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">\n`;
    yield `${head}${dataElements("e", edgeRows[i] ?? {}, "      ")}    </edge>\n`;
  }
  yield "  </graph>\n</graphml>\n";
}
