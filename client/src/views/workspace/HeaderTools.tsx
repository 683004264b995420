// Header buttons of the workspace: open the Cypher workspace, export, and copy a link to this view.
import "./workspace.css";
import { useState } from "react";
import { copyLink } from "../../core/deeplink";
import { exportAtom } from "../../core/export";
import { setExportOpen } from "../../core/export/utils";
import { notify } from "../../core/notices";
import { panelsAtom } from "../../core/ui";
import { drawerOpened } from "../../core/ui/utils";
import { useAtomValue } from "../../core/utils/useAtom";
import { workspaceAtom } from "../../core/workspace";
import { setOpen } from "../../core/workspace/utils";
import { ExportPanel } from "../export/ExportPanel";

export function HeaderTools() {
  const ws = useAtomValue(workspaceAtom);
  const exporting = useAtomValue(exportAtom);
  const [link, setLink] = useState<string | null>(null);
  const copy = async () => {
    const { url, copied } = await copyLink();
    setLink(url);
    notify(copied ? "Link copied: it opens this view." : "Copy the link shown under the button.");
  };
  return (
    <div className="header-tools">
      <button
        type="button"
        aria-pressed={ws.open}
        onClick={() => {
          if (!ws.open) panelsAtom.set(drawerOpened(window.innerWidth));
          workspaceAtom.set(setOpen(!ws.open));
        }}
        data-testid="open-cypher"
        title="Write and run Cypher"
      >
        ⌨<span className="button-label"> Cypher</span>
      </button>
      <button
        type="button"
        aria-pressed={exporting.open}
        onClick={() => exportAtom.set(setExportOpen(!exporting.open))}
        data-testid="open-export"
        title="Export the view, the selection or a query result"
      >
        ⇩<span className="button-label"> Export</span>
      </button>
      <button type="button" onClick={() => void copy()} data-testid="copy-link" title="Copy a link to this view">
        ⧉<span className="button-label"> Copy link</span>
      </button>
      {exporting.open && <ExportPanel />}
      {link && (
        <div className="popover link-popover" role="dialog" aria-label="Link to this view">
          <div className="panel-head">
            <h2>Link to this view</h2>
            <button type="button" className="icon" aria-label="Close" onClick={() => setLink(null)}>
              ×
            </button>
          </div>
          <input
            type="text"
            readOnly
            value={link}
            data-testid="link-url"
            onFocus={(e) => e.currentTarget.select()}
            aria-label="Link"
          />
          <p className="muted small">
            It records the queries that built the canvas, the selection, filters, language, camera
            {link.includes("pos=") ? " and node positions" : ""}.
          </p>
        </div>
      )}
    </div>
  );
}
