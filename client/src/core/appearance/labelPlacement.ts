// Pure label placement: which node labels fit on the canvas, and on which side of their node, by priority.

/** Lower ranks are placed first and win the room: selected, hovered, emphasised, entities, claims. */
export const LABEL_RANK = { selected: 0, hovered: 1, emphasised: 2, entity: 3, claim: 4 } as const;
export type LabelRank = (typeof LABEL_RANK)[keyof typeof LABEL_RANK];

/** Ranks whose label is always shown (moved inside the canvas and shortened if need be), whatever it covers. */
export const MUST_SHOW_BELOW: LabelRank = LABEL_RANK.emphasised;

export interface LabelCandidate {
  key: string;
  /** The node's centre and radius on the canvas, CSS pixels. */
  x: number;
  y: number;
  radius: number;
  /** The label box, CSS pixels (text and padding). */
  width: number;
  height: number;
  /** Right-to-left text: its reading side is the node's left. */
  rtl: boolean;
  rank: LabelRank;
}

export type LabelSide = "reading" | "opposite" | "above" | "below";

export interface PlacedLabel {
  key: string;
  /** Top-left corner and size of the box, CSS pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  rtl: boolean;
  rank: LabelRank;
  side: LabelSide;
}

export interface PlacementOptions {
  /** The canvas, CSS pixels. */
  width: number;
  height: number;
  /** Gap between a node's disc and its label, CSS pixels. */
  gap: number;
  /** No label comes closer than this to the canvas edge, CSS pixels. */
  inset: number;
}

export const DEFAULT_PLACEMENT_OPTIONS: Omit<PlacementOptions, "width" | "height"> = { gap: 3, inset: 2 };

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a label may go, in order of preference: beside the node (centred, then raised, then lowered), above, below. */
const POSITIONS: readonly { side: LabelSide; shift: number }[] = [
  { side: "reading", shift: 0 },
  { side: "reading", shift: -0.7 },
  { side: "reading", shift: 0.7 },
  { side: "opposite", shift: 0 },
  { side: "opposite", shift: -0.7 },
  { side: "opposite", shift: 0.7 },
  { side: "above", shift: 0 },
  { side: "below", shift: 0 },
];

/**
 * The box on one side of the node: the reading side is right of it for left-to-right text, left for right-to-left;
 * `shift` moves a box beside the node up (negative) or down by that share of its height.
 */
export function boxOnSide(c: LabelCandidate, side: LabelSide, gap: number, shift = 0): Rect {
  const y = c.y - c.height / 2 + shift * c.height;
  const right = { x: c.x + c.radius + gap, y };
  const left = { x: c.x - c.radius - gap - c.width, y };
  const place =
    side === "above"
      ? { x: c.x - c.width / 2, y: c.y - c.radius - gap - c.height }
      : side === "below"
        ? { x: c.x - c.width / 2, y: c.y + c.radius + gap }
        : (side === "reading") !== c.rtl
          ? right
          : left;
  return { ...place, width: c.width, height: c.height };
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function coversDisc(r: Rect, cx: number, cy: number, radius: number): boolean {
  const dx = cx - Math.max(r.x, Math.min(cx, r.x + r.width));
  const dy = cy - Math.max(r.y, Math.min(cy, r.y + r.height));
  return dx * dx + dy * dy < radius * radius;
}

/** A uniform grid over the canvas, so each test looks only at the boxes and discs near it. */
class Buckets<T> {
  private readonly cells = new Map<number, T[]>();
  constructor(private readonly size: number) {}
  private keys(r: Rect): number[] {
    const out: number[] = [];
    const x0 = Math.floor(r.x / this.size);
    const x1 = Math.floor((r.x + r.width) / this.size);
    const y0 = Math.floor(r.y / this.size);
    const y1 = Math.floor((r.y + r.height) / this.size);
    for (let i = x0; i <= x1; i++) for (let j = y0; j <= y1; j++) out.push(i * 100_003 + j);
    return out;
  }
  add(r: Rect, item: T): void {
    for (const k of this.keys(r)) {
      const cell = this.cells.get(k);
      if (cell) cell.push(item);
      else this.cells.set(k, [item]);
    }
  }
  near(r: Rect): Set<T> {
    const out = new Set<T>();
    for (const k of this.keys(r)) for (const item of this.cells.get(k) ?? []) out.add(item);
    return out;
  }
}

const byPriority = (a: LabelCandidate, b: LabelCandidate) =>
  a.rank - b.rank || b.radius - a.radius || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Places labels by priority (rank, then bigger nodes, then key, so the result is the same on every frame): each tries
 * its reading side (centred on the node, then a little higher or lower), the other side, above and below, and takes the first box that stays `inset` inside the canvas and
 * covers no label placed before it nor another node's disc. Labels ranked below MUST_SHOW_BELOW (the selected and the
 * hovered node) are always shown: with no free side they go on their reading side, moved inside the canvas; a box
 * wider than the canvas is the caller's to shorten first. Everything else that finds no room is left out, and so is a
 * candidate whose position or size is not a finite number (or whose box is empty).
 */
export function placeLabels(candidates: readonly LabelCandidate[], options: PlacementOptions): PlacedLabel[] {
  const { width, height, gap, inset } = options;
  const inside = (r: Rect) =>
    r.x >= inset && r.y >= inset && r.x + r.width <= width - inset && r.y + r.height <= height - inset;
  const sorted = candidates
    .filter((c) => [c.x, c.y, c.radius, c.width, c.height].every(Number.isFinite) && c.width > 0 && c.height > 0)
    .sort(byPriority);
  const cell = Math.max(32, Math.min(256, Math.sqrt((width * height) / Math.max(1, sorted.length))));
  const labels = new Buckets<Rect>(cell);
  const discs = new Buckets<LabelCandidate>(cell);
  for (const c of sorted)
    discs.add({ x: c.x - c.radius, y: c.y - c.radius, width: 2 * c.radius, height: 2 * c.radius }, c);

  const free = (r: Rect, own: string) => {
    for (const other of labels.near(r)) if (overlaps(r, other)) return false;
    for (const d of discs.near(r)) if (d.key !== own && coversDisc(r, d.x, d.y, d.radius)) return false;
    return true;
  };

  const placed: PlacedLabel[] = [];
  for (const c of sorted) {
    let chosen: { box: Rect; side: LabelSide } | null = null;
    for (const { side, shift } of POSITIONS) {
      const box = boxOnSide(c, side, gap, shift);
      if (inside(box) && free(box, c.key)) {
        chosen = { box, side };
        break;
      }
    }
    if (!chosen && c.rank < MUST_SHOW_BELOW) {
      const box = boxOnSide(c, "reading", gap);
      const x = Math.min(Math.max(inset, box.x), Math.max(inset, width - inset - box.width));
      const y = Math.min(Math.max(inset, box.y), Math.max(inset, height - inset - box.height));
      chosen = { box: { ...box, x, y }, side: "reading" };
    }
    if (!chosen) continue;
    labels.add(chosen.box, chosen.box);
    placed.push({ key: c.key, ...chosen.box, rtl: c.rtl, rank: c.rank, side: chosen.side });
  }
  return placed;
}
