import { describe, expect, it } from "vitest";
import { chunkLoaded, getEmptyLoadProgress, loadEnded, loadStarted, progressFraction, splitLines } from "./utils";

describe("splitLines", () => {
  it("should keep an unfinished last line for the next chunk and drop blank lines", () => {
    expect(splitLines('{"a":1}\n\n{"b"')).toEqual({ lines: ['{"a":1}'], rest: '{"b"' });
    expect(splitLines("")).toEqual({ lines: [], rest: "" });
  });
});

describe("load progress", () => {
  it("should count nothing done before the start line", () => {
    expect(progressFraction(loadStarted({ nodes: 0, edges: 0 })(getEmptyLoadProgress()))).toBe(0);
  });

  it("should add up chunks of nodes and edges into a fraction and end inactive", () => {
    let p = loadStarted({ nodes: 100, edges: 300 })(getEmptyLoadProgress());
    p = chunkLoaded("nodes", 100)(p);
    p = chunkLoaded("edges", 100)(p);
    expect(progressFraction(p)).toBe(0.5);
    expect(loadEnded()(p).active).toBe(false);
  });
});
