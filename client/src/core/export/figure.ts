// Figures for papers: the frame of the whole graph at a chosen scale, with room for every label, a legend and a footer.

/** The scales a figure can be drawn at; the largest the browser's WebGL allows is offered (maxFigureScale). */
export const FIGURE_SCALES = [1, 2, 4, 8] as const;
export type FigureScale = (typeof FIGURE_SCALES)[number];

export interface FigureOptions {
  /** Width of the graph's frame at 1×, in CSS pixels; a wider one is taken when a label needs it. */
  width: number;
  /** Height as a fraction of the width, clamped to this range from the graph's own proportions. */
  minAspect: number;
  maxAspect: number;
  /** Space between the outermost node (its disc and label) and the frame's edge, CSS pixels at 1×. */
  margin: number;
  /** Gap between a node's disc and its label, as sigma draws it. */
  labelGap: number;
  labelSize: number;
  /** Legend and footer text. */
  textSize: number;
  lineHeight: number;
}

export const DEFAULT_FIGURE_OPTIONS: FigureOptions = {
  width: 1200,
  minAspect: 0.5,
  maxAspect: 1.25,
  margin: 16,
  labelGap: 3,
  labelSize: 12,
  textSize: 12,
  lineHeight: 18,
};

export interface FigureNode {
  key: string;
  /** Graph coordinates (y up, as sigma's graph space). */
  x: number;
  y: number;
  /** Radius in CSS pixels at 1×. */
  size: number;
  /** Width of the drawn label in CSS pixels at 1× (0 for no label). */
  labelWidth: number;
}

export interface PlacedNode {
  key: string;
  /** Frame pixels at 1×, y down. */
  x: number;
  y: number;
  /** Where its label goes: right of the disc, or left of it (nodes in the frame's right half). */
  labelSide: "right" | "left";
}

export interface Frame {
  width: number;
  height: number;
  /** Padding around the graph's bounding box inside the frame (CSS pixels at 1×), as sigma's stagePadding. */
  padding: number;
  nodes: PlacedNode[];
}

/**
 * Frames the whole graph, not the screen: graph coordinates fitted into a frame whose width is `width` (or wider,
 * when the longest label would not fit in half of it), whose height follows the graph's proportions, with a padding
 * that holds the largest disc. Each label is drawn towards the frame's centre (right of a node in the left half, left
 * of it in the right half), so with this width no label crosses the frame's edge. Pure.
 */
export function frameGraph(nodes: readonly FigureNode[], options: Partial<FigureOptions> = {}): Frame {
  const o = { ...DEFAULT_FIGURE_OPTIONS, ...options };
  const maxSize = nodes.reduce((m, n) => Math.max(m, n.size), 0);
  const maxLabel = nodes.reduce((m, n) => Math.max(m, n.labelWidth > 0 ? n.size + o.labelGap + n.labelWidth : 0), 0);
  const padding = Math.ceil(maxSize + o.margin);
  const width = Math.ceil(Math.max(o.width, 2 * (maxLabel + padding) + 2 * o.margin));
  if (nodes.length === 0) return { width, height: Math.round(width * o.minAspect), padding, nodes: [] };
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const n of nodes) {
    minX = Math.min(minX, n.x);
    maxX = Math.max(maxX, n.x);
    minY = Math.min(minY, n.y);
    maxY = Math.max(maxY, n.y);
  }
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  const aspect = spanX > 0 ? Math.min(o.maxAspect, Math.max(o.minAspect, spanY / spanX)) : o.minAspect;
  const height = Math.ceil(width * aspect);
  const inner = { w: width - 2 * padding, h: height - 2 * padding };
  const scale = Math.min(
    spanX > 0 ? inner.w / spanX : Number.POSITIVE_INFINITY,
    spanY > 0 ? inner.h / spanY : Number.POSITIVE_INFINITY,
  );
  const k = Number.isFinite(scale) ? scale : 1;
  const offsetX = (width - spanX * k) / 2;
  const offsetY = (height - spanY * k) / 2;
  return {
    width,
    height,
    padding,
    nodes: nodes.map((n) => {
      const x = offsetX + (n.x - minX) * k;
      return { key: n.key, x, y: offsetY + (maxY - n.y) * k, labelSide: x > width / 2 ? "left" : "right" };
    }),
  };
}

/** The largest offered scale whose canvas fits the browser's WebGL limits (texture and viewport sizes). */
export function maxFigureScale(maxCanvasSide: number, width: number, height: number, pixelRatio: number): FigureScale {
  let best: FigureScale = 1;
  for (const s of FIGURE_SCALES) if (Math.max(width, height) * s * pixelRatio <= maxCanvasSide) best = s;
  return best;
}

/** Splits text into lines no wider than `max`, by words, as `measure` sizes them; a word wider than `max` is cut. */
export function wrapText(text: string, max: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const next = line === "" ? word : `${line} ${word}`;
    if (measure(next) <= max) {
      line = next;
      continue;
    }
    if (line !== "") lines.push(line);
    let rest = word;
    while (measure(rest) > max && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut)) > max) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line !== "") lines.push(line);
  return lines;
}

export interface LegendEntry {
  label: string;
  color: string;
}

/** Legend rows: entries laid left to right, wrapping at `width`; returns each entry's position (1× pixels). */
export function layoutLegend(
  entries: readonly LegendEntry[],
  width: number,
  measure: (s: string) => number,
  options: Partial<FigureOptions> = {},
): { height: number; items: (LegendEntry & { x: number; y: number })[] } {
  const o = { ...DEFAULT_FIGURE_OPTIONS, ...options };
  const swatch = o.textSize;
  const items: (LegendEntry & { x: number; y: number })[] = [];
  let x = o.margin;
  let y = o.lineHeight / 2;
  for (const e of entries) {
    const w = swatch + 6 + measure(e.label) + 18;
    if (x + w > width - o.margin && x > o.margin) {
      x = o.margin;
      y += o.lineHeight;
    }
    items.push({ ...e, x, y });
    x += w;
  }
  return { height: entries.length === 0 ? 0 : y + o.lineHeight / 2 + 4, items };
}
