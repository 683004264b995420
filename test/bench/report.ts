// Renders the bench's figures as a markdown table (one column per size: median [min–max] of the repeats, targets
// judged on the median) and collects machine info for the JSON.
import { cpus, totalmem } from "node:os";
import type { ApiFigures } from "./api/measureApi";
import { type BrowserFigures, INTERACTIONS, type Interaction, type InteractionFigure } from "./browser/measureBrowser";
import type { IngestRatio } from "./ingest/ingestRatio";
import { meets, type PairedFigure, type Spread, type Target } from "./stats";

export interface SizeFigures {
  size: number;
  /** How many times each paired figure was measured at this size. */
  repeats: number;
  graph: { nodes: number; edges: number; documents: number };
  ingest: IngestRatio;
  layout: { ms: number; iterations: number; barnesHut: boolean };
  api: ApiFigures;
  /** The explorer process's peak resident set (VmHWM, bytes) over everything measured at this size. */
  serverPeakRssBytes: number;
  browser: BrowserFigures | { skipped: string };
}

/** Issue 18's targets, each judged on the median of the repeats. Ratios are app ÷ baseline; p99 in ms. */
export const TARGETS = {
  ingest: { min: 0.8 },
  api: { max: 1.3 },
  stream: { max: 1.2 },
  export: { max: 1.3 },
  firstFrame: { max: 1.3 },
  neighborP99Ms: { max: 50 },
  interaction: { max: 1.5 },
} satisfies Record<string, Target>;

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
const said = (t: Target, unit = "×") => ("max" in t ? `≤ ${t.max}${unit}` : `≥ ${t.min}${unit}`);
/** `1.23× [1.10–1.40]`: the median ratio and the swing of the repeats. */
const ratioSpread = (r: Spread) => `${x(r.median)} [${r.min.toFixed(2)}–${r.max.toFixed(2)}]`;
const pairedCell = (p: PairedFigure, t: Target) =>
  `${s(p.ms.median)} vs ${s(p.baselineMs.median)} = ${ratioSpread(p.ratio)} ${ok(meets(t, p.ratio))}`;

const INTERACTION_NAMES: Record<Interaction, string> = {
  evidence: "click a search hit → its evidence shown",
  expand: "double-click → neighbors drawn",
  trace: "trace → paths drawn and chain shown",
  filter: "timeline slider → redrawn",
};

function interactionCell(i: InteractionFigure): string {
  const missing = i.runs.filter((r) => r === null).length;
  if (i.ratio === null || i.feltMs === null || i.apiMs === null)
    return `did not complete (${missing} of ${i.runs.length})`;
  const frame = i.runs.find((r) => r !== null)?.frameMs ?? 0;
  return (
    `${s(i.feltMs.median)} vs ${s(i.apiMs.median)} + ${Math.round(frame)} ms = ${ratioSpread(i.ratio)} ` +
    `${ok(meets(TARGETS.interaction, i.ratio) && missing === 0)}${missing ? ` (${missing} did not complete)` : ""}`
  );
}

interface Row {
  figure: string;
  target: string;
  cell: (f: SizeFigures) => string;
}

const browserCell = (f: SizeFigures, cell: (b: BrowserFigures) => string) =>
  "skipped" in f.browser ? `skipped (${f.browser.skipped})` : cell(f.browser);

const ROWS: Row[] = [
  {
    figure: "graph (nodes / edges); repeats",
    target: "",
    cell: (f) => `${f.graph.nodes} / ${f.graph.edges}; ×${f.repeats}`,
  },
  {
    figure: "ingest: edges/s, pipeline vs bare UNWIND",
    target: said(TARGETS.ingest),
    cell: (f) => {
      const i = f.ingest;
      const run = i.runs[Math.floor(i.runs.length / 2)] ?? i.full;
      const slice = i.slice.whole
        ? ""
        : ` on ${i.slice.documents} docs; all ${i.full.documents} docs once: ${x(i.full.ratio)}`;
      return (
        `${Math.round(run.pipelineEdgesPerSecond)} vs ${Math.round(run.bareEdgesPerSecond)} = ` +
        `${ratioSpread(i.ratio)} ${ok(meets(TARGETS.ingest, i.ratio))}${slice}`
      );
    },
  },
  {
    figure: "layout: ForceAtlas2 in a worker (stored)",
    target: "",
    cell: (f) => `${s(f.layout.ms)} (${f.layout.iterations} it.${f.layout.barnesHut ? ", Barnes–Hut" : ""})`,
  },
  {
    figure: "GET /api/graph?limit=20000 vs raw fetch",
    target: said(TARGETS.api),
    cell: (f) => pairedCell(f.api.graphJson, TARGETS.api),
  },
  {
    figure: "GET /api/graph/stream (whole graph) vs raw fetch",
    target: said(TARGETS.stream),
    cell: (f) => pairedCell(f.api.graphStream, TARGETS.stream),
  },
  {
    figure: "POST /api/export (JSON, 5000 ids) vs raw fetch",
    target: said(TARGETS.export),
    cell: (f) => pairedCell(f.api.exportJson, TARGETS.export),
  },
  {
    figure: "neighbors, 50 connections: p50 / p99",
    target: `p99 ${said(TARGETS.neighborP99Ms, " ms")}`,
    cell: (f) => {
      const n = f.api.neighbors;
      const requests = n.runs.reduce((sum, r) => sum + r.requests, 0);
      return (
        `${n.p50.median} / ${n.p99.median} ms [p99 ${n.p99.min}–${n.p99.max}] (${requests} req., ${n.non2xx} non-2xx) ` +
        ok(meets(TARGETS.neighborP99Ms, n.p99) && n.non2xx === 0)
      );
    },
  },
  {
    figure: "client first frame: app vs bare sigma",
    target: said(TARGETS.firstFrame),
    cell: (f) => browserCell(f, (b) => pairedCell(b.firstFrame, TARGETS.firstFrame)),
  },
  {
    figure: "one bare sigma frame (refresh → next frame)",
    target: "",
    cell: (f) =>
      browserCell(
        f,
        (b) => `${Math.round(b.frameMs.median)} ms [${Math.round(b.frameMs.min)}–${Math.round(b.frameMs.max)}]`,
      ),
  },
  ...INTERACTIONS.map(
    (k): Row => ({
      figure: `${INTERACTION_NAMES[k]}: felt vs API + one bare frame`,
      target: said(TARGETS.interaction),
      cell: (f) => browserCell(f, (b) => interactionCell(b.interactions[k])),
    }),
  ),
  {
    figure: 'Cypher workspace (a 100-relationship result as a graph): server answer, then answer → "done"',
    target: "",
    cell: (f) =>
      browserCell(f, (b) =>
        b.cypher
          ? `${Math.round(b.cypher.serverMs.median)} ms, then ${Math.round(b.cypher.lateMs.median)} ms ` +
            `[${Math.round(b.cypher.lateMs.min)}–${Math.round(b.cypher.lateMs.max)}]`
          : "did not complete",
      ),
  },
  { figure: "server peak RSS", target: "", cell: (f) => mb(f.serverPeakRssBytes) },
  {
    figure: "browser JS heap after GC, peak of repeats: app / bare",
    target: "",
    cell: (f) => browserCell(f, (b) => `${mb(b.jsHeapBytes.app)} / ${mb(b.jsHeapBytes.bare)}`),
  },
  {
    figure: "at this size: pan, zoom, search, select, evidence, export",
    target: "all work",
    cell: (f) =>
      browserCell(f, (b) =>
        Object.entries(b.works)
          .map(([k, v]) => `${k} ${v ? "✓" : "✗"}`)
          .join(", "),
      ),
  },
];

export function renderTable(figures: readonly SizeFigures[]): string {
  const head = `| figure | target | ${figures.map((f) => `${f.size.toLocaleString("en")} nodes`).join(" | ")} |`;
  const rule = `| --- | --- | ${figures.map(() => "---").join(" | ")} |`;
  const rows = ROWS.map((r) => `| ${r.figure} | ${r.target} | ${figures.map((f) => r.cell(f)).join(" | ")} |`);
  return [head, rule, ...rows].join("\n");
}

/** Every target a size missed on the median, named with its median and swing. */
export function missedTargets(f: SizeFigures): string[] {
  const missed: string[] = [];
  const paired = (name: string, p: PairedFigure, t: Target, of: string) => {
    if (!meets(t, p.ratio)) missed.push(`${name} ${ratioSpread(p.ratio)} of ${of}`);
  };
  if (!meets(TARGETS.ingest, f.ingest.ratio)) missed.push(`ingest ${ratioSpread(f.ingest.ratio)} of bare UNWIND`);
  paired("/api/graph", f.api.graphJson, TARGETS.api, "raw fetch");
  paired("/api/graph/stream", f.api.graphStream, TARGETS.stream, "raw fetch");
  paired("export", f.api.exportJson, TARGETS.export, "raw fetch");
  const p99 = f.api.neighbors.p99;
  if (!meets(TARGETS.neighborP99Ms, p99)) missed.push(`neighbor p99 ${p99.median} ms [${p99.min}–${p99.max}]`);
  if (f.api.neighbors.non2xx > 0) missed.push(`neighbors answered ${f.api.neighbors.non2xx} non-2xx`);
  if (!("skipped" in f.browser)) {
    paired("first frame", f.browser.firstFrame, TARGETS.firstFrame, "bare sigma");
    for (const k of INTERACTIONS) {
      const i = f.browser.interactions[k];
      const missing = i.runs.filter((r) => r === null).length;
      if (i.ratio === null) missed.push(`${INTERACTION_NAMES[k]} did not complete`);
      else {
        if (!meets(TARGETS.interaction, i.ratio))
          missed.push(`${INTERACTION_NAMES[k]} ${ratioSpread(i.ratio)} of API + one bare frame`);
        if (missing > 0)
          missed.push(`${INTERACTION_NAMES[k]} did not complete in ${missing} of ${i.runs.length} repeats`);
      }
    }
    for (const [k, v] of Object.entries(f.browser.works)) if (!v) missed.push(`${k} did not work`);
  }
  return missed;
}
