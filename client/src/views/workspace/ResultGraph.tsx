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

export function ResultGraph({ graph, language }: { graph: WireGraph; language: Language }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element || graph.nodes.length === 0) return;
    const sigma = new Sigma(previewGraph(graph, language), element, {
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
    sigma.refresh();
    return () => {
      detach();
      sigma.kill();
    };
  }, [graph, language]);
  return <div className="result-graph" ref={container} data-testid="result-graph" />;
}
