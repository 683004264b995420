// One ForceAtlas2 job at a time: read the graph, compute positions in a worker thread, store them on the nodes.
import type { LayoutStatus } from "@domain/contracts/layout";
import { cypher } from "../neo4j/cypherFiles";
import type { Db } from "../neo4j/driver";
import { BARNES_HUT_ABOVE, defaultIterations } from "./forceLayout";
import { readLayoutGraph } from "./readLayoutGraph";
import { runLayoutInWorker } from "./runInWorker";

export const WRITE_BATCH = 5000;

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

export function createLayoutJobs(db: Db, log: (line: string) => void = () => {}): LayoutJobs {
  let current: LayoutStatus = idleStatus();
  let running: Promise<LayoutStatus> | null = null;
  const update = (patch: Partial<LayoutStatus>) => {
    current = { ...current, ...patch };
  };

  async function run(iterations: number | undefined): Promise<LayoutStatus> {
    try {
      const graph = await readLayoutGraph(db);
      const total = iterations ?? defaultIterations(graph.input.nodes);
      update({
        phase: "computing",
        progress: WEIGHT.reading,
        nodes: graph.input.nodes,
        edges: graph.edgeCount,
        iterations: { done: 0, total },
        barnesHut: graph.input.nodes > BARNES_HUT_ABOVE,
      });
      log(`Layout: ForceAtlas2 on ${graph.input.nodes} nodes and ${graph.edgeCount} edges, ${total} iterations ...`);
      const positions = await runLayoutInWorker(graph.input, total, (done) =>
        update({ iterations: { done, total }, progress: WEIGHT.reading + (WEIGHT.computing * done) / total }),
      );
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
