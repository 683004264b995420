// PNG (@sigma/export-image) and SVG of the drawn view, both carrying the bibliography and every drawn edge's evidence.

import type { ImageFormat } from "@domain/export/formats";
import { evidenceOf } from "@domain/export/types";
import { toBlob } from "@sigma/export-image";
import { visibleAtom } from "../chain/index";
import { graphDatasetAtom } from "../dataset";
import { sourcesAtom } from "../reader";
import { sigmaAtom, sigmaGraph } from "../sigma";
import { drawLabelLayer } from "../sigma/labelLayer";
import { bibliographyLines, citationsJson } from "./citations";
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

export async function exportImage(format: ImageFormat, now: Date): Promise<{ blob: Blob; summary: string }> {
  const sigma = sigmaAtom.get();
  if (!sigma) throw new Error("The graph is not drawn yet.");
  const input = drawnInput(now);
  const summary = `${input.graph.nodes.length} nodes, ${input.graph.edges.length} edges, ${input.sources.length} sources cited`;
  const citations = citationsJson(input);
  const title = `kg-explorer view, ${input.generatedAt}`;
  if (format === "png") {
    // @sigma/export-image is typed for a Sigma of plain attributes; ours is a Sigma of typed ones.
    // The copy export-image draws from lays its labels out as the canvas does (core/sigma/labelLayer.ts).
    const drawn = await toBlob(sigma as unknown as Parameters<typeof toBlob>[0], {
      format: "png",
      backgroundColor: BACKGROUND,
      withTempRenderer: (renderer) => {
        drawLabelLayer(renderer);
      },
    });
    const png = new Uint8Array(await drawn.arrayBuffer());
    const text = {
      Title: title,
      Software: "kg-explorer",
      Source: bibliographyLines(input.sources).join("\n"),
      "kg-explorer:citations": citations,
    };
    return { blob: new Blob([withPngText(png, text) as BlobPart], { type: "image/png" }), summary };
  }
  const { width, height } = sigma.getDimensions();
  const nodes: SvgNode[] = [];
  for (const n of input.graph.nodes) {
    const d = sigma.getNodeDisplayData(n.key);
    if (!d || d.hidden) continue;
    const p = sigma.framedGraphToViewport({ x: d.x, y: d.y });
    const a = sigmaGraph.getNodeAttributes(n.key);
    nodes.push({
      key: n.key,
      x: p.x,
      y: p.y,
      size: sigma.scaleSize(d.size),
      color: d.color,
      label: d.label ?? "",
      rtl: a.rtl,
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
      size: Math.max(0.5, sigma.scaleSize(d.size)),
      label: d.label ?? e.attributes.type,
      evidence: evidenceOf(e.attributes),
    });
  }
  const svg = writeSvg({ width, height, nodes, edges, sources: input.sources, title, citations });
  return { blob: new Blob([svg], { type: "image/svg+xml" }), summary };
}
