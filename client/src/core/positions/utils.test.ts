import { describe, expect, it } from "vitest";
import { triangle } from "../testing/fixtures";
import {
  completeStoredPositions,
  fallbackPosition,
  initialIterations,
  initialLayout,
  placeNewNodes,
  storedArrivals,
} from "./utils";

describe("placement", () => {
  it("should place arriving nodes on a ring around their anchor, leaving placed ones alone", () => {
    const placed = placeNewNodes({ hub: { x: 10, y: 10 }, old: { x: 0, y: 0 } }, ["n1", "n2", "old"], () => "hub", 5);
    expect(Object.keys(placed).sort()).toEqual(["n1", "n2"]);
    for (const p of Object.values(placed)) expect(Math.hypot(p.x - 10, p.y - 10)).toBeCloseTo(5);
    expect(placed.n1).not.toEqual(placed.n2);
  });

  it("should spend fewer first-layout iterations on bigger graphs, never none", () => {
    expect(initialIterations(65)).toBe(300);
    expect(initialIterations(2000)).toBe(30);
    expect(initialIterations(1_000_000)).toBe(20);
  });

  it("should give every node a position, the same on every run", () => {
    const first = initialLayout(triangle(), 50);
    const second = initialLayout(triangle(), 50);
    expect(Object.keys(first).sort()).toEqual(["a", "b", "c", "d"]);
    expect(first).toEqual(second);
    expect(fallbackPosition("org:x")).toEqual(fallbackPosition("org:x"));
  });
});

describe("arrivals at the server's stored positions", () => {
  const stored = { x: 10, y: -4 };
  const arrivals = [
    { key: "a", stored: { x: 11, y: -3 } },
    { key: "b", stored: undefined },
  ];

  it("should place nothing when the anchor has no stored or no drawn position", () => {
    expect(storedArrivals({ drawn: undefined, stored }, arrivals)).toEqual({});
    expect(storedArrivals({ drawn: stored, stored: undefined }, arrivals)).toEqual({});
  });

  it("should place nothing when the page moved the anchor away from where the server put it", () => {
    expect(storedArrivals({ drawn: { x: 10.5, y: -4 }, stored }, arrivals)).toEqual({});
    expect(storedArrivals({ drawn: { x: 10, y: -3.9 }, stored }, arrivals)).toEqual({});
  });

  it("should put each arrival with a stored position there while the anchor is drawn at its own", () => {
    expect(storedArrivals({ drawn: { ...stored }, stored }, arrivals)).toEqual({ a: { x: 11, y: -3 } });
  });
});

describe("a graph's stored positions", () => {
  const at = (key: string, x?: unknown, y?: unknown) => ({ key, attributes: { label: key, x, y } });

  it("should give none when any node lacks a finite x or y, or there are no nodes", () => {
    expect(completeStoredPositions([])).toBeNull();
    expect(completeStoredPositions([at("a", 1, 2), at("b")])).toBeNull();
    expect(completeStoredPositions([at("a", 1, 2), at("b", 3, "4")])).toBeNull();
    expect(completeStoredPositions([at("a", 1, 2), at("b", Number.NaN, 4)])).toBeNull();
  });

  it("should give every node's position when all have one", () => {
    expect(completeStoredPositions([at("a", 1, 2), at("b", -3, 0.5)])).toEqual({
      a: { x: 1, y: 2 },
      b: { x: -3, y: 0.5 },
    });
  });
});
