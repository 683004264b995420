// API figures: /api/graph, /api/graph/stream and export against raw driver fetches, and neighbors under load.
import type { OverviewResponse } from "@domain/contracts/overview";
import autocannon from "autocannon";
import { overviewLimit } from "../../../client/src/core/scale/overview";
import { MAX_STREAMED_NODES } from "../../../client/src/core/scale/utils";
import type { Db } from "../../../server/neo4j/driver";
import { type PairedFigure, type Spread, spread } from "../stats";
import { paired } from "../timing";
import { rawExport, rawGraph, rawGraphStream } from "./rawFetch";

/** One neighbor load run: autocannon's request count and latency percentiles (ms). */
export interface NeighborRun {
  requests: number;
  p50: number;
  p99: number;
  non2xx: number;
}

/** Paired figures keep every repeat (ms) and the spread of the per-repeat ratios; the neighbor load runs once per repeat. */
export interface ApiFigures {
  graphJson: PairedFigure & { limit: number; bytes: number };
  graphStream: PairedFigure & { nodes: number; edges: number; bytes: number };
  exportJson: PairedFigure & { ids: number; bytes: number };
  neighbors: {
    connections: number;
    duration: number;
    runs: NeighborRun[];
    p50: Spread;
    p99: Spread;
    /** Non-2xx answers over all runs. */
    non2xx: number;
  };
}

export async function body(url: string, init?: RequestInit): Promise<number> {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${init?.method ?? "GET"} ${url} answered ${res.status}: ${await res.text()}`);
  return (await res.arrayBuffer()).byteLength;
}

/**
 * Waits until the explorer's /api/health answers 200 again (at most `timeoutMs`): on a loaded machine the neighbor
 * load can delay Neo4j's liveness ping past its deadline, and the explorer then answers 503 for a few seconds.
 */
export async function waitHealthy(base: string, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await fetch(`${base}/api/health`).catch(() => null);
    if (res?.ok) return;
    if (Date.now() > until)
      throw new Error(`/api/health still answers ${res?.status ?? "nothing"} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** Node keys and counts of the whole graph, from the stream. */
/**
 * The query string of the stream the app opens on, by the client's own rule (client/src/core/scale): the overview's
 * `limit` when GET /api/overview says the graph is above KG_OVERVIEW_ABOVE, else MAX_STREAMED_NODES.
 */
export async function openingQuery(base: string): Promise<{ query: string; overview: OverviewResponse }> {
  const res = await fetch(`${base}/api/overview`);
  if (!res.ok) throw new Error(`GET /api/overview answered ${res.status}`);
  const overview = (await res.json()) as OverviewResponse;
  return { query: `?limit=${overviewLimit(overview, MAX_STREAMED_NODES)}`, overview };
}

/** The node keys (in stream order), edge count and bytes of GET /api/graph/stream with `query` (e.g. "?limit=20000"). */
export async function streamedKeys(
  base: string,
  query = "",
): Promise<{ keys: string[]; edges: number; bytes: number }> {
  const res = await fetch(`${base}/api/graph/stream${query}`);
  const text = await res.text();
  if (!res.ok) throw new Error(`GET /api/graph/stream answered ${res.status}: ${text.slice(0, 300)}`);
  const keys: string[] = [];
  let edges = 0;
  for (const line of text.split("\n")) {
    if (!line) continue;
    const parsed = JSON.parse(line) as { kind: string; nodes?: { key: string }[]; edges?: unknown[] };
    if (parsed.kind === "nodes") for (const n of parsed.nodes ?? []) keys.push(n.key);
    if (parsed.kind === "edges") edges += parsed.edges?.length ?? 0;
    if (parsed.kind === "error") throw new Error(`the stream failed: ${line}`);
  }
  if (keys.length === 0) throw new Error(`the stream sent no nodes: ${text.slice(0, 300)}`);
  return { keys, edges, bytes: text.length };
}

/** The bench's /api/graph limit, and how many of the stream's first keys it exports. */
export const GRAPH_LIMIT = 20_000;
export const EXPORT_IDS = 5000;

/** The export the bench times: JSON of `ids`, without claims. */
export function exportRequest(ids: readonly string[]): RequestInit {
  return {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ format: "json", select: { by: "ids", ids }, includeClaims: false }),
  };
}

/** `connections` clients asking for `paths` in turn (GET) for `duration` seconds: autocannon's result. */
export function pathLoad(base: string, paths: readonly string[], connections: number, duration: number) {
  let next = 0;
  return autocannon({
    url: base,
    connections,
    duration,
    requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] ?? "/" }) }],
  });
}

/** The neighbour load: each key's first 25 neighbours (`/api/nodes/:id/neighbors?limit=25`). */
export function neighborLoad(base: string, sample: readonly string[], connections: number, duration: number) {
  const paths = sample.map((id) => `/api/nodes/${encodeURIComponent(id)}/neighbors?limit=25`);
  return pathLoad(base, paths, connections, duration);
}

/** About a thousand keys spread evenly over `keys`: what the neighbour load asks for. */
export function neighborSample(keys: readonly string[]): string[] {
  return keys.filter((_, i) => i % Math.max(1, Math.floor(keys.length / 1000)) === 0);
}

export async function measureApi(
  db: Db,
  base: string,
  options: { repeats: number; connections: number; duration: number },
  say: (line: string) => void,
): Promise<ApiFigures> {
  const limit = GRAPH_LIMIT;
  say("  /api/graph (JSON) against the raw fetch ...");
  let jsonBytes = 0;
  const graphJson = await paired(
    options.repeats,
    async () => {
      jsonBytes = await body(`${base}/api/graph?limit=${limit}`);
    },
    () => rawGraph(db, limit),
  );
  say("  /api/graph/stream (NDJSON, whole graph) against the raw fetch ...");
  const whole = await streamedKeys(base);
  const graphStream = await paired(
    options.repeats,
    () => body(`${base}/api/graph/stream`),
    () => rawGraphStream(db, 1_000_000),
  );
  const ids = whole.keys.slice(0, EXPORT_IDS);
  say(`  export (JSON, ${ids.length} ids) against the raw fetch ...`);
  let exportBytes = 0;
  const exportJson = await paired(
    options.repeats,
    async () => {
      exportBytes = await body(`${base}/api/export`, exportRequest(ids));
    },
    () => rawExport(db, ids),
  );

  const sample = neighborSample(whole.keys);
  const load = (duration: number) => neighborLoad(base, sample, options.connections, duration);
  // The steady state is measured, as for the paired figures: the first seconds plan the query and compile the code.
  say(
    `  neighbors: warm-up, then ${options.repeats} × ${options.connections} connections for ${options.duration} s ...`,
  );
  await load(Math.min(3, options.duration));
  const runs: NeighborRun[] = [];
  for (let i = 0; i < options.repeats; i++) {
    const run = await load(options.duration);
    runs.push({ requests: run.requests.total, p50: run.latency.p50, p99: run.latency.p99, non2xx: run.non2xx });
  }
  await waitHealthy(base);
  return {
    graphJson: { ...graphJson, limit, bytes: jsonBytes },
    graphStream: { ...graphStream, nodes: whole.keys.length, edges: whole.edges, bytes: whole.bytes },
    exportJson: { ...exportJson, ids: ids.length, bytes: exportBytes },
    neighbors: {
      connections: options.connections,
      duration: options.duration,
      runs,
      p50: spread(runs.map((r) => r.p50)),
      p99: spread(runs.map((r) => r.p99)),
      non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
    },
  };
}
