// GraphML writer (xmlbuilder2, streamed; graphology-graphml only parses): keys typed per property, bibliography as graph data.
import { declareColumns, flattenAttributes, type Scalar } from "../flatten";
import type { PropertyType } from "../propertyTypes";
import { type ExportInput, exportDescription, GENERATOR, noticeText } from "../types";
import { hexToRgb } from "./gexf";
import { xmlSafe, xmlStream, xmlValue } from "./xml";

export interface GraphmlOptions {
  /** The graph element's id. */
  graphId: string;
  pretty: boolean;
}

export const DEFAULT_GRAPHML_OPTIONS: GraphmlOptions = { graphId: "kg-export", pretty: true };

const GRAPHML_NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
const XMLNS = "http://www.w3.org/2000/xmlns/";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";

/** GraphML's attr.type names: int (32-bit) and long keep integers apart from doubles. */
const GRAPHML_TYPES: Readonly<Record<PropertyType, string>> = {
  string: "string",
  boolean: "boolean",
  int: "int",
  long: "long",
  double: "double",
  "string[]": "string",
  "boolean[]": "string",
  "int[]": "string",
  "long[]": "string",
  "double[]": "string",
};

/** A #rrggbb `color` also as r, g and b: the attribute names Gephi's GraphML importer reads as a colour. */
function withRgb(row: Record<string, Scalar>): Record<string, Scalar> {
  const rgb = row.r === undefined ? hexToRgb(row.color) : undefined;
  return rgb ? { ...row, ...rgb } : row;
}

const RGB_TYPES = { r: "int", g: "int", b: "int" } as const;

/**
 * GraphML as networkx, igraph and Gephi read it. Each `<key>` is declared once per property with its type
 * (propertyTypes.ts: `int`/`long` for integers, `double` for floats). The bibliography, the description and any
 * notice are graph-level data, which networkx reads into `G.graph` (Gephi ignores graph-level keys with a warning in
 * its import report). Positions, sizes and colours are the `x`, `y`, `size`, `color` and `r`/`g`/`b` node data Gephi
 * reads. GraphML has no edge type Gephi reads: parallel edges survive Gephi only with "Don't merge" (NO_MERGE).
 */
export function* writeGraphml(input: ExportInput, options: Partial<GraphmlOptions> = {}): Generator<string> {
  const o = { ...DEFAULT_GRAPHML_OPTIONS, ...options };
  const graphData: Record<string, Scalar> = {
    creator: GENERATOR,
    generatedAt: input.generatedAt,
    description: exportDescription(input),
    sources: JSON.stringify(input.sources),
  };
  if (input.notice && input.notice.unknownCount > 0) {
    graphData.notice = noticeText(input.notice);
    graphData.unknownIds = JSON.stringify(input.notice.unknownIds);
    graphData.unknownCount = input.notice.unknownCount;
  }
  const nodeRows = input.graph.nodes.map((n) => withRgb(flattenAttributes(n.attributes)));
  const edgeRows = input.graph.edges.map((e) => withRgb(flattenAttributes(e.attributes)));
  const nodeKeys = declareColumns("node", nodeRows, input.schemaTypes);
  const edgeKeys = declareColumns("edge", edgeRows, input.schemaTypes);
  for (const keys of [nodeKeys, edgeKeys])
    for (const [k, t] of Object.entries(RGB_TYPES)) if (keys.has(k)) keys.set(k, t);
  const graphKeys = new Map<string, PropertyType>(
    Object.entries(graphData).map(([k, v]) => [k, typeof v === "number" ? "int" : "string"]),
  );

  const { xml, take } = xmlStream(o.pretty);
  xml.dec({ version: "1.0", encoding: "UTF-8" });
  xml
    .ele(GRAPHML_NAMESPACE, "graphml")
    .att(XMLNS, "xmlns:xsi", XSI)
    .att(XSI, "xsi:schemaLocation", `${GRAPHML_NAMESPACE} ${GRAPHML_NAMESPACE}/1.0/graphml.xsd`);
  for (const [prefix, domain, keys] of [
    ["g", "graph", graphKeys],
    ["n", "node", nodeKeys],
    ["e", "edge", edgeKeys],
  ] as const) {
    for (const [name, type] of keys) {
      xml
        .ele("key")
        .att("id", xmlSafe(`${prefix}:${name}`))
        .att("for", domain)
        .att("attr.name", xmlSafe(name))
        .att("attr.type", GRAPHML_TYPES[type])
        .up();
    }
  }
  xml.ele("graph").att("id", xmlSafe(o.graphId)).att("edgedefault", "directed");
  data(xml, "g", graphData);
  yield take();
  for (const [i, n] of input.graph.nodes.entries()) {
    xml.ele("node").att("id", xmlSafe(n.key));
    data(xml, "n", nodeRows[i] ?? {});
    xml.up();
    yield take();
  }
  for (const [i, e] of input.graph.edges.entries()) {
    xml.ele("edge").att("id", xmlSafe(e.key)).att("source", xmlSafe(e.source)).att("target", xmlSafe(e.target));
    data(xml, "e", edgeRows[i] ?? {});
    xml.up();
    yield take();
  }
  xml.up().up().end();
  yield take();
}

function data(xml: ReturnType<typeof xmlStream>["xml"], prefix: string, row: Record<string, Scalar>): void {
  for (const [name, value] of Object.entries(row)) {
    xml
      .ele("data")
      .att("key", xmlSafe(`${prefix}:${name}`))
      .txt(xmlValue(value))
      .up();
  }
}
