// The export store and its actions: gather the scope with how it is drawn, write it (in a worker), and download it.
import type { ExportFormat } from "@domain/contracts/api";
import type { WireGraph } from "@domain/contracts/wire";
import { exportFileName } from "@domain/export/formats";
import type { ExportInput } from "@domain/export/types";
import { StableId } from "@domain/model/ids";
import { describeError } from "../../api/errors";
import { downloadExport } from "../../api/workspace";
import { colorForType } from "../appearance/palette";
import { MIN_NODE_SIZE } from "../appearance/utils";
import { visibleAtom } from "../chain/index";
import { graphDatasetAtom } from "../dataset";
import { notify } from "../notices";
import { sourcesAtom } from "../reader";
import { selectionAtom } from "../selection";
import { sigmaGraph } from "../sigma";
import { atom } from "../utils/atoms";
import { workspaceAtom } from "../workspace";
import type { WorkerReply } from "./exportWorker";
import { exportImage } from "./image";
import { buildExportInput, type Looks } from "./input";
import { selectionKeys, wireOf } from "./scope";
import type { ExportScope } from "./types";
import {
  exportFailed,
  exportFinished,
  exportProgressed,
  exportStarted,
  formatBytes,
  getEmptyExportState,
} from "./utils";
import { writeDataFile } from "./writers";

export const exportAtom = atom(getEmptyExportState());

/** How the canvas draws each node and edge; nodes not drawn get their type's colour and no position. */
export const canvasLooks: Looks = {
  node(key, attributes) {
    if (sigmaGraph.hasNode(key)) {
      const a = sigmaGraph.getNodeAttributes(key);
      return { x: a.x, y: a.y, color: a.color, size: a.size };
    }
    return typeof attributes.type === "string"
      ? { color: colorForType(attributes.type), size: MIN_NODE_SIZE }
      : undefined;
  },
  edge(key) {
    if (!sigmaGraph.hasEdge(key)) return undefined;
    const a = sigmaGraph.getEdgeAttributes(key);
    return { color: a.color, size: a.size };
  },
};

/** The graph of a scope, or why there is none. */
export function scopeGraph(scope: ExportScope): WireGraph | string {
  const data = graphDatasetAtom.get().graph;
  const visible = visibleAtom.get();
  if (scope === "view") return visible.nodes.size > 0 ? wireOf(data, visible) : "The view is empty.";
  if (scope === "selection") {
    const keys = selectionKeys(data, visible, selectionAtom.get().selected);
    return keys ? wireOf(data, keys) : "Select a node or an edge on the canvas first.";
  }
  const result = workspaceAtom.get().result;
  return result && result.graph.nodes.length > 0 ? result.graph : "Run a query that returns nodes first.";
}

function writeInWorker(format: ExportFormat, input: ExportInput, onProgress: (f: number) => void): Promise<Blob> {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./exportWorker.ts", import.meta.url), { type: "module" });
  } catch {
    const file = writeDataFile(format, input, onProgress);
    return Promise.resolve(new Blob(file.parts as BlobPart[], { type: file.contentType }));
  }
  return new Promise<Blob>((done, fail) => {
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === "progress") onProgress(reply.fraction);
      else {
        worker.terminate();
        if (reply.type === "done") done(reply.blob);
        else fail(new Error(reply.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      fail(new Error(event.message || "The export worker failed."));
    };
    worker.postMessage({ format, input });
  });
}

/** Downloads a blob under a name, through a temporary link (no navigation, nothing inline). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

const LABEL: Record<ExportFormat, string> = {
  gexf: "GEXF",
  graphml: "GraphML",
  json: "graphology JSON",
  csv: "CSV",
  cypher: "Cypher script",
  "neo4j-admin": "neo4j-admin zip",
};

/** Exports the chosen scope in the chosen format; images are of the drawn view. */
export async function runExport(now = new Date()): Promise<void> {
  const { scope, format, status, scale } = exportAtom.get();
  if (status === "running") return;
  if (format === "png" || format === "svg") {
    exportAtom.set(exportStarted(`Drawing ${format.toUpperCase()}`));
    try {
      const { blob, summary } = await exportImage(format, now, scale);
      const name = exportFileName(format, now);
      saveBlob(blob, name);
      exportAtom.set(exportFinished(`Saved ${name} (${formatBytes(blob.size)}): ${summary}.`));
    } catch (error) {
      exportAtom.set(exportFailed(`The ${format.toUpperCase()} export failed: ${describeError(error)}`));
    }
    return;
  }
  const graph = scopeGraph(scope);
  if (typeof graph === "string") {
    exportAtom.set(exportFailed(graph));
    return;
  }
  if (REBUILDING_FORMATS.has(format)) {
    await runRebuildExport(format, graph);
    return;
  }
  exportAtom.set(exportStarted(`Writing ${LABEL[format]}`));
  try {
    const input = buildExportInput(graph, canvasLooks, sourcesAtom.get(), now.toISOString());
    const blob = await writeInWorker(format, input, (fraction) =>
      exportAtom.set(exportProgressed({ phase: `Writing ${LABEL[format]}`, fraction })),
    );
    const name = exportFileName(format, now);
    saveBlob(blob, name);
    const counts = `${graph.nodes.length} nodes, ${graph.edges.length} edges, ${input.sources.length} sources cited`;
    exportAtom.set(exportFinished(`Saved ${name} (${formatBytes(blob.size)}): ${counts}.`));
  } catch (error) {
    exportAtom.set(exportFailed(`The ${LABEL[format]} export failed: ${describeError(error)}`));
  }
}

/**
 * Formats that rebuild a database need every stored property (search keys, translations, cited works, types as
 * stored), which only the server holds: the browser asks the server for the scope's nodes by id and the edges
 * between them.
 */
const REBUILDING_FORMATS: ReadonlySet<ExportFormat> = new Set(["cypher", "neo4j-admin"]);

async function runRebuildExport(format: ExportFormat, graph: WireGraph): Promise<void> {
  const ids = graph.nodes.map((n) => n.key).filter((key) => StableId.safeParse(key).success);
  if (ids.length === 0) {
    exportAtom.set(exportFailed("No node of this scope has a stable id to export."));
    return;
  }
  exportAtom.set(exportStarted("Waiting for the server"));
  try {
    const { blob, fileName } = await downloadExport(
      { format, select: { by: "ids", ids }, includeClaims: false },
      (received) => exportAtom.set(exportProgressed({ phase: `Received ${formatBytes(received)}`, fraction: null })),
    );
    saveBlob(blob, fileName);
    exportAtom.set(exportFinished(`Saved ${fileName} (${formatBytes(blob.size)}), written by the server.`));
  } catch (error) {
    exportAtom.set(exportFailed(`The ${LABEL[format]} export failed: ${describeError(error)}`));
  }
}

/** The whole result of the last query, uncapped, written by the server (POST /api/export). */
export async function runServerExport(format: ExportFormat): Promise<void> {
  const ran = workspaceAtom.get().ran;
  if (!ran) {
    exportAtom.set(exportFailed("Run a query first."));
    return;
  }
  exportAtom.set(exportStarted("Waiting for the server"));
  try {
    const { blob, fileName } = await downloadExport(
      { format, select: { by: "query", query: ran.query, params: ran.params }, includeClaims: true },
      (received) => exportAtom.set(exportProgressed({ phase: `Received ${formatBytes(received)}`, fraction: null })),
    );
    saveBlob(blob, fileName);
    exportAtom.set(exportFinished(`Saved ${fileName} (${formatBytes(blob.size)}), written by the server.`));
  } catch (error) {
    exportAtom.set(exportFailed(`The server export failed: ${describeError(error)}`));
    notify(`The server export failed: ${describeError(error)}`, "error");
  }
}
