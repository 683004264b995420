// GEXF 1.3 writer (graphology-gexf): evidence as attributes, the bibliography and provenance in <meta>.
import Graph from "graphology";
import { write } from "graphology-gexf";
import { flattenAttributes } from "../flatten";
import { type Chunks, type ExportInput, GENERATOR } from "../types";

export interface GexfOptions {
  version: "1.2" | "1.3";
  /** Pretty-print the XML. */
  pretty: boolean;
}

export const DEFAULT_GEXF_OPTIONS: GexfOptions = { version: "1.3", pretty: true };

export function writeGexf(input: ExportInput, options: Partial<GexfOptions> = {}): Chunks {
  const o = { ...DEFAULT_GEXF_OPTIONS, ...options };
  const graph = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  graph.import(input.graph);
  graph.replaceAttributes({
    creator: GENERATOR,
    description: `Sourced subgraph exported ${input.generatedAt}: every edge carries its evidence (source, quote, span).`,
    sources: JSON.stringify(input.sources),
    generatedat: input.generatedAt,
  });
  const xml = write(graph, {
    version: o.version,
    pretty: o.pretty,
    formatNode: (_key, attributes) => {
      const { label, x, y, ...rest } = attributes as Record<string, unknown>;
      return {
        label: String(label ?? ""),
        attributes: flattenAttributes(rest),
        ...(typeof x === "number" && typeof y === "number" ? { viz: { x, y } } : {}),
      };
    },
    formatEdge: (_key, attributes) => ({
      label: String((attributes as Record<string, unknown>).type ?? ""),
      attributes: flattenAttributes(attributes as Record<string, unknown>),
    }),
  });
  return [xml];
}
