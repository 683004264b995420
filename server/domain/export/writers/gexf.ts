// GEXF 1.3 writer (xmlbuilder2, streamed): typed attributes per property, edge kind = relation type, viz, bibliography.
import { declareColumns, flattenAttributes, type Scalar } from "../flatten";
import type { PropertyType } from "../propertyTypes";
import { type ExportInput, exportDescription, GENERATOR } from "../types";
import { xmlSafe, xmlStream, xmlValue } from "./xml";

export interface GexfOptions {
  /** Pretty-print the XML. */
  pretty: boolean;
  /** Told every `progressEvery` nodes and edges written, for a progress bar. */
  onProgress: ((done: number, total: number) => void) | null;
  progressEvery: number;
}

export const DEFAULT_GEXF_OPTIONS: GexfOptions = { pretty: true, onProgress: null, progressEvery: 1000 };

export const GEXF_NAMESPACE = "http://gexf.net/1.3";
export const GEXF_VIZ_NAMESPACE = "http://gexf.net/1.3/viz";
const XMLNS = "http://www.w3.org/2000/xmlns/";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";

/** GEXF 1.3's attribute type names (gexf.xsd attrtype-type). */
const GEXF_TYPES: Readonly<Record<PropertyType, string>> = {
  string: "string",
  boolean: "boolean",
  int: "integer",
  long: "long",
  double: "double",
  "string[]": "string",
  "boolean[]": "string",
  "int[]": "string",
  "long[]": "string",
  "double[]": "string",
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

/** Drawing attributes become viz elements, not data columns. */
const VIZ_NODE = new Set(["label", "x", "y", "color", "size"]);
const VIZ_EDGE = new Set(["color", "size"]);

function without(row: Record<string, Scalar>, names: ReadonlySet<string>): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [k, v] of Object.entries(row)) if (!names.has(k)) out[k] = v;
  return out;
}

const finite = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/**
 * GEXF 1.3 as Gephi and networkx read it. Each attribute column is declared once with its property's type
 * (propertyTypes.ts: integers `integer`/`long`, floats `double`), whatever the selection holds. Each edge's `kind` is
 * its relation type, so Gephi keeps parallel edges of different types apart. `<meta>` holds what 1.3 allows:
 * creator, keywords and a description with the bibliography and any notice (Gephi shows it as the workspace's
 * description). Positions, colours and sizes go to viz elements.
 */
export function* writeGexf(input: ExportInput, options: Partial<GexfOptions> = {}): Generator<string> {
  const o = { ...DEFAULT_GEXF_OPTIONS, ...options };
  const nodeRows = input.graph.nodes.map((n) => without(flattenAttributes(n.attributes), VIZ_NODE));
  const edgeRows = input.graph.edges.map((e) => without(flattenAttributes(e.attributes), VIZ_EDGE));
  const nodeColumns = declareColumns("node", nodeRows, input.schemaTypes);
  const edgeColumns = declareColumns("edge", edgeRows, input.schemaTypes);
  const total = nodeRows.length + edgeRows.length;
  let done = 0;
  const tick = () => {
    done++;
    if (o.onProgress && (done % o.progressEvery === 0 || done === total)) o.onProgress(done, total);
  };

  const { xml, take } = xmlStream(o.pretty);
  xml.dec({ version: "1.0", encoding: "UTF-8" });
  const root = xml
    .ele(GEXF_NAMESPACE, "gexf")
    .att(XMLNS, "xmlns:viz", GEXF_VIZ_NAMESPACE)
    .att(XMLNS, "xmlns:xsi", XSI)
    .att(XSI, "xsi:schemaLocation", `${GEXF_NAMESPACE} ${GEXF_NAMESPACE}/gexf.xsd`)
    .att("version", "1.3");
  root
    .ele("meta")
    .att("lastmodifieddate", input.generatedAt.slice(0, 10))
    .ele("creator")
    .txt(GENERATOR)
    .up()
    .ele("keywords")
    .txt("knowledge graph, sourced edges, evidence, citations")
    .up()
    .ele("description")
    .txt(xmlSafe(exportDescription(input)))
    .up()
    .up();
  const graph = root.ele("graph").att("defaultedgetype", "directed").att("mode", "static");
  for (const [cls, columns] of [
    ["node", nodeColumns],
    ["edge", edgeColumns],
  ] as const) {
    const attributes = graph.ele("attributes").att("class", cls).att("mode", "static");
    for (const [name, type] of columns) {
      attributes
        .ele("attribute")
        .att("id", xmlSafe(name))
        .att("title", xmlSafe(name))
        .att("type", GEXF_TYPES[type])
        .up();
    }
    attributes.up();
  }
  yield take();

  const nodes = graph.ele("nodes");
  for (const [i, n] of input.graph.nodes.entries()) {
    tick();
    const a = n.attributes as Record<string, unknown>;
    const node = nodes
      .ele("node")
      .att("id", xmlSafe(n.key))
      .att("label", xmlSafe(String(a.label ?? n.key)));
    attvalues(node, nodeRows[i] ?? {});
    const rgb = hexToRgb(a.color);
    if (rgb)
      node.ele(GEXF_VIZ_NAMESPACE, "viz:color").att("r", `${rgb.r}`).att("g", `${rgb.g}`).att("b", `${rgb.b}`).up();
    if (finite(a.x) && finite(a.y)) {
      node.ele(GEXF_VIZ_NAMESPACE, "viz:position").att("x", `${a.x}`).att("y", `${a.y}`).att("z", "0").up();
    }
    if (finite(a.size)) node.ele(GEXF_VIZ_NAMESPACE, "viz:size").att("value", `${a.size}`).up();
    node.up();
    yield take();
  }
  nodes.up();
  const edges = graph.ele("edges");
  for (const [i, e] of input.graph.edges.entries()) {
    tick();
    const a = e.attributes as Record<string, unknown>;
    const edge = edges
      .ele("edge")
      .att("id", xmlSafe(e.key))
      .att("source", xmlSafe(e.source))
      .att("target", xmlSafe(e.target))
      .att("label", xmlSafe(String(a.type)))
      .att("kind", xmlSafe(String(a.type)));
    attvalues(edge, edgeRows[i] ?? {});
    const rgb = hexToRgb(a.color);
    if (rgb)
      edge.ele(GEXF_VIZ_NAMESPACE, "viz:color").att("r", `${rgb.r}`).att("g", `${rgb.g}`).att("b", `${rgb.b}`).up();
    if (finite(a.size)) edge.ele(GEXF_VIZ_NAMESPACE, "viz:thickness").att("value", `${a.size}`).up();
    edge.up();
    yield take();
  }
  edges.up();
  graph.up();
  root.up();
  xml.end();
  yield take();
}

type Element = ReturnType<ReturnType<typeof xmlStream>["xml"]["ele"]>;

function attvalues(element: Element, row: Record<string, Scalar>): void {
  const entries = Object.entries(row);
  if (entries.length === 0) return;
  const values = element.ele("attvalues");
  for (const [name, value] of entries)
    values.ele("attvalue").att("for", xmlSafe(name)).att("value", xmlValue(value)).up();
  values.up();
}
