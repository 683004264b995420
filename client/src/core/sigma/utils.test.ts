import type { Settings } from "sigma/settings";
import { describe, expect, it } from "vitest";
import { isLargeGraph, LARGE_GRAPH_NODES, largeGraphSettings } from "./utils";

const LINE = class {} as unknown as NonNullable<Settings["edgeProgramClasses"]>[string];

describe("large-graph mode", () => {
  it("should not switch on at or below the threshold", () => {
    expect(isLargeGraph(LARGE_GRAPH_NODES)).toBe(false);
    expect(largeGraphSettings(false, { renderEdgeLabels: true }, LINE)).toEqual({ renderEdgeLabels: true });
  });

  it("should hide edges and labels on move and draw edges as plain lines above it", () => {
    expect(isLargeGraph(LARGE_GRAPH_NODES + 1)).toBe(true);
    const s = largeGraphSettings(true, {}, LINE);
    expect(s).toMatchObject({ hideEdgesOnMove: true, hideLabelsOnMove: true, renderEdgeLabels: false });
    const programs = s.edgeProgramClasses ?? {};
    expect([programs.arrow, programs.curvedArrow, programs.line]).toEqual([LINE, LINE, LINE]);
  });
});
