// The result as a graph: a small sigma preview of what the query returned, laid out on its own, before it goes to the canvas.

import type { WireGraph } from "@domain/contracts/wire";
import { MultiDirectedGraph } from "graphology";
import { useEffect, useRef } from "react";
import Sigma from "sigma";
import { colorForType, EDGE_COLOR } from "../../core/appearance/palette";
import { isRtl } from "../../core/appearance/text";
import type { Language } from "../../core/appearance/types";
import { nodeLabel, scaleSize } from "../../core/appearance/utils";
import { initialIterations, initialLayout } from "../../core/positions/utils";
import { attachLabelLayer, collectNodeLabel, drawNodeHalo, LABEL_FONT } from "../../core/sigma/labelLayer";

/** A graph sigma can draw: colours by type, sizes by degree, labels in the chosen language, laid out once. */
export function previewGraph(wire: WireGraph, language: Language) {
  const graph = new MultiDirectedGraph({ allowSelfLoops: true });
  for (const n of wire.nodes) {
    const label = nodeLabel(n.attributes, language);
    graph.addNode(n.key, { label, rtl: isRtl(label), kind: n.attributes.kind, color: colorForType(n.attributes.type) });
  }
  for (const e of wire.edges) {
    if (graph.hasNode(e.source) && graph.hasNode(e.target))
      graph.addEdgeWithKey(e.key, e.source, e.target, { color: EDGE_COLOR, size: 1 });
  }
  let max = 0;
  graph.forEachNode((key) => {
    max = Math.max(max, graph.degree(key));
  });
  graph.forEachNode((key) => graph.mergeNodeAttributes(key, { size: scaleSize(graph.degree(key), max) * 0.8 }));
  const positions = initialLayout(graph, Math.min(150, initialIterations(graph.order)));
  graph.forEachNode((key) => graph.mergeNodeAttributes(key, positions[key] ?? { x: 0, y: 0 }));
  return graph;
}

/**
 * The preview keeps one sigma (its WebGL context and compiled programs) for as long as the results pane shows a graph,
 * and swaps in each new result with `setGraph`: building a new sigma per run compiled its shaders again on every run,
 * the main cost between the server's answer and the result on screen. `onShown` is called once `graph` is drawn.
 */
export function ResultGraph({
  graph,
  language,
  onShown,
}: {
  graph: WireGraph;
  language: Language;
  onShown?: (graph: WireGraph) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma | null>(null);
  const shownRef = useRef(onShown);
  shownRef.current = onShown;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const sigma = new Sigma(new MultiDirectedGraph({ allowSelfLoops: true }), element, {
      allowInvalidContainer: true,
      defaultEdgeType: "arrow",
      labelFont: LABEL_FONT,
      labelSize: 11,
      labelDensity: 50,
      labelRenderedSizeThreshold: 0,
      defaultDrawNodeLabel: collectNodeLabel,
      defaultDrawNodeHover: drawNodeHalo,
      stagePadding: 20,
    });
    const detach = attachLabelLayer(sigma);
    sigmaRef.current = sigma;
    return () => {
      sigmaRef.current = null;
      detach();
      sigma.kill();
    };
  }, []);

  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma) return;
    sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    // setGraph draws at once (sigma refreshes in it), so "done" follows a drawn preview.
    sigma.setGraph(previewGraph(graph, language));
    // What the preview has drawn, on its element at once (not through React), for tests and assistive checks.
    sigma.getContainer().dataset.drawnNodes = String(sigma.getGraph().order);
    shownRef.current?.(graph);
  }, [graph, language]);

  return <div className="result-graph" ref={container} data-testid="result-graph" />;
}
