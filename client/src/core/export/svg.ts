// SVG writer for the drawn view: edges with arrowheads, nodes, labels; every edge's evidence in its <title>, the bibliography below.
import type { CitedSource } from "@domain/contracts/api";
import { escapeXml } from "@domain/export/writers/xml";
import type { Evidence } from "@domain/model/evidence";
import { bibliographyLines } from "./citations";
import { type LegendEntry, layoutLegend } from "./figure";

export interface SvgNode {
  key: string;
  /** Viewport pixels. */
  x: number;
  y: number;
  /** Radius in pixels. */
  size: number;
  color: string;
  label: string;
  rtl: boolean;
  /** Label right of the disc (default) or left of it, towards the frame's centre (figure.ts). */
  labelSide?: "right" | "left";
}

export interface SvgEdge {
  key: string;
  source: string;
  target: string;
  color: string;
  /** Stroke width in pixels. */
  size: number;
  label: string;
  evidence: readonly Evidence[];
}

export interface SvgInput {
  width: number;
  height: number;
  nodes: readonly SvgNode[];
  edges: readonly SvgEdge[];
  sources: readonly CitedSource[];
  title: string;
  /** JSON of the citations (see citations.ts), kept in <metadata>. */
  citations: string;
  /** Node types with their colours, drawn under the graph. */
  legend?: readonly LegendEntry[];
  /** The footer's lines, already wrapped to the width (figure.ts wrapText); the bibliography lines when absent. */
  footer?: readonly string[];
}

export interface SvgOptions {
  background: string;
  font: string;
  labelSize: number;
  /** Label nodes at least this large (pixels). */
  labelMinSize: number;
}

export const DEFAULT_SVG_OPTIONS: SvgOptions = {
  background: "#ffffff",
  font: "Noto Sans, Noto Naskh Arabic, sans-serif",
  labelSize: 12,
  labelMinSize: 6,
};

const LINE_HEIGHT = 16;
const n2 = (v: number) => Number(v.toFixed(2));

/** The quotes behind an edge, one per line, for its tooltip. */
export function edgeTitle(edge: SvgEdge): string {
  const quotes = edge.evidence.map(
    (e) => `«${e.quote}» (${e.sourceId}, ${e.start}–${e.end})${e.gloss ? ` — ${e.gloss}` : ""}`,
  );
  return [edge.label, ...quotes].join("\n");
}

function arrowHead(from: SvgNode, to: SvgNode, width: number): string | null {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length <= to.size + 1) return null;
  const ux = dx / length;
  const uy = dy / length;
  const tipX = to.x - ux * to.size;
  const tipY = to.y - uy * to.size;
  const head = Math.max(6, width * 3);
  const baseX = tipX - ux * head;
  const baseY = tipY - uy * head;
  const half = head / 2;
  return `${n2(tipX)},${n2(tipY)} ${n2(baseX - uy * half)},${n2(baseY + ux * half)} ${n2(baseX + uy * half)},${n2(baseY - ux * half)}`;
}

/** A text's width in pixels, estimated from its length when no canvas measured it (0.6 em a character). */
const estimateWidth = (size: number) => (text: string) => text.length * size * 0.6;

export function writeSvg(
  input: SvgInput,
  options: Partial<SvgOptions> = {},
  measure: (text: string) => number = estimateWidth(11),
): string {
  const o = { ...DEFAULT_SVG_OPTIONS, ...options };
  const lines = input.footer ?? bibliographyLines(input.sources);
  const legend = layoutLegend(input.legend ?? [], input.width, measure, { textSize: 11, lineHeight: LINE_HEIGHT });
  const legendTop = input.height;
  const footerTop = legendTop + legend.height;
  const footer = lines.length > 0 ? 16 + LINE_HEIGHT * (lines.length + 1) : 0;
  const height = footerTop + footer;
  const byKey = new Map(input.nodes.map((n) => [n.key, n]));
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>\n');
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${input.width}" height="${height}" viewBox="0 0 ${input.width} ${height}" font-family="${escapeXml(o.font)}">\n`,
  );
  out.push(`<title>${escapeXml(input.title)}</title>\n`);
  out.push(`<metadata id="kg-citations">${escapeXml(input.citations)}</metadata>\n`);
  out.push(`<rect width="100%" height="100%" fill="${escapeXml(o.background)}"/>\n<g class="edges">\n`);
  for (const e of input.edges) {
    const s = byKey.get(e.source);
    const t = byKey.get(e.target);
    if (!s || !t) continue;
    const head = arrowHead(s, t, e.size);
    out.push(`<g class="edge" data-key="${escapeXml(e.key)}"><title>${escapeXml(edgeTitle(e))}</title>`);
    out.push(
      `<line x1="${n2(s.x)}" y1="${n2(s.y)}" x2="${n2(t.x)}" y2="${n2(t.y)}" stroke="${escapeXml(e.color)}" stroke-width="${n2(e.size)}"/>`,
    );
    if (head) out.push(`<polygon points="${head}" fill="${escapeXml(e.color)}"/>`);
    out.push("</g>\n");
  }
  out.push('</g>\n<g class="nodes">\n');
  for (const n of input.nodes) {
    out.push(
      `<circle data-key="${escapeXml(n.key)}" cx="${n2(n.x)}" cy="${n2(n.y)}" r="${n2(n.size)}" fill="${escapeXml(n.color)}"><title>${escapeXml(n.label)}</title></circle>\n`,
    );
  }
  out.push(`</g>\n<g class="labels" font-size="${o.labelSize}" fill="#1f2937">\n`);
  for (const n of input.nodes) {
    if (n.size < o.labelMinSize || n.label === "") continue;
    // A label on the left ends just left of its disc: anchored at its end, whatever its script's direction.
    const left = n.labelSide === "left";
    const x = n2(left ? n.x - n.size - 3 : n.x + n.size + 3);
    const direction = n.rtl ? ' direction="rtl" unicode-bidi="embed"' : "";
    const anchor = left !== n.rtl ? ' text-anchor="end"' : "";
    out.push(`<text x="${x}" y="${n2(n.y + o.labelSize / 3)}"${direction}${anchor}>${escapeXml(n.label)}</text>\n`);
  }
  out.push("</g>\n");
  if (legend.items.length > 0) {
    out.push(`<g class="legend" font-size="11" fill="#374151">\n`);
    for (const item of legend.items) {
      const y = legendTop + item.y;
      out.push(
        `<circle cx="${n2(item.x + 5)}" cy="${n2(y)}" r="5" fill="${escapeXml(item.color)}"/><text x="${n2(item.x + 14)}" y="${n2(y + 4)}">${escapeXml(item.label)}</text>\n`,
      );
    }
    out.push("</g>\n");
  }
  if (lines.length > 0) {
    out.push(`<g class="bibliography" font-size="11" fill="#374151">\n`);
    out.push(`<text x="12" y="${footerTop + 16}" font-weight="600">Sources cited</text>\n`);
    lines.forEach((line, i) => {
      out.push(`<text x="12" y="${footerTop + 16 + LINE_HEIGHT * (i + 1)}">${escapeXml(line)}</text>\n`);
    });
    out.push("</g>\n");
  }
  out.push("</svg>\n");
  return out.join("");
}
