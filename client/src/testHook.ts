// Read-only view of the explorer's state on window.__kg, for browser tests and the bench: only in a build made with
// VITE_KG_TEST_HOOK=1 (test/e2e/app.ts, the bench), never in `npm run build`.
import { appearanceAtom } from "./core/appearance";
import { graphDatasetAtom } from "./core/dataset";
import { filtersAtom } from "./core/filters";
import { healthAtom } from "./core/health";
import { historyAtom } from "./core/history";
import { layoutAtom } from "./core/layout";
import { readerAtom } from "./core/reader";
import { selectionAtom } from "./core/selection";
import { renderStats, sigmaAtom, sigmaGraph } from "./core/sigma";
import { labelStats } from "./core/sigma/labelLayer";
import { traceAtom } from "./core/trace";
import { activePath, otherPaths } from "./core/trace/utils";
import { workspaceAtom } from "./core/workspace";

export interface KgSnapshot {
  status: string;
  dataNodes: number;
  dataEdges: number;
  nodes: number;
  edges: number;
  frames: number;
  /** Nodes whose neighbors were fetched onto the canvas (expanded), in no set order. */
  expansions: string[];
  selected: { kind: string; id: string } | null;
  hoveredNode: string | null;
  language: string;
  layoutRunning: boolean;
  undoable: number;
  redoable: number;
  /** `pathEdges`: each listed path's edge keys, the active one first. */
  trace: { status: string; paths: number; activeNodes: string[]; pathEdges: string[][] };
  reader: { sourceId: string | null; status: string };
  health: { api: boolean; neo4j: boolean };
  /** The Cypher workspace: its last run and how many queries built the canvas. */
  workspace: {
    open: boolean;
    status: string;
    rows: number;
    /** The result's view has drawn it: the drawer says "done" only then. */
    shown: boolean;
    /** Property keys the editor's completion knows (0 until the schema has loaded). */
    propertyKeys: number;
    nodes: number;
    /** The cap the last answer hit first (rows, bytes, nodes), or null when it was whole. */
    truncatedReason: string | null;
    error: string | null;
    canvasSteps: number;
  };
  filters: {
    hiddenNodeTypes: string[];
    hiddenRelationTypes: string[];
    singleSourceOnly: boolean;
    supportHighlight: string;
    hideIsolated: boolean;
    /** The timeline's range in months since year 0, or null for none. */
    period: { from: number; to: number } | null;
  };
  camera: { x: number; y: number; ratio: number; angle: number } | null;
  /** The size sigma draws at, in CSS pixels. */
  canvas: { width: number; height: number } | null;
}

/** A node label as drawn on the canvas, CSS pixels of the canvas, with its node's centre and radius. */
export interface KgLabelBox {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  rtl: boolean;
  nodeX: number;
  nodeY: number;
  nodeRadius: number;
}

export interface KgTestHook {
  /** The state the tests and the bench poll, as often as every animation frame: nothing in it walks the graph. */
  snapshot(): KgSnapshot;
  /** How many of the edges sigma draws are curved (parallel edges); walks every edge. */
  curvedEdges(): number;
  /** Where a node is drawn, in CSS pixels of the page (for mouse events); null when it is not drawn. */
  nodeOnPage(id: string): { x: number; y: number } | null;
  hasNode(id: string): boolean;
  /** Keys of the nodes sigma draws, sorted. */
  visibleNodes(): string[];
  /** The edges sigma draws, each with its two ends, sorted by key. */
  visibleEdges(): { key: string; source: string; target: string }[];
  /** Every claim of the data graph with its period as the data carries it (null where it has none). */
  claimPeriods(): { key: string; start: string | null; end: string | null }[];
  /** A node's position in graph coordinates. */
  nodePosition(id: string): { x: number; y: number } | null;
  /** The node labels of the last frame and the canvas they were drawn on. */
  labels(): { width: number; height: number; boxes: KgLabelBox[] };
  /** Moves the camera at once (no animation). */
  setCamera(state: { x: number; y: number; ratio: number; angle: number }): void;
  /** The colour sigma draws an edge in after the reducers, or null when it is hidden or not drawn. */
  edgeColor(key: string): string | null;
}

declare global {
  interface Window {
    __kg?: KgTestHook;
  }
}

export function exposeTestHook(): void {
  window.__kg = {
    snapshot() {
      const data = graphDatasetAtom.get();
      const selection = selectionAtom.get();
      const trace = traceAtom.get();
      const history = historyAtom.get();
      const health = healthAtom.get();
      const workspace = workspaceAtom.get();
      const filters = filtersAtom.get();
      return {
        status: data.status,
        dataNodes: data.graph.order,
        dataEdges: data.graph.size,
        nodes: sigmaGraph.order,
        edges: sigmaGraph.size,
        frames: renderStats.frames,
        expansions: Object.keys(data.expansions),
        selected: selection.selected ? { ...selection.selected } : null,
        hoveredNode: selection.hoveredNode,
        language: appearanceAtom.get().language,
        layoutRunning: layoutAtom.get().running,
        undoable: history.past.length,
        redoable: history.future.length,
        trace: {
          status: trace.status,
          paths: trace.result?.paths.length ?? 0,
          activeNodes: activePath(trace)?.nodes ?? [],
          pathEdges: [activePath(trace), ...otherPaths(trace)]
            .filter((p) => p !== null)
            .map((p) => p.steps.map((step) => step.key)),
        },
        reader: { sourceId: readerAtom.get().sourceId, status: readerAtom.get().status },
        health: { api: health.api, neo4j: health.neo4j },
        workspace: {
          open: workspace.open,
          status: workspace.status,
          rows: workspace.result?.rows.length ?? 0,
          shown: workspace.shown,
          propertyKeys: workspace.schema?.propertyKeys.length ?? 0,
          nodes: workspace.result?.graph.nodes.length ?? 0,
          truncatedReason: workspace.result?.truncatedReason ?? null,
          error: workspace.error?.code ?? null,
          canvasSteps: data.steps.length,
        },
        filters: {
          hiddenNodeTypes: [...filters.hiddenNodeTypes],
          hiddenRelationTypes: [...filters.hiddenRelationTypes],
          singleSourceOnly: filters.singleSourceOnly,
          supportHighlight: filters.supportHighlight,
          hideIsolated: filters.hideIsolated,
          period: filters.period ? { ...filters.period } : null,
        },
        camera: sigmaAtom.get()?.getCamera().getState() ?? null,
        canvas: sigmaAtom.get()?.getDimensions() ?? null,
      };
    },
    nodeOnPage(id) {
      const sigma = sigmaAtom.get();
      if (!sigma || !sigmaGraph.hasNode(id)) return null;
      const a = sigmaGraph.getNodeAttributes(id);
      const p = sigma.graphToViewport({ x: a.x, y: a.y });
      const box = sigma.getContainer().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    curvedEdges: () => sigmaGraph.filterEdges((_key, a) => a.type === "curvedArrow").length,
    hasNode: (id) => sigmaGraph.hasNode(id),
    visibleNodes: () => sigmaGraph.nodes().sort(),
    visibleEdges: () =>
      sigmaGraph
        .edges()
        .sort()
        .map((key) => ({ key, source: sigmaGraph.source(key), target: sigmaGraph.target(key) })),
    claimPeriods() {
      const graph = graphDatasetAtom.get().graph;
      return graph
        .filterNodes((_k, a) => a.kind === "claim")
        .map((key) => {
          const a = graph.getNodeAttributes(key);
          return { key, start: a.periodStart ?? null, end: a.periodEnd ?? null };
        });
    },
    labels() {
      const sigma = sigmaAtom.get();
      const boxes: KgLabelBox[] = [];
      for (const l of labelStats.placed) {
        const d = sigma?.getNodeDisplayData(l.key);
        const p = d && sigma ? sigma.framedGraphToViewport(d) : { x: Number.NaN, y: Number.NaN };
        const nodeRadius = d && sigma ? sigma.scaleSize(d.size) : Number.NaN;
        boxes.push({
          key: l.key,
          x: l.x,
          y: l.y,
          width: l.width,
          height: l.height,
          rtl: l.rtl,
          nodeX: p.x,
          nodeY: p.y,
          nodeRadius,
        });
      }
      return { width: labelStats.width, height: labelStats.height, boxes };
    },
    setCamera(state) {
      sigmaAtom.get()?.getCamera().setState(state);
    },
    edgeColor(key) {
      const d = sigmaAtom.get()?.getEdgeDisplayData(key);
      return d && !d.hidden ? d.color : null;
    },
    nodePosition(id) {
      if (!sigmaGraph.hasNode(id)) return null;
      const a = sigmaGraph.getNodeAttributes(id);
      return { x: a.x, y: a.y };
    },
  };
}
