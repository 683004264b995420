// `npm run bench [-- --sizes 10000,100000 --repeats 3 --duration 10 --connections 50 --no-browser]`: the scale bench.
// Per size: generate, ingest (vs bare UNWIND), layout, start the real explorer, API and export (vs raw fetches),
// neighbors under load, then the client in headless Chromium (first frame and interactions vs bare sigma), each
// repeated and interleaved with its baseline. Prints a markdown table (medians [min–max]) and writes every run to
// bench-results/bench-<time>.json. Only the bench Neo4j instance is written to, and only when it carries the marker.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { layoutWithProgress } from "../../../server/layout/layoutWithProgress";
import { cypher } from "../../../server/neo4j/cypherFiles";
import { measureApi, openingQuery, streamedKeys } from "../api/measureApi";
import { parseBenchArgs } from "../args";
import { openBenchDatabase } from "../benchDatabase";
import { type BrowserFigures, buildBarePage, CHROMIUM, measureBrowser } from "../browser/measureBrowser";
import { generateInto } from "../data/ingestBench";
import { measureIngest } from "../ingest/ingestRatio";
import { type AppProcess, startAppProcess } from "../load/appProcess";
import { MILLION, type MillionFigures, renderMillionTable, runMillion } from "../million/runMillion";
import { machineInfo, missedTargets, renderTable, type SizeFigures } from "../report";
import { peakRssOf, timed } from "../timing";

const ROOT = resolve(import.meta.dirname, "../../..");
const RESULTS = resolve(ROOT, "bench-results");

/**
 * The explorer child measures the app, not its rate limiter, request log or liveness gate: on a machine shared with
 * other work the 2 s ping deadline is missed now and then and the gate would answer 503 in the middle of a figure.
 */
const APP_ENV: Record<string, string> = {
  KG_NEO4J_PING_TIMEOUT_MS: "60000",
  KG_RATE_LIMIT_CYPHER: "100000000",
  KG_RATE_LIMIT_EXPORT: "100000000",
  LOG_LEVEL: "warn",
};

function versionOf(command: string, args: string[]): string {
  const run = spawnSync(command, args, { encoding: "utf8" });
  if (run.error) return "unavailable";
  // java -version writes to stderr.
  return `${run.stdout}${run.stderr}`.trim().split("\n")[0] ?? "unknown";
}

async function main(argv: string[]): Promise<number> {
  const args = parseBenchArgs(argv);
  const say = (line: string) => process.stderr.write(`${line}\n`);
  const browser = args.browser && existsSync(CHROMIUM);
  if (browser) {
    say("Building the client (npm run build) ...");
    // The bench reads the app's state through the test hook (window.__kg), built in only on request.
    execFileSync("npm", ["run", "build"], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, VITE_KG_TEST_HOOK: "1" },
    });
    await buildBarePage();
  } else if (!args.browser) say("Client figures skipped.");
  else if (!existsSync(CHROMIUM)) say(`No Chromium at ${CHROMIUM}: the client figures are skipped.`);

  const bench = await openBenchDatabase(say);
  const figures: SizeFigures[] = [];
  const million: MillionFigures[] = [];
  let neo4jVersion = "unknown";
  try {
    const components = await bench.db.read(cypher("health/components"));
    neo4jVersion = String(components.records[0]?.get("version") ?? "unknown");
    for (const size of args.sizes) {
      say(`\n== ${size.toLocaleString("en")} nodes ==`);
      if (size >= MILLION) {
        const options = { connections: args.connections, duration: args.duration, appEnv: APP_ENV, browser };
        million.push(await runMillion(bench, size, options, say));
        say(renderMillionTable(million.at(-1) as MillionFigures));
        continue;
      }
      const files = await generateInto(size);
      say(`Generated ${files.length} documents; ingest against a bare UNWIND of the same rows ...`);
      const ingest = await measureIngest(bench.db, files, args.repeats, say);
      say("Layout ...");
      const layout = await timed(() => layoutWithProgress(bench.db, undefined, () => {}));
      if (layout.value.phase !== "done") throw new Error(layout.value.error ?? "layout failed");
      let app: AppProcess | undefined;
      try {
        app = await startAppProcess(bench.connection, APP_ENV);
        say(`Explorer (pid ${app.pid}) on ${app.url}`);
        const api = await measureApi(
          bench.db,
          app.url,
          { repeats: args.repeats, connections: args.connections, duration: args.duration },
          say,
        );
        let client: BrowserFigures | { skipped: string } = { skipped: "no browser" };
        if (browser) {
          say("Client first frame: bare sigma, then the app ...");
          // The stream the app opens on (the overview's, above KG_OVERVIEW_ABOVE), for the app and the bare page.
          const { query } = await openingQuery(app.url);
          const whole = await streamedKeys(app.url, query);
          const hub = await bench.db.read(
            "MATCH (n:Entity) WITH n ORDER BY COUNT { (n)--() } DESC LIMIT 1 RETURN n.id AS id, n.name AS name",
          );
          const hubId = String(hub.records[0]?.get("id"));
          // An entity two entity relations away (not a neighbor), so the trace has a path of two hops to draw.
          const far = await bench.db.read(
            "MATCH (h:Entity {id: $id})--(:Entity)--(t:Entity) WHERE t <> h AND NOT (h)--(t) " +
              "RETURN t.id AS id, t.name AS name LIMIT 1",
            { id: hubId },
          );
          const farRecord = far.records[0];
          client = await measureBrowser(
            app.url,
            {
              nodes: whole.keys.length,
              lastKey: whole.keys.at(-1) ?? "",
              query,
              hub: { id: hubId, name: String(hub.records[0]?.get("name")) },
              far: farRecord ? { id: String(farRecord.get("id")), name: String(farRecord.get("name")) } : null,
            },
            args.repeats,
            say,
          );
        }
        figures.push({
          size,
          repeats: args.repeats,
          graph: { nodes: ingest.pipeline.nodes, edges: ingest.pipeline.edges, documents: ingest.pipeline.documents },
          ingest,
          layout: {
            ms: layout.ms,
            iterations: layout.value.iterations.total,
            barnesHut: layout.value.barnesHut,
          },
          api,
          serverPeakRssBytes: peakRssOf(app.pid),
          browser: client,
        });
      } finally {
        await app?.stop();
      }
    }
  } finally {
    await bench.release();
  }

  const table = [figures.length > 0 ? renderTable(figures) : "", ...million.map(renderMillionTable)]
    .filter(Boolean)
    .join("\n\n");
  process.stdout.write(`\n${table}\n\n`);
  for (const f of figures) {
    const missed = missedTargets(f);
    process.stdout.write(
      `${f.size.toLocaleString("en")} nodes: ${missed.length === 0 ? "every target met" : `missed: ${missed.join("; ")}`}\n`,
    );
  }
  await mkdir(RESULTS, { recursive: true });
  const file = resolve(RESULTS, `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  const machine = machineInfo({
    neo4j: neo4jVersion,
    java: versionOf("java", ["-version"]),
    chromium: browser ? versionOf(CHROMIUM, ["--version"]) : "not used",
  });
  await writeFile(file, `${JSON.stringify({ machine, args, figures, million, table }, null, 2)}\n`);
  say(`\nWrote ${file}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
