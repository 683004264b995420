// Streams the model's nodes and edges out of Neo4j into flat arrays for the layout, without keeping the records.
import neo4j from "neo4j-driver";
import { cypher } from "../neo4j/cypherFiles";
import type { Db } from "../neo4j/driver";
import { streamRecords } from "../repositories/streamRecords";
import { initialPositions, type LayoutInput } from "./forceLayout";

export interface LayoutGraph {
  input: LayoutInput;
  /** elementId of node i. */
  ids: string[];
  edgeCount: number;
}

const num = (v: unknown): number | null => (typeof v === "number" ? v : neo4j.isInt(v) ? v.toNumber() : null);

export async function readLayoutGraph(db: Db): Promise<LayoutGraph> {
  const ids: string[] = [];
  const stored: Array<{ x: number | null; y: number | null }> = [];
  const index = new Map<string, number>();
  await streamRecords(db, cypher("layout/nodes"), {}, (r) => {
    const get = (key: string) => r.get(key);
    const id = get("id") as string;
    index.set(id, ids.length);
    ids.push(id);
    stored.push({ x: num(get("x")), y: num(get("y")) });
  });
  let edges = new Int32Array(1024);
  let n = 0;
  await streamRecords(db, cypher("layout/edges"), {}, (r) => {
    const get = (key: string) => r.get(key);
    const s = index.get(get("source") as string);
    const t = index.get(get("target") as string);
    if (s === undefined || t === undefined) return;
    if (n + 2 > edges.length) {
      const grown = new Int32Array(edges.length * 2);
      grown.set(edges);
      edges = grown;
    }
    edges[n++] = s;
    edges[n++] = t;
  });
  return {
    input: { nodes: ids.length, edges: edges.slice(0, n), positions: initialPositions(stored) },
    ids,
    edgeCount: n / 2,
  };
}
