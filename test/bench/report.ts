// Renders the bench's figures as a markdown table (one column per size) and collects machine info for the JSON.
import { cpus, totalmem } from "node:os";
import type { ApiFigures } from "./api/measureApi";
import type { BrowserFigures } from "./browser/measureBrowser";
import type { IngestRatio } from "./ingest/ingestRatio";

export interface SizeFigures {
  size: number;
  graph: { nodes: number; edges: number; documents: number };
  ingest: IngestRatio;
  layout: { ms: number; iterations: number; barnesHut: boolean };
  api: ApiFigures;
  serverPeakRssBytes: number;
  browser: BrowserFigures | { skipped: string };
}

export const TARGETS = {
  ingest: 0.8,
  api: 1.5,
  export: 1.5,
  firstFrame: 1.3,
  neighborP99Ms: 50,
};

export function machineInfo(extra: Record<string, string> = {}) {
  const cpu = cpus();
  return {
    cpus: cpu.length,
    cpuModel: cpu[0]?.model ?? "unknown",
    memoryBytes: totalmem(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    ...extra,
  };
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const x = (r: number) => `${r.toFixed(2)}×`;
const mb = (b: number) => `${Math.round(b / 1048576)} MB`;
const ok = (pass: boolean) => (pass ? "met" : "**missed**");

interface Row {
  figure: string;
  target: string;
  cell: (f: SizeFigures) => string;
}

const ROWS: Row[] = [
  { figure: "graph (nodes / edges)", target: "", cell: (f) => `${f.graph.nodes} / ${f.graph.edges}` },
  {
    figure: "ingest: edges/s, pipeline vs bare UNWIND",
    target: `≥ ${TARGETS.ingest}×`,
    cell: (f) =>
      `${Math.round(f.ingest.pipeline.edgesPerSecond)} vs ${Math.round(f.ingest.bare.edgesPerSecond)} = ` +
      `${x(f.ingest.ratio)} ${ok(f.ingest.ratio >= TARGETS.ingest)}`,
  },
  {
    figure: "layout: ForceAtlas2 in a worker (stored)",
    target: "",
    cell: (f) => `${s(f.layout.ms)} (${f.layout.iterations} it.${f.layout.barnesHut ? ", Barnes–Hut" : ""})`,
  },
  {
    figure: `GET /api/graph?limit=20000 vs raw fetch`,
    target: `≤ ${TARGETS.api}×`,
    cell: (f) =>
      `${s(f.api.graphJson.ms)} vs ${s(f.api.graphJson.baselineMs)} = ${x(f.api.graphJson.ratio)} ${ok(f.api.graphJson.ratio <= TARGETS.api)}`,
  },
  {
    figure: "GET /api/graph/stream (whole graph) vs raw fetch",
    target: `≤ ${TARGETS.api}×`,
    cell: (f) =>
      `${s(f.api.graphStream.ms)} vs ${s(f.api.graphStream.baselineMs)} = ${x(f.api.graphStream.ratio)} ${ok(f.api.graphStream.ratio <= TARGETS.api)}`,
  },
  {
    figure: "POST /api/export (JSON, 5000 ids) vs raw fetch",
    target: `≤ ${TARGETS.export}×`,
    cell: (f) =>
      `${s(f.api.exportJson.ms)} vs ${s(f.api.exportJson.baselineMs)} = ${x(f.api.exportJson.ratio)} ${ok(f.api.exportJson.ratio <= TARGETS.export)}`,
  },
  {
    figure: "neighbors, 50 connections: p50 / p99",
    target: `p99 ≤ ${TARGETS.neighborP99Ms} ms`,
    cell: (f) =>
      `${f.api.neighbors.p50} / ${f.api.neighbors.p99} ms (${f.api.neighbors.requests} req., ${f.api.neighbors.non2xx} non-2xx) ` +
      ok(f.api.neighbors.p99 <= TARGETS.neighborP99Ms && f.api.neighbors.non2xx === 0),
  },
  {
    figure: "client first frame: app vs bare sigma",
    target: `≤ ${TARGETS.firstFrame}×`,
    cell: (f) =>
      "skipped" in f.browser
        ? `skipped (${f.browser.skipped})`
        : `${s(f.browser.app.firstFrameMs)} vs ${s(f.browser.bare.firstFrameMs)} = ${x(f.browser.ratio)} ${ok(f.browser.ratio <= TARGETS.firstFrame)}`,
  },
  { figure: "server peak RSS", target: "", cell: (f) => mb(f.serverPeakRssBytes) },
  {
    figure: "browser JS heap: app / bare",
    target: "",
    cell: (f) =>
      "skipped" in f.browser ? "—" : `${mb(f.browser.app.jsHeapBytes)} / ${mb(f.browser.bare.jsHeapBytes)}`,
  },
  {
    figure: "click a search hit → its evidence shown",
    target: "",
    cell: (f) =>
      "skipped" in f.browser || f.browser.selectToEvidenceMs === null ? "—" : s(f.browser.selectToEvidenceMs),
  },
  {
    figure: "at this size: pan, zoom, search, select, evidence, export",
    target: "all work",
    cell: (f) =>
      "skipped" in f.browser
        ? "—"
        : Object.entries(f.browser.works)
            .map(([k, v]) => `${k} ${v ? "✓" : "✗"}`)
            .join(", "),
  },
];

export function renderTable(figures: readonly SizeFigures[]): string {
  const head = `| figure | target | ${figures.map((f) => `${f.size.toLocaleString("en")} nodes`).join(" | ")} |`;
  const rule = `| --- | --- | ${figures.map(() => "---").join(" | ")} |`;
  const rows = ROWS.map((r) => `| ${r.figure} | ${r.target} | ${figures.map((f) => r.cell(f)).join(" | ")} |`);
  return [head, rule, ...rows].join("\n");
}

/** Every target a size missed, named. */
export function missedTargets(f: SizeFigures): string[] {
  const missed: string[] = [];
  if (f.ingest.ratio < TARGETS.ingest) missed.push(`ingest ${x(f.ingest.ratio)} of bare UNWIND`);
  if (f.api.graphJson.ratio > TARGETS.api) missed.push(`/api/graph ${x(f.api.graphJson.ratio)} of raw fetch`);
  if (f.api.graphStream.ratio > TARGETS.api)
    missed.push(`/api/graph/stream ${x(f.api.graphStream.ratio)} of raw fetch`);
  if (f.api.exportJson.ratio > TARGETS.export) missed.push(`export ${x(f.api.exportJson.ratio)} of raw fetch`);
  if (f.api.neighbors.p99 > TARGETS.neighborP99Ms) missed.push(`neighbor p99 ${f.api.neighbors.p99} ms`);
  if (!("skipped" in f.browser)) {
    if (f.browser.ratio > TARGETS.firstFrame) missed.push(`first frame ${x(f.browser.ratio)} of bare sigma`);
    for (const [k, v] of Object.entries(f.browser.works)) if (!v) missed.push(`${k} did not work`);
  }
  return missed;
}
