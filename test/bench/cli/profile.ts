// `npm run bench:profile -- --what graph|stream|export|neighbors|search|details [--requests N] [--duration S]`: where the server's CPU
// time goes for one of the bench's paired figures, on the data already in the bench Neo4j (load it first with
// `npm run bench:data -- --nodes 10000 --keep`). Runs the explorer under `node --cpu-prof`, sends the bench's own
// request, stops it, and prints self time by layer (Bolt decoding, mapping, writing, the HTTP stack) and by function.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  body,
  EXPORT_IDS,
  exportRequest,
  GRAPH_LIMIT,
  neighborLoad,
  neighborSample,
  openingQuery,
  pathLoad,
  streamedKeys,
} from "../api/measureApi";
import { parseProfileArgs } from "../args";
import { graphCounts, openBenchDatabase } from "../benchDatabase";
import { startAppProcess } from "../load/appProcess";
import { detailsPaths, sampleEntities, searchPaths } from "../million/measureMillionApi";
import { type CpuProfile, renderProfileSummary, summariseProfile } from "../profile/summarise";

const APP_ENV = { KG_NEO4J_PING_TIMEOUT_MS: "60000", KG_RATE_LIMIT_EXPORT: "100000000", LOG_LEVEL: "warn" };

async function main(argv: string[]): Promise<void> {
  const { what, requests, duration } = parseProfileArgs(argv);
  const say = (line: string) => process.stderr.write(`${line}\n`);
  const dir = resolve(import.meta.dirname, "../../../bench-results/profiles", `${what}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  let since: number | undefined;
  const bench = await openBenchDatabase(say, true);
  try {
    const counts = await graphCounts(bench.db);
    if (counts.nodes < 20)
      throw new Error("the bench Neo4j is empty: load it with npm run bench:data -- --nodes 10000 --keep");
    say(`Bench graph: ${counts.nodes} nodes, ${counts.relationships} relationships.`);
    const app = await startAppProcess(bench.connection, APP_ENV, ["--cpu-prof", `--cpu-prof-dir=${dir}`]);
    try {
      const { query } = await openingQuery(app.url);
      const keys = (await streamedKeys(app.url, query)).keys;
      // About a thousand entities spread over the graph, as the 1M load samples them.
      const sample = await sampleEntities(bench.db, 1000, Math.max(1, Math.floor(counts.nodes / 1000)));
      const once = {
        graph: () => body(`${app.url}/api/graph?limit=${GRAPH_LIMIT}`),
        stream: () => body(`${app.url}/api/graph/stream`),
        export: () => body(`${app.url}/api/export`, exportRequest(keys.slice(0, EXPORT_IDS))),
        neighbors: () => neighborLoad(app.url, neighborSample(keys), 50, duration).then((r) => r.requests.total),
        search: () => pathLoad(app.url, searchPaths(sample), 50, duration).then((r) => r.requests.total),
        details: () => pathLoad(app.url, detailsPaths(sample), 50, duration).then((r) => r.requests.total),
      }[what];
      // One node details request first, as the 1M run does: it waits for the corroboration view the explorer builds
      // at start (about 13 s at 1M), which would otherwise run beside the profiled requests.
      const first = sample[0];
      if (first) await body(`${app.url}/api/nodes/${encodeURIComponent(first.id)}`);
      // The summary counts from here on (the monotonic clock the profile's timestamps use), not the start-up.
      since = Number(process.hrtime.bigint() / 1000n);
      // Warm-up (plans, JIT), as the bench measures the steady state; the summary covers both.
      await once();
      const t0 = performance.now();
      const load = what === "neighbors" || what === "search" || what === "details";
      const n = load ? 1 : requests;
      for (let i = 0; i < n; i++) await once();
      say(
        `${what}: ${n} ${load ? `load run of ${duration} s` : "requests"} in ${Math.round(performance.now() - t0)} ms`,
      );
    } finally {
      await app.stop();
    }
  } finally {
    await bench.release();
  }
  // CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile: thread 0 is the main thread (the others are tsx's loader and
  // the Cypher workers).
  const file = readdirSync(dir).find((f) => /\.\d+\.0\.\d+\.cpuprofile$/.test(f));
  if (!file) throw new Error(`the explorer wrote no .cpuprofile into ${dir}`);
  const profile = JSON.parse(readFileSync(join(dir, file), "utf8")) as CpuProfile;
  const summary = renderProfileSummary(
    `CPU profile of the explorer: ${what} (${join(dir, file)})`,
    summariseProfile(profile, 15, since),
  );
  writeFileSync(join(dir, "summary.md"), `${summary}\n`);
  process.stdout.write(`${summary}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
