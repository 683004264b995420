// The node-label layer: sigma hands over the labels it would draw, which are placed by priority (labelPlacement.ts)
// and drawn once per frame, Arabic shaped by the browser and set on its reading side.
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, PartialButFor } from "sigma/types";
import {
  DEFAULT_PLACEMENT_OPTIONS,
  LABEL_RANK,
  type LabelCandidate,
  type LabelRank,
  type PlacedLabel,
  placeLabels,
} from "../appearance/labelPlacement";

/** Fonts with Latin and Arabic glyphs; the canvas falls back per glyph along this list. */
export const LABEL_FONT = '"Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", "Segoe UI", system-ui, sans-serif';
/** Label text size, CSS pixels. */
export const LABEL_SIZE = 12;
/** Padding inside a label box, CSS pixels. */
const PAD_X = 3;
const BOX_HEIGHT = LABEL_SIZE + 5;
/** A label never grows wider than this (CSS pixels) unless it is the selected or hovered one. */
const MAX_LABEL_WIDTH = 320;

type LabelData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color"> & {
  key?: string;
  rtl?: boolean;
  kind?: string;
  labelRank?: number;
};

interface Pending {
  key: string;
  x: number;
  y: number;
  radius: number;
  label: string;
  rtl: boolean;
  rank: LabelRank;
}

/** Labels sigma asked for in the frame being drawn, by the canvas they were meant for (each renderer has its own). */
const pending = new WeakMap<CanvasRenderingContext2D, Pending[]>();

/** What the last frame of the explorer's canvas showed: read by the test hook and the bench. */
export const labelStats: { width: number; height: number; placed: PlacedLabel[] } = { width: 0, height: 0, placed: [] };

function rankOf(data: LabelData): LabelRank {
  const given = data.labelRank;
  if (given === 0 || given === 1 || given === 2 || given === 3 || given === 4) return given;
  return data.kind === "claim" ? LABEL_RANK.claim : LABEL_RANK.entity;
}

/**
 * sigma's `defaultDrawNodeLabel`: keeps the label for the frame's placement instead of drawing it where sigma would
 * (always right of the node, whatever covers it or is cut off at the canvas edge).
 */
export function collectNodeLabel<N extends Attributes, E extends Attributes, G extends Attributes>(
  context: CanvasRenderingContext2D,
  data: LabelData,
  _settings: Settings<N, E, G>,
): void {
  if (!data.label) return;
  let list = pending.get(context);
  if (!list) {
    list = [];
    pending.set(context, list);
  }
  list.push({
    key: data.key ?? `${data.x},${data.y}`,
    x: data.x,
    y: data.y,
    radius: data.size,
    label: data.label,
    rtl: data.rtl === true,
    rank: rankOf(data),
  });
}

/** sigma's `defaultDrawNodeHover`: a white halo under the hovered or highlighted node; its label is the layer's. */
export function drawNodeHalo<N extends Attributes, E extends Attributes, G extends Attributes>(
  context: CanvasRenderingContext2D,
  data: LabelData,
  _settings: Settings<N, E, G>,
): void {
  context.save();
  context.beginPath();
  context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
  context.fillStyle = "#ffffff";
  context.shadowColor = "rgb(15 23 42 / 35%)";
  context.shadowBlur = 8;
  context.fill();
  context.restore();
}

function font(rank: LabelRank): string {
  return `${rank <= LABEL_RANK.hovered ? 600 : 500} ${LABEL_SIZE}px ${LABEL_FONT}`;
}

/** The longest start of `text` (with an ellipsis) no wider than `max` pixels; the whole text when it fits. */
function fitted(context: CanvasRenderingContext2D, text: string, max: number): { text: string; width: number } {
  let width = context.measureText(text).width;
  if (width <= max) return { text, width };
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (context.measureText(`${text.slice(0, mid).trimEnd()}…`).width <= max) low = mid;
    else high = mid - 1;
  }
  const cut = `${text.slice(0, low).trimEnd()}…`;
  width = context.measureText(cut).width;
  return { text: cut, width };
}

function drawBox(context: CanvasRenderingContext2D, l: PlacedLabel): void {
  context.save();
  context.beginPath();
  context.roundRect(l.x, l.y, l.width, l.height, 3);
  context.fillStyle = l.rank <= LABEL_RANK.hovered ? "#ffffff" : "rgb(255 255 255 / 88%)";
  if (l.rank <= LABEL_RANK.hovered) {
    context.shadowColor = "rgb(15 23 42 / 25%)";
    context.shadowBlur = 6;
  }
  context.fill();
  context.restore();
}

/**
 * Places and draws the labels sigma handed over for this renderer's frame, on its label canvas (which sigma cleared
 * before the frame). Returns what was drawn, boxes in CSS pixels of the canvas.
 */
export function drawLabelLayer<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>): PlacedLabel[] {
  const canvas = sigma.getCanvases().labels;
  const context = canvas?.getContext("2d");
  if (!context) return [];
  const list = pending.get(context) ?? [];
  pending.set(context, []);
  const { width, height } = sigma.getDimensions();
  const texts = new Map<string, string>();
  const candidates: LabelCandidate[] = [];
  for (const p of list) {
    context.font = font(p.rank);
    const max = p.rank <= LABEL_RANK.hovered ? width - 2 * (DEFAULT_PLACEMENT_OPTIONS.inset + PAD_X) : MAX_LABEL_WIDTH;
    const fit = fitted(context, p.label, Math.max(10, max));
    texts.set(p.key, fit.text);
    candidates.push({ ...p, width: Math.ceil(fit.width) + 2 * PAD_X, height: BOX_HEIGHT });
  }
  const placed = placeLabels(candidates, { width, height, ...DEFAULT_PLACEMENT_OPTIONS });
  context.save();
  context.textBaseline = "middle";
  context.lineJoin = "round";
  for (const l of placed) {
    const text = texts.get(l.key) ?? "";
    if (l.rank <= LABEL_RANK.emphasised) drawBox(context, l);
    context.font = font(l.rank);
    context.direction = l.rtl ? "rtl" : "ltr";
    // Anchored at the box's reading start: the right edge for right-to-left text, the left edge otherwise.
    context.textAlign = l.rtl ? "right" : "left";
    const x = l.rtl ? l.x + l.width - PAD_X : l.x + PAD_X;
    const y = l.y + l.height / 2 + 0.5;
    if (l.rank > LABEL_RANK.emphasised) {
      context.strokeStyle = "rgb(255 255 255 / 92%)";
      context.lineWidth = 3;
      context.strokeText(text, x, y);
    }
    context.fillStyle = l.rank === LABEL_RANK.claim ? "#4b5563" : "#1f2937";
    context.fillText(text, x, y);
  }
  context.restore();
  return placed;
}

/**
 * Draws this renderer's labels after each frame (and starts each frame with an empty list); `onDrawn` hears what was
 * drawn. Returns the function that detaches the layer.
 */
export function attachLabelLayer<N extends Attributes, E extends Attributes>(
  sigma: Sigma<N, E>,
  onDrawn?: (placed: PlacedLabel[], size: { width: number; height: number }) => void,
): () => void {
  const reset = () => {
    const context = sigma.getCanvases().labels?.getContext("2d");
    if (context) pending.set(context, []);
  };
  const draw = () => onDrawn?.(drawLabelLayer(sigma), sigma.getDimensions());
  sigma.on("beforeRender", reset);
  sigma.on("afterRender", draw);
  return () => {
    sigma.off("beforeRender", reset);
    sigma.off("afterRender", draw);
  };
}
