// GEXF 1.3 writer (graphology-gexf): evidence as attributes, the bibliography and provenance in <meta>.
import Graph from "graphology";
import { write } from "graphology-gexf";
import { flattenAttributes } from "../flatten";
import { type Chunks, type ExportInput, GENERATOR } from "../types";

export interface GexfOptions {
  version: "1.2" | "1.3";
  /** Pretty-print the XML. */
  pretty: boolean;
  /**
   * Write `color` (#rrggbb) and `size` attributes as GEXF viz (node colour and size, edge colour and thickness)
   * rather than as data: the client's export of what it draws.
   */
  visual: boolean;
  /** Told every `progressEvery` nodes and edges written, for a progress bar. */
  onProgress: ((done: number, total: number) => void) | null;
  progressEvery: number;
}

export const DEFAULT_GEXF_OPTIONS: GexfOptions = {
  version: "1.3",
  pretty: true,
  visual: false,
  onProgress: null,
  progressEvery: 1000,
};

type Rgb = { r: number; g: number; b: number };

/** "#2563eb" → {r, g, b}. */
export function hexToRgb(color: unknown): Rgb | undefined {
  if (typeof color !== "string") return undefined;
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) return undefined;
  return {
    r: Number.parseInt(m[1] ?? "0", 16),
    g: Number.parseInt(m[2] ?? "0", 16),
    b: Number.parseInt(m[3] ?? "0", 16),
  };
}

/** Splits `color` and `size` off the attributes when visual attributes are asked for. */
function visualOf(attributes: Record<string, unknown>, visual: boolean) {
  if (!visual) return { rest: attributes, color: undefined, size: undefined };
  const { color, size, ...rest } = attributes;
  const rgb = hexToRgb(color);
  // As "rgb(…)", which graphology-gexf writes as r, g and b: every Gephi version reads those (1.3's `hex` is newer).
  return {
    rest,
    color: rgb ? `rgb(${rgb.r},${rgb.g},${rgb.b})` : undefined,
    size: typeof size === "number" && Number.isFinite(size) ? size : undefined,
  };
}

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
  const total = graph.order + graph.size;
  let done = 0;
  const tick = () => {
    done++;
    if (o.onProgress && (done % o.progressEvery === 0 || done === total)) o.onProgress(done, total);
  };
  const xml = write(graph, {
    version: o.version,
    pretty: o.pretty,
    formatNode: (_key, attributes) => {
      tick();
      const { label, x, y, ...others } = attributes as Record<string, unknown>;
      const { rest, color, size } = visualOf(others, o.visual);
      const position = typeof x === "number" && typeof y === "number" ? { x, y } : {};
      const viz = { ...position, ...(color ? { color } : {}), ...(size !== undefined ? { size } : {}) };
      return {
        label: String(label ?? ""),
        attributes: flattenAttributes(rest),
        ...(Object.keys(viz).length > 0 ? { viz } : {}),
      };
    },
    formatEdge: (_key, attributes) => {
      tick();
      const { rest, color, size } = visualOf(attributes as Record<string, unknown>, o.visual);
      const viz = { ...(color ? { color } : {}), ...(size !== undefined ? { thickness: size } : {}) };
      return {
        label: String(rest.type ?? ""),
        attributes: flattenAttributes(rest),
        ...(Object.keys(viz).length > 0 ? { viz } : {}),
      };
    },
  });
  return [xml];
}
