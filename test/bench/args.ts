// Parses the bench command lines: `--nodes N` for bench:data, `--sizes a,b` and friends for bench.
export interface DataArgs {
  nodes: number;
  out: string | undefined;
  keep: boolean;
  layout: boolean;
}

export interface BenchArgs {
  sizes: number[];
  duration: number;
  connections: number;
  browser: boolean;
  /** How many times each paired figure and interaction is measured (default 3; the 1M size uses 1). */
  repeats: number;
}

export const DEFAULT_SIZES = [10_000, 100_000];

function value(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i === -1) {
    const eq = argv.find((a) => a.startsWith(`${name}=`));
    return eq?.slice(name.length + 1);
  }
  const v = argv[i + 1];
  if (v === undefined || v.startsWith("--")) throw new RangeError(`${name} needs a value`);
  return v;
}

function count(raw: string, name: string, min: number): number {
  const n = Number(raw.replace(/_/g, ""));
  if (!Number.isInteger(n) || n < min) throw new RangeError(`${name} must be a whole number of at least ${min}`);
  return n;
}

export function parseDataArgs(argv: readonly string[]): DataArgs {
  const nodes = value(argv, "--nodes");
  if (nodes === undefined) throw new RangeError("--nodes is required, e.g. --nodes 10000");
  return {
    nodes: count(nodes, "--nodes", 20),
    out: value(argv, "--out"),
    keep: argv.includes("--keep"),
    layout: !argv.includes("--no-layout"),
  };
}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const sizes = value(argv, "--sizes");
  const duration = value(argv, "--duration");
  const connections = value(argv, "--connections");
  const repeats = value(argv, "--repeats");
  return {
    sizes: sizes === undefined ? DEFAULT_SIZES : sizes.split(",").map((s) => count(s.trim(), "--sizes", 20)),
    duration: duration === undefined ? 10 : count(duration, "--duration", 1),
    connections: connections === undefined ? 50 : count(connections, "--connections", 1),
    browser: !argv.includes("--no-browser"),
    repeats: repeats === undefined ? 3 : count(repeats, "--repeats", 1),
  };
}

export const PROFILE_TARGETS = ["graph", "stream", "export", "neighbors", "search", "details"] as const;
export type ProfileTarget = (typeof PROFILE_TARGETS)[number];

export interface ProfileArgs {
  what: ProfileTarget;
  /** Requests profiled after one warm-up (graph, stream, export). */
  requests: number;
  /** Seconds of a load under 50 connections (neighbors, search, details). */
  duration: number;
}

export function parseProfileArgs(argv: readonly string[]): ProfileArgs {
  const what = value(argv, "--what");
  if (!PROFILE_TARGETS.includes(what as ProfileTarget))
    throw new RangeError(`--what must be one of ${PROFILE_TARGETS.join(", ")}`);
  const requests = value(argv, "--requests");
  const duration = value(argv, "--duration");
  return {
    what: what as ProfileTarget,
    requests: requests === undefined ? 10 : count(requests, "--requests", 1),
    duration: duration === undefined ? 10 : count(duration, "--duration", 1),
  };
}
