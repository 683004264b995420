// The drafts kept on the server, newest first: open one where it was left, or discard it (asked once more).
import { useState } from "react";
import { useAtomValue } from "../../core/utils/useAtom";
import { discardDraft, loadDrafts, openDraft, workbenchAtom } from "../../core/workbench";

export function DraftList() {
  const { drafts } = useAtomValue(workbenchAtom);
  const [asking, setAsking] = useState<string | null>(null);
  const list = drafts.data ?? [];
  return (
    <section className="wb-drafts" data-testid="wb-drafts">
      <div className="panel-head">
        <h2>Drafts</h2>
        <button type="button" className="icon" aria-label="Reload the drafts" onClick={() => void loadDrafts()}>
          ⟳
        </button>
      </div>
      {drafts.status === "error" && <p className="error">{drafts.error}</p>}
      {drafts.status === "ready" && list.length === 0 && <p className="muted">No drafts yet.</p>}
      <ul className="wb-plain">
        {list.map((d) => (
          <li key={d.id} className="wb-draft" data-testid="wb-draft" data-id={d.id}>
            <button type="button" className="link" onClick={() => void openDraft(d.id)} dir="auto">
              {d.title}
            </button>
            <div className="muted small">
              {d.language} · {d.marks} marks · {d.committed ? "committed" : "not committed"} · saved{" "}
              {new Date(d.updatedAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" })}
            </div>
            {asking === d.id ? (
              <span className="wb-confirm">
                Discard this draft?{" "}
                <button
                  type="button"
                  className="danger"
                  onClick={() => void discardDraft(d.id).then(() => setAsking(null))}
                >
                  Discard
                </button>{" "}
                <button type="button" onClick={() => setAsking(null)}>
                  Keep
                </button>
              </span>
            ) : (
              <button type="button" className="link danger small" onClick={() => setAsking(d.id)}>
                Discard
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
