// The export popover: what to export (view, selection, query result) and in which format, with progress for large files.

import type { ExportFormat } from "@domain/contracts/api";
import { type FileFormat, isImageFormat } from "@domain/export/formats";
import { exportAtom, runExport, runServerExport } from "../../core/export";
import { FIGURE_SCALES } from "../../core/export/figure";
import type { ExportScope } from "../../core/export/types";
import { setExportOpen, setFormat, setScale, setScope } from "../../core/export/utils";
import { useAtomValue } from "../../core/utils/useAtom";
import { workspaceAtom } from "../../core/workspace";

const SCOPES: { id: ExportScope; label: string }[] = [
  { id: "view", label: "Current view" },
  { id: "selection", label: "Selection and its neighbors" },
  { id: "result", label: "Last query result" },
];

const FORMATS: { id: FileFormat; label: string; note: string }[] = [
  { id: "gexf", label: "GEXF", note: "Gephi; positions, colours, sizes" },
  { id: "graphml", label: "GraphML", note: "yEd, Gephi, Cytoscape" },
  { id: "json", label: "JSON", note: "graphology" },
  { id: "csv", label: "CSV", note: "nodes, edges, sources (zip)" },
  { id: "cypher", label: "Cypher", note: "a script that rebuilds it in Neo4j" },
  { id: "neo4j-admin", label: "neo4j-admin", note: "typed CSV zip for database import" },
  { id: "png", label: "PNG", note: "figure of the whole graph, at a scale" },
  { id: "svg", label: "SVG", note: "vector figure of the whole graph" },
];

export function ExportPanel() {
  const state = useAtomValue(exportAtom);
  const ws = useAtomValue(workspaceAtom);
  const image = isImageFormat(state.format);
  const running = state.status === "running";
  const fraction = state.progress?.fraction ?? null;
  return (
    <div className="popover export-panel" role="dialog" aria-label="Export" data-testid="export-panel">
      <div className="panel-head">
        <h2>Export</h2>
        <button type="button" className="icon" aria-label="Close" onClick={() => exportAtom.set(setExportOpen(false))}>
          ×
        </button>
      </div>
      <fieldset className="choice" disabled={running}>
        <legend>What</legend>
        {SCOPES.map((s) => (
          <label key={s.id} className={image && s.id !== "view" ? "muted" : ""}>
            <input
              type="radio"
              name="export-scope"
              value={s.id}
              checked={state.scope === s.id}
              disabled={image && s.id !== "view"}
              onChange={() => exportAtom.set(setScope(s.id))}
              data-testid={`export-scope-${s.id}`}
            />
            {s.label}
          </label>
        ))}
      </fieldset>
      <fieldset className="choice formats" disabled={running}>
        <legend>Format</legend>
        {FORMATS.map((f) => (
          <label key={f.id}>
            <input
              type="radio"
              name="export-format"
              value={f.id}
              checked={state.format === f.id}
              onChange={() => exportAtom.set(setFormat(f.id))}
              data-testid={`export-format-${f.id}`}
            />
            {f.label} <span className="muted">{f.note}</span>
          </label>
        ))}
      </fieldset>
      {state.format === "png" && (
        <fieldset className="choice" disabled={running}>
          <legend>Scale (whole graph, legend and sources; 1× is 1,200 px wide)</legend>
          {FIGURE_SCALES.map((s) => (
            <label key={s}>
              <input
                type="radio"
                name="export-scale"
                value={s}
                checked={state.scale === s}
                onChange={() => exportAtom.set(setScale(s))}
                data-testid={`export-scale-${s}`}
              />
              {s}×
            </label>
          ))}
        </fieldset>
      )}
      <p className="muted small">
        Every format keeps the citations: each edge's quotes with their source and offsets, and the list of sources
        cited{image ? " (in the PNG's text chunks, in the SVG's tooltips and footer)" : ""}.
      </p>
      <div className="button-row">
        <button
          type="button"
          className="primary"
          onClick={() => void runExport()}
          disabled={running}
          data-testid="export-run"
        >
          Export
        </button>
        {ws.ran && !image && state.scope === "result" && (
          <button
            type="button"
            onClick={() => void runServerExport(state.format as ExportFormat)}
            disabled={running}
            title="Every node and relationship of the whole result, without the table's caps, written by the server (refused, not cut, above the export's node cap)"
            data-testid="export-server"
          >
            Query result, full (server)
          </button>
        )}
      </div>
      {running && state.progress && (
        <div className="export-progress" data-testid="export-progress">
          <span>{state.progress.phase}…</span>
          <progress max={1} value={fraction ?? undefined} />
          {fraction !== null && <span className="count">{Math.round(fraction * 100)}%</span>}
        </div>
      )}
      {state.message && (
        <p className={state.status === "error" ? "error" : "muted"} role="status" data-testid="export-message">
          {state.message}
        </p>
      )}
    </div>
  );
}
