// Where a server's CPU time went, from a V8 .cpuprofile (node --cpu-prof): self time by layer and by function.

/** The parts of a .cpuprofile this reads (Chrome DevTools protocol Profiler.Profile). */
export interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }>;
  /** Sampled node ids, in order. */
  samples: number[];
  /** Microseconds since the previous sample, one per sample. */
  timeDeltas: number[];
  /** When profiling started, in µs of the system's monotonic clock (CLOCK_MONOTONIC, as process.hrtime reads it). */
  startTime?: number;
}

/** The layers the issue asks about, matched on the function's script URL (or its name, for V8's own entries). */
export const LAYERS = [
  "Bolt decoding (neo4j-driver)",
  "mapping (server/mappers, repositories)",
  "writing (JSON, NDJSON, export formats)",
  "HTTP stack (express, node:http, net)",
  "other server code",
  "other libraries",
  "node internals",
  "garbage collection",
  "idle",
] as const;
export type Layer = (typeof LAYERS)[number];

export function layerOf(frame: { functionName: string; url: string }): Layer {
  const { url, functionName } = frame;
  if (functionName === "(garbage collector)") return "garbage collection";
  if (functionName === "(idle)") return "idle";
  if (url.includes("/node_modules/neo4j-driver")) return "Bolt decoding (neo4j-driver)";
  if (/\/server\/(mappers|repositories)\//.test(url)) return "mapping (server/mappers, repositories)";
  if (functionName === "stringify" || /\/server\/domain\/export\/|\/server\/http\/routes\/(graph|export)\.ts/.test(url))
    return "writing (JSON, NDJSON, export formats)";
  if (/\/node_modules\/(express|router|body-parser|finalhandler|send|on-finished|compression|helmet)\//.test(url))
    return "HTTP stack (express, node:http, net)";
  if (/^node:(_http|http|net|stream|internal\/(http|stream|net|streams))/.test(url))
    return "HTTP stack (express, node:http, net)";
  if (url.includes("/server/")) return "other server code";
  if (url.includes("/node_modules/")) return "other libraries";
  return "node internals";
}

export interface ProfileSummary {
  /** Sampled time in ms, idle excluded. */
  busyMs: number;
  /** Self time (ms) and share of busy time, by layer, largest first. */
  layers: Array<{ layer: Layer; ms: number; share: number }>;
  /** The functions with the most self time (ms), largest first. */
  functions: Array<{ name: string; where: string; layer: Layer; ms: number; share: number }>;
}

/**
 * Sums self time per sampled node, then by layer and by function (name and script:line). With `sinceUs` (µs of the
 * monotonic clock, as `startTime`), only the samples taken from then on count: the requests profiled, not the start.
 */
export function summariseProfile(profile: CpuProfile, top = 15, sinceUs?: number): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  let at = profile.startTime ?? 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (sinceUs !== undefined && at < sinceUs) return;
    selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  });
  const layers = new Map<Layer, number>();
  const functions = new Map<string, { name: string; where: string; layer: Layer; us: number }>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const layer = layerOf(frame);
    layers.set(layer, (layers.get(layer) ?? 0) + us);
    const where = frame.url
      ? `${frame.url.replace(/^.*\/(node_modules|server)\//, "$1/")}:${frame.lineNumber + 1}`
      : "";
    const key = `${frame.functionName}|${where}`;
    const entry = functions.get(key) ?? { name: frame.functionName || "(anonymous)", where, layer, us: 0 };
    entry.us += us;
    functions.set(key, entry);
  }
  const busyUs = [...layers].filter(([l]) => l !== "idle").reduce((a, [, us]) => a + us, 0);
  const share = (us: number) => (busyUs === 0 ? 0 : us / busyUs);
  return {
    busyMs: busyUs / 1000,
    layers: [...layers]
      .filter(([l]) => l !== "idle")
      .map(([layer, us]) => ({ layer, ms: us / 1000, share: share(us) }))
      .sort((a, b) => b.ms - a.ms),
    functions: [...functions.values()]
      .filter((f) => f.layer !== "idle")
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map((f) => ({ name: f.name, where: f.where, layer: f.layer, ms: f.us / 1000, share: share(f.us) })),
  };
}

/** The summary as markdown: a table of layers, then the top functions. */
export function renderProfileSummary(title: string, s: ProfileSummary): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return [
    `### ${title}`,
    "",
    `${s.busyMs.toFixed(0)} ms of CPU sampled (idle excluded).`,
    "",
    "| layer | self ms | share |",
    "|---|---|---|",
    ...s.layers.map((l) => `| ${l.layer} | ${l.ms.toFixed(0)} | ${pct(l.share)} |`),
    "",
    "| function | where | layer | self ms | share |",
    "|---|---|---|---|---|",
    ...s.functions.map((f) => `| ${f.name} | ${f.where} | ${f.layer} | ${f.ms.toFixed(0)} | ${pct(f.share)} |`),
  ].join("\n");
}
