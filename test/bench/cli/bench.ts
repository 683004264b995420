// `npm run bench [-- --sizes 10000,100000 --duration 10 --connections 50 --no-browser]`: the scale benchmark.
// Per size: generate, ingest (vs bare UNWIND), layout, start the real explorer, API and export (vs raw fetches),
// neighbors under load, then the client in headless Chromium (vs bare sigma). Prints a markdown table and writes
// bench-results/bench-<time>.json. Only the bench Neo4j instance is written to, and only when it carries the marker.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { layoutWithProgress } from "../../../server/layout/layoutWithProgress";
import { cypher } from "../../../server/neo4j/cypherFiles";
import { measureApi, streamedKeys } from "../api/measureApi";
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

/** The explorer child measures the app, not its rate limiter or request log. */
const APP_ENV: Record<string, string> = {
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
  // The 1M path measures the API only (runMillion): no client build when every size takes it.
  const browser = args.browser && existsSync(CHROMIUM) && args.sizes.some((size) => size < MILLION);
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
  else say("Every size takes the 1M path, which measures the API only: no client build.");

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
        const options = { connections: args.connections, duration: args.duration, appEnv: APP_ENV };
        million.push(await runMillion(bench, size, options, say));
        say(renderMillionTable(million.at(-1) as MillionFigures));
        continue;
      }
      const files = await generateInto(size);
      say(`Generated ${files.length} documents; ingest against a bare UNWIND of the same rows ...`);
      const ingest = await measureIngest(bench.db, files, say);
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
          { rounds: 3, connections: args.connections, duration: args.duration },
          say,
        );
        let client: BrowserFigures | { skipped: string } = { skipped: "no browser" };
        if (browser) {
          say("Client first frame: bare sigma, then the app ...");
          const whole = await streamedKeys(app.url);
          const hub = await bench.db.read(
            "MATCH (n:Entity) WITH n ORDER BY COUNT { (n)--() } DESC LIMIT 1 RETURN n.id AS id, n.name AS name",
          );
          client = await measureBrowser(app.url, {
            nodes: whole.keys.length,
            lastKey: whole.keys.at(-1) ?? "",
            hub: { id: String(hub.records[0]?.get("id")), name: String(hub.records[0]?.get("name")) },
          });
        }
        figures.push({
          size,
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
