// One layout job at a time: read the graph, compute positions (ForceAtlas2 in a worker, or core + neighbours at scale), store them.
import type { LayoutStatus } from "@domain/contracts/layout";
import { cypher } from "../neo4j/cypherFiles";
import type { Db } from "../neo4j/driver";
import { BARNES_HUT_ABOVE, defaultIterations } from "./forceLayout";
import { coreOf, placeByNeighbours } from "./placeByNeighbours";
import { readLayoutGraph } from "./readLayoutGraph";
import { runLayoutInWorker } from "./runInWorker";

export const WRITE_BATCH = 5000;

/**
 * Above this many nodes the whole-graph ForceAtlas2 gives way to the scale method: ForceAtlas2 on the most connected
 * SCALE_CORE_NODES, then every other node near its placed neighbours (docs/layout.md says why).
 */
export const SCALE_LAYOUT_ABOVE = 200_000;
/** Nodes of the core the scale method lays out with ForceAtlas2 (the overview the client opens on is the same size). */
export const SCALE_CORE_NODES = 20_000;
/** ForceAtlas2 iterations on the core at most, so the scale method stays bounded in time. */
export const SCALE_CORE_ITERATIONS = 100;

export interface LayoutJobOptions {
  /** Default SCALE_LAYOUT_ABOVE (tests lower it). */
  scaleAbove?: number;
  /** Default SCALE_CORE_NODES. */
  coreNodes?: number;
}

/** Share of the progress bar each phase takes. */
const WEIGHT = { reading: 0.05, computing: 0.85, writing: 0.1 };

export function idleStatus(): LayoutStatus {
  return {
    phase: "idle",
    running: false,
    progress: 0,
    nodes: 0,
    edges: 0,
    iterations: { done: 0, total: 0 },
    written: 0,
    barnesHut: false,
  };
}

export interface LayoutJobs {
  status(): LayoutStatus;
  /** Starts a job unless one is running; either way answers the current status and whether this call started it. */
  start(options?: { iterations?: number | undefined }): { started: boolean; status: LayoutStatus };
  /** Resolves when the current job (if any) has finished, with its final status. */
  settled(): Promise<LayoutStatus>;
}

export function createLayoutJobs(
  db: Db,
  log: (line: string) => void = () => {},
  options: LayoutJobOptions = {},
): LayoutJobs {
  const scaleAbove = options.scaleAbove ?? SCALE_LAYOUT_ABOVE;
  const coreNodes = options.coreNodes ?? SCALE_CORE_NODES;
  let current: LayoutStatus = idleStatus();
  let running: Promise<LayoutStatus> | null = null;
  const update = (patch: Partial<LayoutStatus>) => {
    current = { ...current, ...patch };
  };

  async function run(iterations: number | undefined): Promise<LayoutStatus> {
    try {
      const graph = await readLayoutGraph(db);
      const scale = graph.input.nodes > scaleAbove;
      const laidOut = scale ? coreOf(graph.input.nodes, graph.input.edges, graph.input.positions, coreNodes) : null;
      const forceInput = laidOut
        ? { nodes: laidOut.members.length, edges: laidOut.edges, positions: laidOut.positions }
        : graph.input;
      const total = Math.min(
        iterations ?? defaultIterations(forceInput.nodes),
        scale ? SCALE_CORE_ITERATIONS : Number.POSITIVE_INFINITY,
      );
      update({
        phase: "computing",
        progress: WEIGHT.reading,
        nodes: graph.input.nodes,
        edges: graph.edgeCount,
        iterations: { done: 0, total },
        barnesHut: forceInput.nodes > BARNES_HUT_ABOVE,
        method: scale ? "core-and-neighbours" : "forceatlas2",
      });
      log(
        scale
          ? `Layout: ForceAtlas2 on the ${forceInput.nodes} most connected of ${graph.input.nodes} nodes (${total} iterations), the rest near their neighbours ...`
          : `Layout: ForceAtlas2 on ${graph.input.nodes} nodes and ${graph.edgeCount} edges, ${total} iterations ...`,
      );
      const forced = await runLayoutInWorker(forceInput, total, (done) =>
        update({ iterations: { done, total }, progress: WEIGHT.reading + (WEIGHT.computing * done) / total }),
      );
      let positions = forced;
      if (laidOut) {
        const start = new Float64Array(graph.input.nodes * 2).fill(Number.NaN);
        laidOut.members.forEach((g, k) => {
          start[2 * g] = forced[2 * k] as number;
          start[2 * g + 1] = forced[2 * k + 1] as number;
        });
        positions = placeByNeighbours({ nodes: graph.input.nodes, edges: graph.input.edges, positions: start });
      }
      update({ phase: "writing", progress: WEIGHT.reading + WEIGHT.computing });
      for (let start = 0; start < graph.ids.length; start += WRITE_BATCH) {
        const rows = graph.ids.slice(start, start + WRITE_BATCH).map((id, k) => ({
          id,
          x: positions[2 * (start + k)] ?? 0,
          y: positions[2 * (start + k) + 1] ?? 0,
        }));
        await db.write(cypher("layout/write-positions"), { rows });
        const written = start + rows.length;
        update({
          written,
          progress: WEIGHT.reading + WEIGHT.computing + (WEIGHT.writing * written) / graph.ids.length,
        });
      }
      update({ phase: "done", running: false, progress: 1, finishedAt: new Date().toISOString() });
    } catch (error) {
      update({
        phase: "failed",
        running: false,
        finishedAt: new Date().toISOString(),
        error: error instanceof Error ? error.message : String(error),
      });
    }
    return current;
  }

  return {
    status: () => current,
    start(options = {}) {
      if (current.running) return { started: false, status: current };
      current = { ...idleStatus(), phase: "reading", running: true, startedAt: new Date().toISOString() };
      running = run(options.iterations);
      return { started: true, status: current };
    },
    settled: () => running ?? Promise.resolve(current),
  };
}
