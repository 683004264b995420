import { describe, expect, it } from "vitest";
import { parseLoadArgs } from "../bench/load/args";
import { requestMix } from "../bench/load/mix";
import { isCleanRun, type LoadFigures, renderReport } from "../bench/load/report";

describe("parseLoadArgs", () => {
  it("should refuse unknown options, missing values and out-of-range numbers, naming the option", () => {
    expect(() => parseLoadArgs(["--rate", "5"])).toThrow(/--rate/);
    expect(() => parseLoadArgs(["--duration"])).toThrow(/--duration needs a value/);
    expect(() => parseLoadArgs(["--connections", "0"])).toThrow(/--connections/);
    expect(() => parseLoadArgs(["fast"])).toThrow(/unexpected argument/);
  });

  it("should default to 60 s and 50 connections and accept both spellings", () => {
    expect(parseLoadArgs([])).toEqual({ duration: 60, connections: 50 });
    expect(parseLoadArgs(["--duration=10", "--connections", "8"])).toEqual({ duration: 10, connections: 8 });
  });
});

describe("the load report", () => {
  const figures: LoadFigures = {
    url: "http://127.0.0.1:1234",
    duration: 60,
    connections: 50,
    requests: 1000,
    requestsPerSecond: 16.7,
    latencyP50: 10,
    latencyP99: 90,
    latencyMax: 120,
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    status4xx: 0,
    status5xx: 0,
    rssBeforeBytes: 100 * 1024 * 1024,
    rssAfterBytes: 150 * 1024 * 1024,
    byKind: {
      search: { responses: 250, non2xx: 0 },
      neighbors: { responses: 250, non2xx: 0 },
      graph: { responses: 250, non2xx: 0 },
      cypher: { responses: 250, non2xx: 0 },
    },
  };

  it("should call a run with any error, timeout or non-2xx unclean", () => {
    expect(isCleanRun({ ...figures, errors: 1 })).toBe(false);
    expect(isCleanRun({ ...figures, non2xx: 3, status4xx: 3 })).toBe(false);
    expect(isCleanRun({ ...figures, status5xx: 1, non2xx: 1 })).toBe(false);
    expect(isCleanRun({ ...figures, requests: 0 })).toBe(false);
    expect(isCleanRun(figures)).toBe(true);
  });

  it("should print a markdown table with throughput, latency, errors and RSS", () => {
    const table = renderReport(figures);
    expect(table.split("\n").slice(0, 2)).toEqual(["| metric | value |", "|---|---|"]);
    expect(table).toContain("| requests/s (mean) | 16.7 |");
    expect(table).toContain("| latency p99 | 90 ms |");
    expect(table).toContain("| server RSS after | 150.0 MiB |");
    expect(table).toContain("| cypher responses (non-2xx) | 250 (0) |");
  });

  it("should mix all four kinds against loopback paths only", () => {
    const kinds = new Set(requestMix().map((r) => r.kind));
    expect(kinds).toEqual(new Set(["search", "neighbors", "graph", "cypher"]));
    for (const r of requestMix()) expect(r.path.startsWith("/api/")).toBe(true);
  });
});
