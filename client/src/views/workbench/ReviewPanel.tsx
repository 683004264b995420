// Review, then commit: what the commit will change (new nodes, new edges, evidence added to what the graph has) or
// why it cannot; the commit under its idempotency key, and what happens while the server has not answered.
import type { ReviewResponse } from "@domain/contracts/workbench";
import { formatAuthorship } from "../../core/details/format";
import { useAtomValue } from "../../core/utils/useAtom";
import { chooseTab, commit, entityName, focusMark, retryCommit, runReview, workbenchAtom } from "../../core/workbench";
import { describeCommitResult } from "../../core/workbench/commit";
import { issueMark } from "../../core/workbench/marks";
import { reviewCurrent, unsaved } from "../../core/workbench/utils";

type Planned = ReviewResponse["newEdges"][number]["evidence"][number];

function Quotes({ evidence }: { evidence: Planned[] }) {
  return (
    <>
      {evidence.map((e) => (
        <div key={`${e.start}:${e.end}`} className="wb-review-quote">
          <blockquote className="source-text" dir="auto">
            {e.quote}
          </blockquote>
          <span className="muted small">
            <span className="offsets">
              [{e.start}–{e.end})
            </span>{" "}
            {formatAuthorship(e.addedBy, e.addedAt) ?? ""}
          </span>
        </div>
      ))}
    </>
  );
}

export function ReviewPanel() {
  const state = useAtomValue(workbenchAtom);
  const review = state.review.data;
  const current = reviewCurrent(state);
  const planned = new Map((review?.newNodes ?? []).map((n) => [n.id, n]));
  const name = (id: string) => {
    if (id === review?.sourceId) return "this source";
    const node = planned.get(id);
    if (node?.kind === "claim") return `the claim “${node.label}”`;
    return entityName(id, state);
  };
  const edges = review?.newEdges ?? [];
  const relationEdges = edges.filter((e) => !["STATES", "ABOUT", "MENTIONS"].includes(e.type));
  const claimEdges = edges.filter((e) => e.type === "STATES" || e.type === "ABOUT");
  const mentionEdges = edges.filter((e) => e.type === "MENTIONS");
  const busy = state.commit.phase === "sending" || state.commit.phase === "checking";
  const committedHere = state.commit.phase === "committed" && state.commit.revision === state.draft?.revision;
  return (
    <div className="wb-review" data-testid="wb-review">
      <div className="button-row">
        <button
          type="button"
          onClick={() => void runReview()}
          disabled={state.review.status === "loading" || busy}
          data-testid="wb-run-review"
        >
          {review ? "Review again" : "Review what will change"}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => void commit()}
          disabled={!current || !review?.ok || busy || committedHere}
          title={
            !review
              ? "Review first"
              : !current
                ? "The draft changed since this review: review again"
                : !review.ok
                  ? "The review found problems"
                  : "Write it to the graph: one transaction, all or nothing"
          }
          data-testid="wb-commit"
        >
          Commit to the graph
        </button>
      </div>
      {state.review.status === "loading" && <p className="muted">Checking the draft against the graph…</p>}
      {state.review.status === "error" && <p className="error">{state.review.error}</p>}
      {review && !current && !busy && (
        <p className="warn" data-testid="wb-review-stale">
          {unsaved(state)
            ? "Saving the draft…"
            : "The draft changed since this review: review it again before committing."}
        </p>
      )}
      <CommitStatusView />
      {review && !review.ok && (
        <section data-testid="wb-review-issues">
          <h3>Why it cannot be committed</h3>
          <ul className="wb-issues">
            {review.issues.map((i) => {
              const mark = issueMark(i.path);
              const markId = mark === null ? null : state.edit?.marks[mark]?.id;
              return (
                <li key={`${i.path}:${i.reason}`}>
                  {markId ? (
                    <button
                      type="button"
                      className="link"
                      onClick={() => {
                        focusMark(markId);
                        chooseTab("evidence");
                      }}
                    >
                      {i.path}
                    </button>
                  ) : (
                    <code>{i.path}</code>
                  )}
                  : {i.reason}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {review?.ok && (
        <div data-testid="wb-review-changes">
          <section>
            <h3>
              New nodes <span className="count">{review.newNodes.length}</span>
            </h3>
            <ul className="wb-plain">
              {review.newNodes.map((n) => (
                <li key={n.id} data-testid="wb-review-node" data-id={n.id}>
                  <span className="hit-type">{n.type}</span> <span dir="auto">{n.label}</span>{" "}
                  <code className="muted">{n.id}</code>
                </li>
              ))}
            </ul>
          </section>
          <section>
            <h3>
              New edges <span className="count">{review.newEdges.length}</span>
            </h3>
            {relationEdges.map((e) => (
              <div
                key={`${e.from}|${e.type}|${e.to}`}
                className="wb-review-edge"
                data-testid="wb-review-edge"
                data-type={e.type}
              >
                <div dir="auto">
                  {name(e.from)} <span className="rel">{e.type}</span> {name(e.to)}
                </div>
                <Quotes evidence={e.evidence} />
              </div>
            ))}
            {claimEdges.length > 0 && (
              <ul className="wb-plain wb-compact" data-testid="wb-review-claim-edges">
                {claimEdges.map((e) => (
                  <li key={`${e.from}|${e.type}|${e.to}`} data-testid="wb-review-edge" data-type={e.type} dir="auto">
                    {name(e.from)} <span className="rel">{e.type}</span> {name(e.to)}
                  </li>
                ))}
              </ul>
            )}
            {mentionEdges.length > 0 && (
              <p className="wb-compact" data-testid="wb-review-mentions">
                <span className="rel">MENTIONS</span>{" "}
                {mentionEdges.map((e, i) => (
                  <span
                    key={e.to}
                    data-testid="wb-review-edge"
                    data-type="MENTIONS"
                    title={e.evidence.map((x) => x.quote).join(" · ")}
                  >
                    {i > 0 ? ", " : ""}
                    {name(e.to)}
                  </span>
                ))}
              </p>
            )}
          </section>
          <section>
            <h3>
              Evidence added to what the graph has <span className="count">{review.evidenceAdded.length}</span>
            </h3>
            {review.evidenceAdded.map((e) => (
              <div
                key={`${e.id ?? ""}${e.from ?? ""}|${e.type ?? ""}|${e.to ?? ""}`}
                className="wb-review-edge"
                data-testid="wb-review-added"
              >
                <div dir="auto">
                  {e.on === "claim" ? (
                    <>claim {e.id}</>
                  ) : (
                    <>
                      {name(e.from ?? "")} <span className="rel">{e.type}</span> {name(e.to ?? "")}
                    </>
                  )}
                </div>
                <Quotes evidence={e.evidence} />
              </div>
            ))}
          </section>
          {review.links.length > 0 && (
            <section>
              <h3>New entities that are the graph's</h3>
              <ul className="wb-plain">
                {review.links.map((l) => (
                  <li key={l.from}>
                    <code>{l.from}</code> is <strong>{name(l.to)}</strong> (<code>{l.to}</code>): same type and name
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      )}
    </div>
  );
}

export function CommitStatusView() {
  const { commit: c } = useAtomValue(workbenchAtom);
  if (c.phase === "idle") return null;
  const text = {
    sending: "Committing…",
    checking: "No answer yet: asking the server whether the commit was written…",
    committed: "Committed.",
    failed: `The commit failed: ${c.error ?? ""}`,
    stalled: c.error ?? "The server has not confirmed the commit.",
  }[c.phase];
  return (
    <div
      className={`wb-commit-status ${c.phase}`}
      role="status"
      data-testid="wb-commit-status"
      data-phase={c.phase}
      data-attempts={c.attempts}
    >
      <p>{text}</p>
      {c.status?.result && (
        <p className="muted small">
          {describeCommitResult(c.status.result)}; saved as <code>{c.status.result.folder}</code>.
        </p>
      )}
      {c.issues.length > 0 && (
        <ul className="wb-issues">
          {c.issues.map((i) => (
            <li key={`${i.path}:${i.reason}`}>
              <code>{i.path}</code>: {i.reason}
            </li>
          ))}
        </ul>
      )}
      {c.key && (
        <p className="muted small">
          Idempotency key <code data-testid="wb-commit-key">{c.key}</code>
          {c.attempts > 1 ? ` · ${c.attempts} requests` : ""}
        </p>
      )}
      {(c.phase === "stalled" || c.phase === "failed") && c.key && (
        <button type="button" onClick={() => void retryCommit()} data-testid="wb-commit-retry">
          Retry with the same key
        </button>
      )}
    </div>
  );
}
