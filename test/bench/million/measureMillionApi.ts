// The 1M API figures: search, node details and neighbours under load (p99), and a 100k-node export's RSS growth.
import type { Db } from "../../../server/neo4j/driver";
import { int } from "../../../server/repositories/rows";
import { pathLoad } from "../api/measureApi";
import { rssOf } from "../load/appProcess";
import { timed } from "../timing";

export interface LoadFigures {
  connections: number;
  duration: number;
  requests: number;
  p50: number;
  p99: number;
  non2xx: number;
  /** Responses by HTTP status (autocannon's statusCodeStats). */
  statuses: Record<string, number>;
}

export interface MillionApiFigures {
  sample: number;
  search: LoadFigures;
  details: LoadFigures;
  neighbors: LoadFigures;
  export: {
    nodes: number;
    bytes: number;
    ms: number;
    status: number;
    /** Server RSS before the export and the highest seen while it ran, in bytes (sampled every 20 ms). */
    rssBeforeBytes: number;
    rssPeakBytes: number;
    rssGrowthBytes: number;
  };
}

/** A deterministic spread of entities (every `every`-th by serial): what the load asks for. */
export async function sampleEntities(db: Db, size = 1000, every = 797): Promise<Array<{ id: string; name: string }>> {
  const result = await db.read(
    `MATCH (n:Entity) WHERE n.id CONTAINS ':bench-'
     WITH n, toInteger(split(n.id, ':bench-')[1]) AS serial WHERE serial % $every = 0
     RETURN n.id AS id, n.name AS name ORDER BY serial LIMIT $size`,
    { every: int(every), size: int(size) },
  );
  return result.records.map((r) => ({ id: String(r.get("id")), name: String(r.get("name")) }));
}

/** The search load: each sampled entity's name, 20 hits asked. */
export const searchPaths = (sample: ReadonlyArray<{ name: string }>) =>
  sample.map((s) => `/api/search?q=${encodeURIComponent(s.name)}&limit=20`);

/** The node details load: each sampled entity's details with its evidence. */
export const detailsPaths = (sample: ReadonlyArray<{ id: string }>) =>
  sample.map((s) => `/api/nodes/${encodeURIComponent(s.id)}`);

async function load(base: string, paths: readonly string[], connections: number, duration: number) {
  const run = (seconds: number) => pathLoad(base, paths, connections, seconds);
  // Warm-up first: the steady state is measured, as for the other paired figures.
  await run(Math.min(3, duration));
  const r = await run(duration);
  return {
    connections,
    duration,
    requests: r.requests.total,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    statuses: Object.fromEntries(
      Object.entries((r as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {}).map(
        ([code, stat]) => [code, stat.count],
      ),
    ),
  };
}

/**
 * The first 100k entities by id (string order) and every relationship among them: `m.id <= last` keeps exactly the
 * relationships whose far end is in the set, through the id index; entities without such a relationship come alone.
 */
export const EXPORT_QUERY = `MATCH (n:Entity) WITH n ORDER BY n.id LIMIT 100000
WITH collect(n) AS ns
WITH ns, ns[-1].id AS last
UNWIND ns AS n
OPTIONAL MATCH (n)-[r]->(m:Entity) WHERE m.id <= last
RETURN n, r, m`;

export async function measureMillionApi(
  db: Db,
  base: string,
  pid: number,
  options: { connections: number; duration: number; sampleEvery?: number },
  say: (line: string) => void,
): Promise<MillionApiFigures> {
  const sample = await sampleEntities(db, 1000, options.sampleEvery ?? 797);
  if (sample.length === 0) throw new Error("no bench entities to sample");
  const { connections, duration } = options;
  // One node details request first, awaited: it waits for the corroboration view the explorer builds at start (about
  // 18 s at 1M), so the loads below measure the steady state rather than that one-off build.
  const first = sample[0] as { id: string };
  const warm = await timed(() => fetch(`${base}/api/nodes/${encodeURIComponent(first.id)}`).then((r) => r.status));
  say(`  first node details: ${warm.value} in ${Math.round(warm.ms)} ms`);
  say(`  search: ${connections} connections for ${duration} s ...`);
  const search = await load(base, searchPaths(sample), connections, duration);
  say(`  node details: ${connections} connections for ${duration} s ...`);
  const details = await load(base, detailsPaths(sample), connections, duration);
  say(`  neighbours: ${connections} connections for ${duration} s ...`);
  const neighbors = await load(
    base,
    sample.map((s) => `/api/nodes/${encodeURIComponent(s.id)}/neighbors?limit=25`),
    connections,
    duration,
  );

  say("  export: the first 100k entities and the relationships among them (JSON), with the server's RSS ...");
  const rssBeforeBytes = rssOf(pid);
  let rssPeakBytes = rssBeforeBytes;
  const timer = setInterval(() => {
    try {
      rssPeakBytes = Math.max(rssPeakBytes, rssOf(pid));
    } catch {
      // The process ended: the figure stays as it was.
    }
  }, 20);
  let status = 0;
  let bytes = 0;
  let nodes = 0;
  const run = await timed(async () => {
    const res = await fetch(`${base}/api/export`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ format: "json", select: { by: "query", query: EXPORT_QUERY, params: {} } }),
    });
    status = res.status;
    const text = await res.text();
    bytes = Buffer.byteLength(text);
    if (res.ok) {
      const parsed = JSON.parse(text) as { nodes?: unknown[]; graph?: { nodes?: unknown[] } };
      nodes = (parsed.nodes ?? parsed.graph?.nodes ?? []).length;
    } else say(`  export answered ${status}: ${text.slice(0, 300)}`);
  });
  clearInterval(timer);
  rssPeakBytes = Math.max(rssPeakBytes, rssOf(pid));
  return {
    sample: sample.length,
    search,
    details,
    neighbors,
    export: {
      nodes,
      bytes,
      ms: run.ms,
      status,
      rssBeforeBytes,
      rssPeakBytes,
      rssGrowthBytes: rssPeakBytes - rssBeforeBytes,
    },
  };
}
