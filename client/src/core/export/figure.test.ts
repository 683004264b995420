import { describe, expect, it } from "vitest";
import { DEFAULT_FIGURE_OPTIONS, frameGraph, layoutLegend, maxFigureScale, wrapText } from "./figure";

const measure = (s: string) => s.length * 7;

describe("figure frame", () => {
  it("should give an empty graph a frame of the default width", () => {
    const frame = frameGraph([]);
    expect(frame.width).toBe(DEFAULT_FIGURE_OPTIONS.width);
    expect(frame.nodes).toEqual([]);
  });

  it("should fit every node inside the padding and face each label towards the centre", () => {
    const frame = frameGraph([
      { key: "a", x: -10, y: 5, size: 10, labelWidth: 80 },
      { key: "b", x: 10, y: -5, size: 4, labelWidth: 0 },
      { key: "c", x: 0, y: 0, size: 20, labelWidth: 120 },
    ]);
    expect(frame.padding).toBe(20 + DEFAULT_FIGURE_OPTIONS.margin);
    for (const n of frame.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(frame.padding - 1e-9);
      expect(n.x).toBeLessThanOrEqual(frame.width - frame.padding + 1e-9);
      expect(n.y).toBeGreaterThanOrEqual(frame.padding - 1e-9);
      expect(n.y).toBeLessThanOrEqual(frame.height - frame.padding + 1e-9);
    }
    const [a, b] = frame.nodes;
    expect([a?.labelSide, b?.labelSide]).toEqual(["right", "left"]);
    // Graph y points up, frame y down: the node with the larger y is nearer the top.
    expect(a?.y).toBeLessThan(b?.y ?? 0);
  });

  it("should widen the frame when the longest label would not fit in half of it", () => {
    const frame = frameGraph([
      { key: "a", x: 0, y: 0, size: 10, labelWidth: 900 },
      { key: "b", x: 1, y: 1, size: 10, labelWidth: 0 },
    ]);
    expect(frame.width).toBeGreaterThan(2 * (10 + 3 + 900));
  });

  it("should keep the height within the aspect range whatever the graph's proportions", () => {
    const tall = frameGraph([
      { key: "a", x: 0, y: 0, size: 5, labelWidth: 0 },
      { key: "b", x: 1, y: 100, size: 5, labelWidth: 0 },
    ]);
    expect(tall.height).toBe(Math.ceil(tall.width * DEFAULT_FIGURE_OPTIONS.maxAspect));
  });
});

describe("figure scale and text", () => {
  it("should offer the largest scale whose canvas fits the WebGL limit", () => {
    expect(maxFigureScale(8192, 1200, 1500, 1)).toBe(4);
    expect(maxFigureScale(16384, 1200, 1500, 1)).toBe(8);
    expect(maxFigureScale(4096, 1200, 1500, 2)).toBe(1);
  });

  it("should wrap words to the width and cut a word longer than it", () => {
    expect(wrapText("aa bb cc", 35, measure)).toEqual(["aa bb", "cc"]);
    expect(wrapText("abcdefghij", 35, measure)).toEqual(["abcde", "fghij"]);
  });

  it("should lay legend entries out in rows within the width", () => {
    const legend = layoutLegend(
      ["Organization", "Person", "Country", "Claim"].map((label) => ({ label, color: "#000" })),
      250,
      measure,
    );
    expect(legend.items[0]).toMatchObject({ x: DEFAULT_FIGURE_OPTIONS.margin });
    expect(new Set(legend.items.map((i) => i.y)).size).toBeGreaterThan(1);
    for (const i of legend.items) expect(i.x).toBeLessThan(250);
  });
});
