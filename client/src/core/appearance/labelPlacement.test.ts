import { describe, expect, it } from "vitest";
import {
  DEFAULT_PLACEMENT_OPTIONS,
  LABEL_RANK,
  type LabelCandidate,
  type PlacedLabel,
  placeLabels,
} from "./labelPlacement";

const canvas = { width: 400, height: 300, ...DEFAULT_PLACEMENT_OPTIONS };
const node = (key: string, x: number, y: number, extra: Partial<LabelCandidate> = {}): LabelCandidate => ({
  key,
  x,
  y,
  radius: 5,
  width: 80,
  height: 16,
  rtl: false,
  rank: LABEL_RANK.entity,
  ...extra,
});
const inside = (l: PlacedLabel) =>
  l.x >= 0 && l.y >= 0 && l.x + l.width <= canvas.width && l.y + l.height <= canvas.height;
const overlap = (a: PlacedLabel, b: PlacedLabel) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe("label placement", () => {
  it("should leave out candidates whose position or size is not a finite number or whose box is empty", () => {
    const placed = placeLabels(
      [
        node("nan", Number.NaN, 10),
        node("inf", 10, Number.POSITIVE_INFINITY),
        node("empty", 100, 100, { width: 0 }),
        node("ok", 100, 100),
      ],
      canvas,
    );
    expect(placed.map((l) => l.key)).toEqual(["ok"]);
  });

  it("should put a left-to-right label right of its node and a right-to-left one on its left, its reading side", () => {
    const placed = placeLabels([node("en", 100, 100), node("ar", 250, 200, { rtl: true })], canvas);
    const ltr = placed.find((l) => l.key === "en");
    const rtl = placed.find((l) => l.key === "ar");
    expect(ltr).toMatchObject({ side: "reading", x: 100 + 5 + 3 });
    expect(rtl).toMatchObject({ side: "reading", x: 250 - 5 - 3 - 80 });
  });

  it("should move a label that would cross the canvas edge to another side, never across the edge", () => {
    const [right] = placeLabels([node("edge", 395, 150)], canvas);
    expect(right?.side).toBe("opposite");
    const [rtlAtLeft] = placeLabels([node("ar", 4, 150, { rtl: true })], canvas);
    expect(rtlAtLeft?.side).toBe("opposite");
    for (const l of [right, rtlAtLeft]) expect(l && inside(l)).toBe(true);
  });

  it("should give the room to the higher rank and leave out what finds none", () => {
    // Two claims and an entity on one spot: the entity keeps its reading side, the claims take what is left.
    const placed = placeLabels(
      [
        node("claim:a", 200, 150, { rank: LABEL_RANK.claim }),
        node("claim:b", 200, 150, { rank: LABEL_RANK.claim }),
        node("claim:c", 200, 150, { rank: LABEL_RANK.claim }),
        node("claim:d", 200, 150, { rank: LABEL_RANK.claim }),
        node("org:x", 200, 150, { radius: 8 }),
      ],
      canvas,
    );
    expect(placed[0]).toMatchObject({ key: "org:x", side: "reading" });
    expect(placed.length).toBeLessThan(5);
  });

  it("should always show the selected and hovered labels, moved inside the canvas if no side is free", () => {
    const crowd = Array.from({ length: 40 }, (_, i) => node(`n${i}`, 380 + (i % 4), 10 + (i % 5)));
    const placed = placeLabels([...crowd, node("sel", 398, 2, { rank: LABEL_RANK.selected, width: 150 })], canvas);
    const selected = placed.find((l) => l.key === "sel");
    expect(selected).toBeDefined();
    expect(selected && inside(selected)).toBe(true);
    expect(placed[0]?.key).toBe("sel");
  });

  it("should keep every label inside the canvas and off every other label, whatever the crowd", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const crowd = Array.from({ length: 300 }, (_, i) =>
      node(`n${i}`, random() * 420 - 10, random() * 320 - 10, {
        width: 20 + random() * 120,
        rtl: random() < 0.3,
        rank: random() < 0.5 ? LABEL_RANK.claim : LABEL_RANK.entity,
      }),
    );
    const placed = placeLabels(crowd, canvas);
    expect(placed.length).toBeGreaterThan(10);
    for (const l of placed) expect(inside(l)).toBe(true);
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++)
        expect(overlap(placed[i] as PlacedLabel, placed[j] as PlacedLabel)).toBe(false);
    // The same input gives the same picture on every frame.
    expect(placeLabels([...crowd].reverse(), canvas)).toEqual(placed);
  });
});
