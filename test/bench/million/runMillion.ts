// The bench at a million nodes and more: chunked ingest, the scale layout, the 1M API figures, and their table.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { layoutWithProgress } from "../../../server/layout/layoutWithProgress";
import { openingQuery, streamedKeys } from "../api/measureApi";
import type { BenchDatabase } from "../benchDatabase";
import { measureOpening, type OpeningFigures } from "../browser/measureBrowser";
import { BENCH_DATA_ROOT, generateInto } from "../data/ingestBench";
import { type AppProcess, startAppProcess } from "../load/appProcess";
import { peakRssOf, timed } from "../timing";
import { type MillionIngest, measureMillionIngest } from "./ingestMillion";
import { type MillionApiFigures, measureMillionApi } from "./measureMillionApi";

/** Sizes from here on take this path: one repeat, chunked ingest, overview instead of the whole graph. */
export const MILLION = 1_000_000;

export const MILLION_TARGETS = { ingest: 0.8, p99Ms: 50, exportRssGrowthBytes: 1024 ** 3, firstFrame: 1.3 } as const;

export interface MillionFigures {
  size: number;
  wallMs: number;
  generateMs: number;
  ingest: MillionIngest;
  layout: { ms: number; method: string | undefined; coreIterations: number; nodes: number; edges: number };
  api: MillionApiFigures | { skipped: string };
  /** What the browser opens on: the overview's first frame against the bare sigma page on the same stream. */
  opening: OpeningFigures | { skipped: string };
  serverPeakRssBytes: number;
}

/**
 * The documents of `size`, generated once: the generator is deterministic, so a folder whose generation finished
 * (its `complete.json` lists the manifests) is reused rather than written again (about 4 minutes at 1M here).
 */
async function generatedFiles(size: number, say: (line: string) => void): Promise<string[]> {
  const marker = join(BENCH_DATA_ROOT, String(size), "complete.json");
  if (existsSync(marker)) {
    say(`  reusing the documents generated before (${marker})`);
    return JSON.parse(readFileSync(marker, "utf8")) as string[];
  }
  const files = await generateInto(size);
  writeFileSync(marker, JSON.stringify(files));
  return files;
}

export async function runMillion(
  bench: BenchDatabase,
  size: number,
  options: { connections: number; duration: number; appEnv: Record<string, string>; browser: boolean },
  say: (line: string) => void,
): Promise<MillionFigures> {
  const t0 = performance.now();
  say("Generating (streamed to disk, one document at a time) ...");
  const generated = await timed(() => generatedFiles(size, say));
  const files = generated.value;
  say(`Generated ${files.length} documents in ${Math.round(generated.ms / 1000)} s`);
  const ingest = await measureMillionIngest(bench.db, files, say);
  say("Layout (core + neighbours) ...");
  const layout = await timed(() => layoutWithProgress(bench.db, undefined, say));
  if (layout.value.phase !== "done") throw new Error(layout.value.error ?? "layout failed");
  let app: AppProcess | undefined;
  try {
    app = await startAppProcess(bench.connection, options.appEnv);
    say(`Explorer (pid ${app.pid}) on ${app.url}`);
    const api = await measureMillionApi(bench.db, app.url, app.pid, options, say);
    let opening: MillionFigures["opening"] = { skipped: "no browser" };
    if (options.browser) {
      say("What the browser opens on: the bare sigma page, then the app, on the overview's stream ...");
      const { query } = await openingQuery(app.url);
      const stream = await streamedKeys(app.url, query);
      opening = await measureOpening(app.url, { nodes: stream.keys.length, lastKey: stream.keys.at(-1) ?? "", query });
    }
    return {
      size,
      wallMs: performance.now() - t0,
      generateMs: generated.ms,
      ingest,
      layout: {
        ms: layout.ms,
        method: layout.value.method,
        coreIterations: layout.value.iterations.total,
        nodes: layout.value.nodes,
        edges: layout.value.edges,
      },
      api,
      opening,
      serverPeakRssBytes: peakRssOf(app.pid),
    };
  } finally {
    await app?.stop();
  }
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MB`;
const ok = (met: boolean) => (met ? "met" : "MISSED");

/** The markdown table of one 1M run: figure, target, measured. */
export function renderMillionTable(f: MillionFigures): string {
  const rows: Array<[string, string, string]> = [
    [
      "graph",
      "",
      `${f.ingest.pipeline.nodes.toLocaleString("en")} nodes, ${f.ingest.pipeline.edges.toLocaleString("en")} edges, ${f.ingest.pipeline.documents} documents`,
    ],
    ["generate", "", s(f.generateMs)],
    [
      `ingest vs bare UNWIND (first ${f.ingest.slice.documents} documents)`,
      `≥ ${MILLION_TARGETS.ingest}×`,
      `${Math.round(f.ingest.slice.pipelineEdges / (f.ingest.slice.pipelineMs / 1000))} vs ${Math.round(f.ingest.bare.edgesPerSecond)} edges/s = ${f.ingest.ratio.toFixed(2)}× ${ok(f.ingest.ratio >= MILLION_TARGETS.ingest)}`,
    ],
    [
      "ingest, whole graph",
      "",
      `${s(f.ingest.pipeline.prepareMs + f.ingest.pipeline.planMs + f.ingest.pipeline.writeMs)}, ${Math.round(f.ingest.pipeline.edgesPerSecond)} edges/s, bench heap ≤ ${mb(f.ingest.benchHeapBytes)}`,
    ],
    ["layout (server)", "", `${s(f.layout.ms)}, ${f.layout.method}, ${f.layout.coreIterations} core iterations`],
  ];
  if ("skipped" in f.api) rows.push(["API", "", `skipped: ${f.api.skipped}`]);
  else {
    for (const [name, load] of [
      ["search", f.api.search],
      ["node details", f.api.details],
      ["neighbours", f.api.neighbors],
    ] as const) {
      rows.push([
        `${name} p99, ${load.connections} connections`,
        `≤ ${MILLION_TARGETS.p99Ms} ms`,
        `${load.p99} ms (p50 ${load.p50} ms, ${load.requests} requests, ${load.non2xx} non-2xx${load.non2xx > 0 ? `: ${JSON.stringify(load.statuses)}` : ""}) ${ok(load.p99 <= MILLION_TARGETS.p99Ms && load.non2xx === 0)}`,
      ]);
    }
    const e = f.api.export;
    rows.push([
      "export, 100k-entity subgraph (JSON): server RSS growth",
      "< 1 GB",
      `${e.status} ${e.nodes} nodes, ${mb(e.bytes)} in ${s(e.ms)}; RSS ${mb(e.rssBeforeBytes)} → ${mb(e.rssPeakBytes)} (+${mb(e.rssGrowthBytes)}) ${ok(e.status === 200 && e.rssGrowthBytes < MILLION_TARGETS.exportRssGrowthBytes)}`,
    ]);
  }
  if ("skipped" in f.opening) rows.push(["what the browser opens on", "", `skipped: ${f.opening.skipped}`]);
  else {
    const o = f.opening;
    rows.push(
      [
        "what the browser opens on",
        "",
        `${o.app.nodes.toLocaleString("en")} nodes drawn; ${o.app.notice ?? "no overview notice"}`,
      ],
      [
        "first frame on the overview vs bare sigma",
        `≤ ${MILLION_TARGETS.firstFrame}×`,
        `${s(o.app.firstFrameMs)} vs ${s(o.bare.firstFrameMs)} = ${o.ratio.toFixed(2)}× ${ok(o.ratio <= MILLION_TARGETS.firstFrame)}`,
      ],
      ["browser JS heap, app / bare", "", `${mb(o.app.jsHeapBytes)} / ${mb(o.bare.jsHeapBytes)}`],
    );
  }
  rows.push(["server peak RSS", "", mb(f.serverPeakRssBytes)], ["wall time of this size", "", s(f.wallMs)]);
  return [
    `### ${f.size.toLocaleString("en")} nodes`,
    "",
    "| figure | target | measured |",
    "|---|---|---|",
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}
