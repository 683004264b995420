// What the graph holds from this source now: each relation, claim and mention with its quote and who added it, to
// show on the canvas or retract; and the whole source, to retract. Retracting asks once more before it writes.
import type { SourceSpan } from "@domain/contracts/api";
import { useEffect, useState } from "react";
import { formatAuthorship } from "../../core/details/format";
import { useAtomValue } from "../../core/utils/useAtom";
import {
  entityName,
  loadInGraph,
  retractFromGraph,
  retractTarget,
  showInGraph,
  workbenchAtom,
} from "../../core/workbench";
import { markTitle } from "../../core/workbench/marks";
import { CommitStatusView } from "./ReviewPanel";

interface Item {
  key: string;
  group: "Relations" | "Claims" | "Mentions";
  title: string;
  span: SourceSpan;
  show: Parameters<typeof showInGraph>[0];
}

/** The spans a retract can name: relation edges, claims and mentions (STATES and ABOUT carry their claim's evidence). */
function itemsOf(
  spans: readonly SourceSpan[],
  name: (id: string) => string,
  claimName: (id: string) => string,
): Item[] {
  const claims = new Set(spans.filter((s) => s.on === "claim").map((s) => s.key));
  const items: Item[] = [];
  for (const s of spans) {
    const key = `${s.key}@${s.start}:${s.end}`;
    if (s.on === "claim") {
      items.push({ key, group: "Claims", title: claimName(s.key), span: s, show: { kind: "node", id: s.key } });
    } else if (s.type === "MENTIONS") {
      const id = s.target ?? "";
      items.push({ key, group: "Mentions", title: name(id), span: s, show: { kind: "node", id } });
    } else if (
      !((s.type === "STATES" || s.type === "ABOUT") && (claims.has(s.source ?? "") || claims.has(s.target ?? "")))
    ) {
      const from = s.source ?? "";
      const to = s.target ?? "";
      items.push({
        key,
        group: "Relations",
        title: `${name(from)} → ${s.type} → ${name(to)}`,
        span: s,
        show: { kind: "edge", from, type: s.type, to },
      });
    }
  }
  return items;
}

export function InGraphPanel() {
  const state = useAtomValue(workbenchAtom);
  const [asking, setAsking] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const source = state.inGraph.data;
  const sourceId = state.draft?.source.id ?? "";
  const name = (id: string) => entityName(id, state);
  useEffect(() => {
    void loadInGraph();
  }, []);
  const retract = async (key: string, run: () => Promise<boolean>) => {
    setBusy(true);
    await run();
    setBusy(false);
    setAsking((k) => (k === key ? null : k));
  };

  if (state.inGraph.status === "loading" && !source) return <p className="muted pad">Reading the graph…</p>;
  if (state.inGraph.status === "error") {
    return (
      <p className="error pad">
        {state.inGraph.error}{" "}
        <button type="button" className="link" onClick={() => void loadInGraph()}>
          Try again
        </button>
      </p>
    );
  }
  if (!source) {
    return (
      <p className="muted pad" data-testid="wb-in-graph-empty">
        Nothing of this source is in the graph yet: review and commit the draft.
      </p>
    );
  }
  const marks = state.edit?.marks ?? [];
  const claimName = (id: string) => {
    const mark = marks.find((m) => `claim:${sourceId}-${m.id}` === id);
    return mark ? markTitle(mark, name) : name(id);
  };
  const items = itemsOf(source.spans, name, claimName);
  const confirm = (key: string, label: string, run: () => Promise<boolean>) =>
    asking === key ? (
      <span className="wb-confirm">
        {label}{" "}
        <button
          type="button"
          className="danger"
          disabled={busy}
          onClick={() => void retract(key, run)}
          data-testid="wb-retract-confirm"
        >
          Yes, retract
        </button>{" "}
        <button type="button" onClick={() => setAsking(null)}>
          No
        </button>
      </span>
    ) : (
      <button type="button" className="danger" onClick={() => setAsking(key)} data-testid="wb-retract">
        Retract
      </button>
    );
  return (
    <div className="wb-in-graph" data-testid="wb-in-graph" data-source-id={sourceId}>
      <CommitStatusView />
      <p className="muted small">
        The graph holds {items.length} pieces of evidence from <code>{sourceId}</code>. A retracted edge or claim left
        with no evidence goes with it; the saved folder is rewritten to match.
      </p>
      {(["Relations", "Claims", "Mentions"] as const).map((group) => {
        const ofGroup = items.filter((i) => i.group === group);
        if (ofGroup.length === 0) return null;
        return (
          <section key={group}>
            <h3>
              {group} <span className="count">{ofGroup.length}</span>
            </h3>
            {ofGroup.map((item) => (
              <article key={item.key} className="wb-mark" data-testid="wb-in-graph-item" data-group={group}>
                <div className="wb-mark-head">
                  <span dir="auto">{item.title}</span>
                  <span className="button-row">
                    <button type="button" onClick={() => void showInGraph(item.show)} data-testid="wb-show-in-graph">
                      Show in the graph
                    </button>
                    {confirm(item.key, "Retract this quote?", () =>
                      retractFromGraph(retractTarget(sourceId, item.span)),
                    )}
                  </span>
                </div>
                <blockquote className="source-text" dir="auto">
                  {item.span.quote}
                </blockquote>
                <p className="muted small">
                  <span className="offsets">
                    [{item.span.start}–{item.span.end})
                  </span>{" "}
                  {formatAuthorship(item.span.addedBy, item.span.addedAt) ?? ""}
                </p>
              </article>
            ))}
          </section>
        );
      })}
      <section className="wb-danger-zone">
        <h3>The whole source</h3>
        <p className="muted small">
          Removes every piece of evidence from this source, what only it supported, the entities only it named, and its
          saved folder. The draft stays.
        </p>
        {confirm("source", `Retract all of ${sourceId}?`, () => retractFromGraph({ what: "source", sourceId }))}
      </section>
    </div>
  );
}
