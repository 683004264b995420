// The draft's evidence: every mark with its quotes and who added each when, to edit or remove; and its new entities.
import type { DraftMark } from "@domain/contracts/workbench";
import { useEffect, useRef } from "react";
import { formatAuthorship } from "../../core/details/format";
import { useAtomValue } from "../../core/utils/useAtom";
import { entityName, focusMark, openEditor, removeEntity, removeMark, workbenchAtom } from "../../core/workbench";
import { evidenceList, markTitle, stampKey } from "../../core/workbench/marks";

const KIND_LABEL: Record<DraftMark["kind"], string> = { mention: "Mention", relation: "Relation", claim: "Claim" };

export function MarkList() {
  const state = useAtomValue(workbenchAtom);
  const box = useRef<HTMLDivElement>(null);
  const marks = state.edit?.marks ?? [];
  const name = (id: string) => entityName(id, state);

  useEffect(() => {
    if (!state.focusMark) return;
    box.current
      ?.querySelector<HTMLElement>(`[data-mark="${CSS.escape(state.focusMark)}"]`)
      ?.scrollIntoView?.({ block: "nearest" });
  }, [state.focusMark]);

  const used = new Set(
    marks.flatMap((m) =>
      m.kind === "mention" ? [m.entityId] : m.kind === "relation" ? [m.from, m.to] : [...m.about, ...m.statedBy],
    ),
  );
  const order: DraftMark["kind"][] = ["relation", "claim", "mention"];
  return (
    <div className="wb-marks" ref={box} data-testid="wb-marks">
      {marks.length === 0 && (
        <p className="muted pad">Nothing marked yet: accept suggestions, or select words in the reader.</p>
      )}
      {order.map((kind) => {
        const ofKind = marks.filter((m) => m.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <section key={kind}>
            <h3>
              {KIND_LABEL[kind]}s <span className="count">{ofKind.length}</span>
            </h3>
            {ofKind.map((m) => (
              <article
                key={m.id}
                className={`wb-mark ${m.kind}${state.focusMark === m.id ? " focused" : ""}`}
                data-mark={m.id}
                data-testid="wb-mark"
                data-kind={m.kind}
              >
                <div className="wb-mark-head">
                  <button type="button" className="link" onClick={() => focusMark(m.id)} dir="auto">
                    {markTitle(m, name)}
                  </button>
                  <span className="button-row">
                    <button
                      type="button"
                      onClick={() => {
                        const first = evidenceList(m)[0];
                        if (first) openEditor({ kind: m.kind, markId: m.id, span: first });
                      }}
                      data-testid="wb-mark-edit"
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="danger"
                      onClick={() => removeMark(m.id, `Remove ${markTitle(m, name)}`)}
                      data-testid="wb-mark-remove"
                    >
                      Remove
                    </button>
                  </span>
                </div>
                {evidenceList(m).map((e) => {
                  const stamp = state.stamps[stampKey(m.id, e)];
                  return (
                    <div key={`${e.start}:${e.end}`} className="wb-mark-evidence">
                      <blockquote className="source-text" dir="auto">
                        {e.quote}
                      </blockquote>
                      {e.gloss && (
                        <p className="gloss" lang="en">
                          <span className="gloss-label">English gloss</span> {e.gloss}
                        </p>
                      )}
                      <p className="muted small" data-testid="wb-mark-authorship">
                        <span className="offsets">
                          [{e.start}–{e.end})
                        </span>{" "}
                        {formatAuthorship(stamp?.addedBy, stamp?.addedAt) ?? "not saved yet"}
                      </p>
                    </div>
                  );
                })}
              </article>
            ))}
          </section>
        );
      })}
      {(state.edit?.entities.length ?? 0) > 0 && (
        <section>
          <h3>
            New entities <span className="count">{state.edit?.entities.length}</span>
          </h3>
          {state.edit?.entities.map((e) => (
            <article key={e.id} className="wb-mark entity" data-testid="wb-entity">
              <div className="wb-mark-head">
                <span dir="auto">
                  <strong>{e.name}</strong>
                  {e.nameAr && (
                    <span lang="ar" className="muted">
                      {" "}
                      · {e.nameAr}
                    </span>
                  )}{" "}
                  <span className="hit-type">{e.type}</span>
                </span>
                <span className="button-row">
                  <button type="button" onClick={() => openEditor({ kind: "entity", entityId: e.id })}>
                    Edit
                  </button>
                  <button
                    type="button"
                    className="danger"
                    disabled={used.has(e.id)}
                    title={used.has(e.id) ? "A mark still uses it" : "Remove it from the draft"}
                    onClick={() => removeEntity(e.id)}
                  >
                    Remove
                  </button>
                </span>
              </div>
              <p className="muted small">
                <code>{e.id}</code>
                {e.aliases.length > 0 ? ` · also ${e.aliases.join(", ")}` : ""}
              </p>
            </article>
          ))}
        </section>
      )}
    </div>
  );
}
