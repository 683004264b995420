// Figures of the drawn graph: PNG (@sigma/export-image) at a chosen scale and SVG, framed whole, with legend and citations.

import type { ImageFormat } from "@domain/export/formats";
import { evidenceOf } from "@domain/export/types";
import { drawOnCanvas } from "@sigma/export-image";
import { drawDiscNodeLabel } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import { visibleAtom } from "../chain";
import { graphDatasetAtom } from "../dataset";
import { sourcesAtom } from "../reader";
import { sigmaAtom, sigmaGraph } from "../sigma";
import { bibliographyLines, citationsJson } from "./citations";
import {
  type FigureNode,
  type FigureScale,
  frameGraph,
  type LegendEntry,
  layoutLegend,
  maxFigureScale,
  wrapText,
} from "./figure";
import { buildExportInput, NO_LOOKS } from "./input";
import { withPngText } from "./png";
import { wireOf } from "./scope";
import { type SvgEdge, type SvgNode, writeSvg } from "./svg";

const BACKGROUND = "#ffffff";

/** What is drawn right now: nodes and edges sigma shows (not hidden by a reducer) with their citations. */
function drawnInput(now: Date) {
  const data = graphDatasetAtom.get().graph;
  const visible = visibleAtom.get();
  const keys = {
    nodes: new Set([...visible.nodes].filter((k) => sigmaGraph.hasNode(k))),
    edges: new Set([...visible.edges].filter((k) => sigmaGraph.hasEdge(k))),
  };
  return buildExportInput(wireOf(data, keys), NO_LOOKS, sourcesAtom.get(), now.toISOString());
}

/** The largest canvas side the browser's WebGL draws (texture, renderbuffer and viewport limits), in device pixels. */
export function webglMaxSide(): number {
  const canvas = document.createElement("canvas");
  const gl = (canvas.getContext("webgl2") ?? canvas.getContext("webgl")) as WebGLRenderingContext | null;
  if (!gl) return 4096;
  const dims = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
  const side = Math.min(
    gl.getParameter(gl.MAX_TEXTURE_SIZE) as number,
    gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number,
    dims[0] ?? 4096,
    dims[1] ?? 4096,
  );
  gl.getExtension("WEBGL_lose_context")?.loseContext();
  return side;
}

type Drawn = ReturnType<typeof drawnInput>;
type SigmaView = NonNullable<ReturnType<typeof sigmaAtom.get>>;

const LABEL_SIZE = 12;
const LABEL_THRESHOLD = 7;
/** Latin and Arabic fonts, as the canvas labels use (the canvas falls back per glyph along the list). */
const FIGURE_FONT = '"Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", "Segoe UI", system-ui, sans-serif';
const TEXT_FONT = (size: number) => `${size}px ${FIGURE_FONT}`;

/** Measures text with the canvas' own font engine (Arabic shaped), at 1×. */
function measurer(size: number, weight = ""): (text: string) => number {
  const ctx = document.createElement("canvas").getContext("2d");
  if (!ctx) return (text) => text.length * size * 0.6;
  ctx.font = `${weight} ${TEXT_FONT(size)}`.trim();
  return (text) => ctx.measureText(text).width;
}

/** The drawn nodes framed as a figure: every labelled node's label measured, so the frame leaves room for it. */
function figureFrame(sigma: SigmaView, input: Drawn) {
  const measure = measurer(LABEL_SIZE, "500");
  const nodes: FigureNode[] = [];
  for (const n of input.graph.nodes) {
    const d = sigma.getNodeDisplayData(n.key);
    if (!d || d.hidden) continue;
    const labelled = (d.size >= LABEL_THRESHOLD || d.forceLabel) && d.label;
    nodes.push({ key: n.key, x: d.x, y: d.y, size: d.size, labelWidth: labelled ? measure(d.label ?? "") : 0 });
  }
  // Display coordinates are sigma's normalised graph space; the frame only needs their proportions.
  return { frame: frameGraph(nodes), nodes };
}

/** Node types as drawn, each once, in order of first appearance: the figure's legend. */
function legendOf(sigma: SigmaView, input: Drawn): LegendEntry[] {
  const seen = new Map<string, string>();
  for (const n of input.graph.nodes) {
    const d = sigma.getNodeDisplayData(n.key);
    if (!d || d.hidden || seen.has(n.attributes.type)) continue;
    seen.set(n.attributes.type, d.color);
  }
  return [...seen].map(([label, color]) => ({ label, color }));
}

/** The footer: the bibliography, then what the figure is, wrapped to the frame. */
function footerLines(input: Drawn, width: number, measure: (s: string) => number): string[] {
  const lines = [
    ...bibliographyLines(input.sources),
    `kg-explorer, ${input.generatedAt}: ${input.graph.nodes.length} nodes, ${input.graph.edges.length} edges. ` +
      "Every edge is sourced: its quotes and spans are in this file's metadata.",
  ];
  return lines.flatMap((line) => wrapText(line, width - 24, measure));
}

/**
 * Draws a node's label towards the frame's centre: right of its disc in the left half, left of it in the right half
 * (anchored at its end), so a frame as wide as figureFrame makes it cuts no label.
 */
function centreFacingLabel(frameWidth: number) {
  return (
    context: CanvasRenderingContext2D,
    data: Parameters<typeof drawDiscNodeLabel>[1] & { rtl?: boolean },
    settings: Settings,
  ): void => {
    if (!data.label) return;
    if (data.x <= frameWidth / 2) {
      context.save();
      context.direction = data.rtl ? "rtl" : "ltr";
      context.textAlign = "left";
      drawDiscNodeLabel(context, data, settings);
      context.restore();
      return;
    }
    context.save();
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    context.fillStyle = settings.labelColor.attribute
      ? String((data as Record<string, unknown>)[settings.labelColor.attribute] ?? settings.labelColor.color)
      : (settings.labelColor.color ?? "#000");
    context.direction = data.rtl ? "rtl" : "ltr";
    context.textAlign = "right";
    context.fillText(data.label, data.x - data.size - 3, data.y + settings.labelSize / 3);
    context.restore();
  };
}

/**
 * A PNG figure of the whole drawn graph at `scale` (1×: a 1,200-pixel-wide frame; 2×, 4×, 8× as far as WebGL
 * allows): sigma redraws the graph in a hidden renderer (@sigma/export-image) with the camera reset to frame every
 * node, sizes, labels and padding multiplied by the scale, and labels facing the centre; then the legend and the
 * citation footer are drawn under it, and the bibliography and every edge's evidence go into iTXt chunks.
 */
async function pngFigure(sigma: SigmaView, input: Drawn, scale: FigureScale) {
  const { frame } = figureFrame(sigma, input);
  const ratio = window.devicePixelRatio || 1;
  const allowed = maxFigureScale(webglMaxSide(), frame.width, frame.height, ratio);
  const s = Math.min(scale, allowed) as FigureScale;
  const settings = sigma.getSettings();
  const nodeReducer = settings.nodeReducer;
  const edgeReducer = settings.edgeReducer;
  const graphCanvas = await drawOnCanvas(sigma as unknown as Parameters<typeof drawOnCanvas>[0], {
    width: frame.width * s,
    height: frame.height * s,
    backgroundColor: BACKGROUND,
    cameraState: { x: 0.5, y: 0.5, ratio: 1, angle: 0 },
    sigmaSettings: {
      stagePadding: frame.padding * s,
      labelSize: LABEL_SIZE * s,
      edgeLabelSize: 11 * s,
      labelGridCellSize: 90 * s,
      labelRenderedSizeThreshold: LABEL_THRESHOLD * s,
      defaultDrawNodeLabel: centreFacingLabel(frame.width * s) as never,
      nodeReducer: ((key: string, data: Record<string, unknown>) => {
        const d = nodeReducer ? nodeReducer(key, data as never) : data;
        return { ...d, size: Number(d.size ?? 1) * s };
      }) as never,
      edgeReducer: ((key: string, data: Record<string, unknown>) => {
        const d = edgeReducer ? edgeReducer(key, data as never) : data;
        return { ...d, size: Number(d.size ?? 1) * s };
      }) as never,
    },
  });
  const measure = measurer(12);
  const legend = layoutLegend(legendOf(sigma, input), frame.width, measure);
  const footer = footerLines(input, frame.width, measure);
  const footerHeight = footer.length > 0 ? 12 + 18 * footer.length : 0;
  const height = frame.height + legend.height + footerHeight;
  const out = document.createElement("canvas");
  out.width = Math.round(frame.width * s * ratio);
  out.height = Math.round(height * s * ratio);
  const ctx = out.getContext("2d");
  if (!ctx) throw new Error("The browser gave no 2D canvas for the figure.");
  ctx.fillStyle = BACKGROUND;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(graphCanvas, 0, 0);
  ctx.scale(s * ratio, s * ratio);
  ctx.font = TEXT_FONT(12);
  ctx.textBaseline = "middle";
  for (const item of legend.items) {
    const y = frame.height + item.y;
    ctx.fillStyle = item.color;
    ctx.beginPath();
    ctx.arc(item.x + 6, y, 6, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = "#374151";
    ctx.fillText(item.label, item.x + 18, y);
  }
  ctx.fillStyle = "#374151";
  footer.forEach((line, i) => {
    ctx.fillText(line, 12, frame.height + legend.height + 12 + 18 * i + 9);
  });
  const blob = await new Promise<Blob>((done, fail) =>
    out.toBlob((b) => (b ? done(b) : fail(new Error("The browser could not encode the figure."))), "image/png"),
  );
  return { blob, scale: s, width: out.width, height: out.height };
}

export async function exportImage(
  format: ImageFormat,
  now: Date,
  scale: FigureScale = 2,
): Promise<{ blob: Blob; summary: string }> {
  const sigma = sigmaAtom.get();
  if (!sigma) throw new Error("The graph is not drawn yet.");
  const input = drawnInput(now);
  const counts = `${input.graph.nodes.length} nodes, ${input.graph.edges.length} edges, ${input.sources.length} sources cited`;
  const citations = citationsJson(input);
  const title = `kg-explorer view, ${input.generatedAt}`;
  if (format === "png") {
    const figure = await pngFigure(sigma, input, scale);
    const png = new Uint8Array(await figure.blob.arrayBuffer());
    const text = {
      Title: title,
      Software: "kg-explorer",
      Source: bibliographyLines(input.sources).join("\n"),
      "kg-explorer:citations": citations,
    };
    const note = figure.scale < scale ? ` (${scale}× is over this browser's WebGL limit)` : "";
    return {
      blob: new Blob([withPngText(png, text) as BlobPart], { type: "image/png" }),
      summary: `${figure.width}×${figure.height} px at ${figure.scale}×${note}, ${counts}`,
    };
  }
  const { frame } = figureFrame(sigma, input);
  const placed = new Map(frame.nodes.map((p) => [p.key, p]));
  const nodes: SvgNode[] = [];
  for (const n of input.graph.nodes) {
    const d = sigma.getNodeDisplayData(n.key);
    const p = placed.get(n.key);
    if (!d || d.hidden || !p) continue;
    const a = sigmaGraph.getNodeAttributes(n.key);
    nodes.push({
      key: n.key,
      x: p.x,
      y: p.y,
      size: d.size,
      color: d.color,
      label: d.size >= LABEL_THRESHOLD || d.forceLabel ? (d.label ?? "") : "",
      rtl: a.rtl,
      labelSide: p.labelSide,
    });
  }
  const edges: SvgEdge[] = [];
  for (const e of input.graph.edges) {
    const d = sigma.getEdgeDisplayData(e.key);
    if (!d || d.hidden) continue;
    edges.push({
      key: e.key,
      source: e.source,
      target: e.target,
      color: d.color,
      size: Math.max(0.5, d.size),
      label: d.label ?? e.attributes.type,
      evidence: evidenceOf(e.attributes),
    });
  }
  const measure = measurer(11);
  const svg = writeSvg(
    {
      width: frame.width,
      height: frame.height,
      nodes,
      edges,
      sources: input.sources,
      title,
      citations,
      legend: legendOf(sigma, input),
      footer: footerLines(input, frame.width, measure),
    },
    { labelMinSize: 0 },
    measure,
  );
  return {
    blob: new Blob([svg], { type: "image/svg+xml" }),
    summary: `${frame.width}×${frame.height} (vector), ${counts}`,
  };
}
