// The load run's markdown report, and its verdict: a clean run has no errors, no timeouts and only 2xx answers.
import type { LoadRequest } from "./mix";

export interface KindCounts {
  responses: number;
  non2xx: number;
}

export interface LoadFigures {
  url: string;
  duration: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  latencyMax: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  status4xx: number;
  status5xx: number;
  rssBeforeBytes: number;
  rssAfterBytes: number;
  byKind: Record<LoadRequest["kind"], KindCounts>;
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

export function isCleanRun(f: LoadFigures): boolean {
  return f.errors === 0 && f.timeouts === 0 && f.non2xx === 0 && f.status5xx === 0 && f.requests > 0;
}

export function renderReport(f: LoadFigures): string {
  const rows: Array<[string, string]> = [
    ["target", f.url],
    ["duration", `${f.duration} s`],
    ["connections", String(f.connections)],
    ["requests", String(f.requests)],
    ["requests/s (mean)", f.requestsPerSecond.toFixed(1)],
    ["latency p50", `${f.latencyP50} ms`],
    ["latency p99", `${f.latencyP99} ms`],
    ["latency max", `${f.latencyMax} ms`],
    ["errors (connection)", String(f.errors)],
    ["timeouts", String(f.timeouts)],
    ["non-2xx", String(f.non2xx)],
    ["4xx", String(f.status4xx)],
    ["5xx", String(f.status5xx)],
    ["server RSS before", mib(f.rssBeforeBytes)],
    ["server RSS after", mib(f.rssAfterBytes)],
    ...Object.entries(f.byKind).map(([kind, c]): [string, string] => [
      `${kind} responses (non-2xx)`,
      `${c.responses} (${c.non2xx})`,
    ]),
  ];
  return ["| metric | value |", "|---|---|", ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join("\n");
}
