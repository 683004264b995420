// The evidence of a mark being edited: each quote with its offsets and who added it, its English gloss, its span
// replaced by the reader's selection (never typed), and more pieces added from the selection.
import type { DraftEvidence } from "@domain/contracts/workbench";
import { formatAuthorship } from "../../core/details/format";
import { useAtomValue } from "../../core/utils/useAtom";
import { workbenchAtom } from "../../core/workbench";
import { evidenceOf, stampKey } from "../../core/workbench/marks";
import { spanProblem } from "../../core/workbench/spans";

interface Props {
  /** The mark's id when it exists already (for the authorship the server recorded). */
  markId: string | undefined;
  evidence: DraftEvidence[];
  onChange: (evidence: DraftEvidence[]) => void;
  /** A mention has exactly one piece. */
  single?: boolean;
}

export function EvidenceFields({ markId, evidence, onChange, single }: Props) {
  const { selection, stamps } = useAtomValue(workbenchAtom);
  const usable = selection !== null && spanProblem(selection) === null;
  const replace = (i: number, next: DraftEvidence) => onChange(evidence.map((e, j) => (j === i ? next : e)));
  return (
    <div className="wb-field" data-testid="wb-evidence-fields">
      <span className="wb-label">Evidence</span>
      <ol className="wb-evidence-list">
        {evidence.map((e, i) => {
          const stamp = markId ? stamps[stampKey(markId, e)] : undefined;
          const authorship = formatAuthorship(stamp?.addedBy, stamp?.addedAt);
          return (
            <li key={`${e.start}:${e.end}`} className="wb-evidence" data-testid="wb-evidence-item">
              <blockquote className="source-text" dir="auto">
                {e.quote}
              </blockquote>
              <div className="wb-evidence-meta">
                <span className="offsets">
                  [{e.start}–{e.end})
                </span>
                <span className="muted small" data-testid="wb-authorship">
                  {authorship ?? "added when saved"}
                </span>
              </div>
              <input
                type="text"
                className="wb-gloss"
                lang="en"
                placeholder="English gloss (optional)"
                value={e.gloss ?? ""}
                onChange={(ev) => {
                  const { gloss: _old, ...rest } = e;
                  replace(i, ev.target.value ? { ...rest, gloss: ev.target.value } : rest);
                }}
                aria-label="English gloss"
                data-testid="wb-gloss"
              />
              <div className="button-row">
                <button
                  type="button"
                  className="link"
                  disabled={!usable}
                  title={usable ? "Make the reader's selection this quote" : "Select the new span in the reader first"}
                  onClick={() => selection && replace(i, evidenceOf(selection, e.gloss))}
                  data-testid="wb-use-selection"
                >
                  Use the selection as this quote
                </button>
                {!single && evidence.length > 1 && (
                  <button
                    type="button"
                    className="link danger"
                    onClick={() => onChange(evidence.filter((_, j) => j !== i))}
                  >
                    Remove
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {!single && (
        <button
          type="button"
          className="link"
          disabled={!usable || evidence.some((e) => e.start === selection?.start && e.end === selection?.end)}
          onClick={() => selection && onChange([...evidence, evidenceOf(selection)])}
          data-testid="wb-add-evidence"
        >
          + Add the selection as another quote
        </button>
      )}
    </div>
  );
}
