// The one component that owns the Sigma renderer: settings, reducers bound to the highlight context, and events.
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { useEffect, useRef } from "react";
import Sigma from "sigma";
import { DEFAULT_EDGE_PROGRAM_CLASSES } from "sigma/settings";
import { highlightAtom } from "../../core/chain/index";
import { graphDatasetAtom } from "../../core/dataset";
import { selectEdge, selectNode, unselect } from "../../core/exploration";
import { expandNode } from "../../core/exploration/index";
import { killForceAtlas2 } from "../../core/layout";
import { bindLargeGraphSettings } from "../../core/scale";
import { selectionAtom } from "../../core/selection";
import {
  edgeDisplay,
  hoverEdge,
  hoverNode,
  needsReducers,
  nodeDisplay,
  restyleScope,
} from "../../core/selection/utils";
import { renderStats, type SigmaEdge, type SigmaNode, sigmaAtom, sigmaGraph } from "../../core/sigma";
import { FIT_RATIO } from "../../core/sigma/camera";
import {
  attachLabelLayer,
  collectNodeLabel,
  drawNodeHalo,
  LABEL_FONT,
  LABEL_SIZE,
  labelStats,
} from "../../core/sigma/labelLayer";
import { isLargeGraph } from "../../core/sigma/utils";

/** The settings the large-graph mode switches off and back on (core/scale); written once, used at both places. */
const NORMAL_SETTINGS = {
  hideEdgesOnMove: false,
  hideLabelsOnMove: false,
  renderEdgeLabels: true,
  enableEdgeEvents: true,
  // Every node is a label candidate; the label layer (core/sigma/labelLayer.ts) decides what has room.
  labelRenderedSizeThreshold: 0,
  labelDensity: 50,
  edgeProgramClasses: { ...DEFAULT_EDGE_PROGRAM_CLASSES, curvedArrow: EdgeCurvedArrowProgram },
};

export function GraphCanvas() {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let context = highlightAtom.get();
    // sigma hands each reducer its own shallow copy of the attributes: the display data is written into it, and an
    // edge's ends are looked up only when a node is in focus (a restyle runs these for every node and edge).
    const noEnds = { source: "", target: "" };
    const nodeReducer = (key: string, data: SigmaNode) => nodeDisplay(key, data, context, data);
    const edgeReducer = (key: string, data: SigmaEdge) => {
      const ends = context.focus === null ? noEnds : { source: sigmaGraph.source(key), target: sigmaGraph.target(key) };
      return edgeDisplay(key, data, ends, context, data);
    };
    const sigma = new Sigma<SigmaNode, SigmaEdge>(sigmaGraph, element, {
      ...NORMAL_SETTINGS,
      allowInvalidContainer: true,
      zIndex: true,
      defaultEdgeType: "arrow",
      labelFont: LABEL_FONT,
      labelSize: LABEL_SIZE,
      labelWeight: "500",
      labelColor: { color: "#1f2937" },
      labelGridCellSize: 90,
      edgeLabelFont: LABEL_FONT,
      edgeLabelSize: 11,
      edgeLabelColor: { color: "#374151" },
      defaultDrawNodeLabel: collectNodeLabel,
      defaultDrawNodeHover: drawNodeHalo,
      minCameraRatio: 0.03,
      maxCameraRatio: 8,
      stagePadding: 40,
      nodeReducer,
      edgeReducer,
    });
    // sigma draws its first frame inside the constructor, before any listener could be attached.
    renderStats.frames += 1;
    sigma.on("afterRender", () => {
      renderStats.frames += 1;
    });
    // Labels are placed by priority after each frame; what was drawn is kept for the test hook.
    const detachLabels = attachLabelLayer(sigma, (placed, size) => {
      labelStats.placed = placed;
      labelStats.width = size.width;
      labelStats.height = size.height;
    });
    sigma.getCamera().setState({ ratio: FIT_RATIO });
    sigmaAtom.set(sigma);
    // Above the large-graph threshold: plain lines, no labels or edges while moving (core/scale).
    const unbindLarge = bindLargeGraphSettings(sigma, NORMAL_SETTINGS);

    // Reducers only when they change what is drawn (selection/utils.ts); switching them re-indexes, as a refresh would.
    let reducing = true;
    const switchReducers = (): boolean => {
      const next = needsReducers(isLargeGraph(graphDatasetAtom.get().graph.order), context);
      if (next === reducing) return false;
      reducing = next;
      sigma.setSettings(next ? { nodeReducer, edgeReducer } : { nodeReducer: null, edgeReducer: null });
      return true;
    };
    switchReducers();
    const unbindReducers = graphDatasetAtom.subscribe(switchReducers);
    // Restyling re-runs the reducers over every node and edge: once per frame at most, however many hover and
    // selection changes arrive in it, and only over the nodes whose display changed when that is a few
    // (restyleScope: the pointer entering the selected node).
    let restyleFrame = 0;
    let drawn = context;
    const unsubscribe = highlightAtom.subscribe((next) => {
      context = next;
      if (restyleFrame) return;
      restyleFrame = requestAnimationFrame(() => {
        restyleFrame = 0;
        const scope = restyleScope(drawn, context);
        drawn = context;
        // Without reducers (a large graph, nothing emphasised) there is nothing to restyle: a new data graph alone
        // also changes the context, and sigma has already drawn it.
        if (switchReducers() || !reducing) return;
        if (scope === "all") sigma.refresh({ skipIndexation: true });
        else {
          const nodes = scope.filter((key) => sigmaGraph.hasNode(key));
          if (nodes.length > 0) sigma.refresh({ partialGraph: { nodes }, skipIndexation: true });
        }
      });
    });

    // Dragging a node moves it; a drag is not a click.
    let dragged: string | null = null;
    let moved = false;
    sigma.on("downNode", (e) => {
      dragged = e.node;
      moved = false;
    });
    const captor = sigma.getMouseCaptor();
    captor.on("mousemovebody", (e) => {
      if (!dragged) return;
      const point = sigma.viewportToGraph(e);
      sigmaGraph.mergeNodeAttributes(dragged, { x: point.x, y: point.y });
      moved = true;
      e.preventSigmaDefault();
      e.original.preventDefault();
      e.original.stopPropagation();
    });
    captor.on("mouseup", () => {
      dragged = null;
    });

    sigma.on("clickNode", (e) => {
      if (!moved) selectNode(e.node);
    });
    sigma.on("clickEdge", (e) => selectEdge(e.edge));
    sigma.on("clickStage", () => {
      if (!moved) unselect();
      moved = false;
    });
    sigma.on("doubleClickNode", (e) => {
      e.preventSigmaDefault();
      void expandNode(e.node);
    });
    sigma.on("enterNode", (e) => {
      selectionAtom.set(hoverNode(e.node));
      element.classList.add("pointer");
    });
    sigma.on("leaveNode", () => {
      selectionAtom.set(hoverNode(null));
      element.classList.remove("pointer");
    });
    sigma.on("enterEdge", (e) => {
      selectionAtom.set(hoverEdge(e.edge));
      element.classList.add("pointer");
    });
    sigma.on("leaveEdge", () => {
      selectionAtom.set(hoverEdge(null));
      element.classList.remove("pointer");
    });

    // sigma watches only the window; panels folding, the drawer resizing and overlays change the canvas's box too.
    // A new size needs the label grid and the programs rebuilt (sigma's process), not the reducers re-run over every
    // node and edge: an empty partial refresh does just that at the next frame. A size sigma has already drawn at (its
    // own render reads the box first, e.g. a restyle in the frame a panel opened) needs nothing.
    const observer = new ResizeObserver(() => {
      const size = sigma.getDimensions();
      if (element.offsetWidth === size.width && element.offsetHeight === size.height) return;
      sigma.refresh({ partialGraph: { nodes: [], edges: [] }, schedule: true });
    });
    observer.observe(element);

    return () => {
      detachLabels();
      observer.disconnect();
      unbindLarge();
      unbindReducers();
      unsubscribe();
      cancelAnimationFrame(restyleFrame);
      killForceAtlas2();
      sigmaAtom.set(null);
      sigma.kill();
    };
  }, []);

  return <div className="graph-canvas" ref={container} data-testid="graph-canvas" />;
}
