// One claim group in full: each member's figure and quotes side by side (right-to-left where the source's language
// reads so, with the English gloss), the status, the difference, why it was grouped, and split and reset.
import type { ClaimGroup, ClaimGroupMember } from "@domain/contracts/corroboration";
import { useEffect } from "react";
import { appearanceAtom } from "../../core/appearance";
import { truncate } from "../../core/appearance/text";
import { claimsAtom, markPair, resetSelected, splitTicked } from "../../core/claims";
import {
  canSplit,
  evidenceBySource,
  groupTitle,
  membersInOrder,
  selectedGroup,
  selectGroup,
  sourcePairs,
  supportText,
  toggleSplit,
} from "../../core/claims/utils";
import { openSource } from "../../core/reader";
import { useAtomValue } from "../../core/utils/useAtom";
import { STATUS_HINT, STATUS_LABEL } from "./ClaimsPanel";
import "./claims.css";
import { tell } from "./tell";

const STANDING_LABEL: Record<ClaimGroupMember["standing"], string> = {
  agrees: "agrees",
  conflicts: "conflicts",
  uncompared: "not compared",
};

export function ClaimGroupView() {
  const state = useAtomValue(claimsAtom);
  const { language } = useAtomValue(appearanceAtom);
  const group = selectedGroup(state);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") claimsAtom.set(selectGroup(null));
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  if (!group) return null;
  return (
    <section className="claim-group" aria-label="Claim group" data-testid="claim-group" data-status={group.status}>
      <div className="reader-head">
        <div className="reader-title">
          <span className="muted">Claim group</span>
          <h2 dir="auto">{groupTitle(group, language)}</h2>
        </div>
        <button type="button" onClick={() => claimsAtom.set(selectGroup(null))} title="Close (Esc)">
          ✕
        </button>
      </div>
      <div className="reader-body">
        <GroupSummary group={group} />
        <div className="claim-members" data-testid="claim-members">
          {membersInOrder(group).map((m) => (
            <Member
              key={m.claimId}
              member={m}
              group={group}
              ticked={state.splitIds.includes(m.claimId)}
              canTick={group.members.length > 1}
            />
          ))}
        </div>
        <SourceMarks group={group} writing={state.writing} />
        <div className="claim-actions">
          <button
            type="button"
            disabled={!canSplit(state) || state.writing}
            title="Put the ticked claims in a group of their own (recorded with your name and the time)"
            onClick={() => tell(splitTicked)}
            data-testid="claims-split"
          >
            Split ticked claims off
          </button>
          {group.manual && (
            <button
              type="button"
              disabled={state.writing}
              title="Undo merges and splits of these claims: they return to their automatic groups"
              onClick={() => tell(resetSelected)}
              data-testid="claims-reset"
            >
              Back to automatic grouping
            </button>
          )}
          <span className="muted small">To merge, tick groups in the Claims list.</span>
        </div>
      </div>
    </section>
  );
}

function GroupSummary({ group }: { group: ClaimGroup }) {
  return (
    <div className="claim-summary">
      <p>
        <span
          className={`status-chip status-${group.status}`}
          title={STATUS_HINT[group.status]}
          data-testid="group-status"
        >
          {STATUS_LABEL[group.status]}
        </span>{" "}
        {supportText(group.independentSupport, group.sourceCount)}
      </p>
      {group.difference && (
        <p className="claims-difference" data-testid="group-difference">
          Difference: {group.difference.text}
        </p>
      )}
      {group.blocks.some((b) => b.positions.length > 1) && (
        <ul className="claim-positions">
          {group.blocks.flatMap((b) =>
            b.positions.map((p) => (
              <li key={p.claimIds.join(",")}>
                {p.text}: {supportText(p.independentSupport, p.sourceIds.length)}
              </li>
            )),
          )}
        </ul>
      )}
      <p className="small">
        <span className="muted">Grouped because</span> {group.reason}
      </p>
      {group.notes.map((n) => (
        <p key={n} className="small muted">
          {n}
        </p>
      ))}
    </div>
  );
}

/** Each pair of the group's sources with its standing, and buttons to mark it by hand or return it to the rule. */
function SourceMarks({ group, writing }: { group: ClaimGroup; writing: boolean }) {
  const rows = sourcePairs(group);
  if (rows.length === 0) return null;
  return (
    <section className="claim-marks" aria-label="Independence of these sources" data-testid="source-marks">
      <h3 className="small">Independence of these sources</h3>
      <ul>
        {rows.map((r) => {
          const pair = `${r.names[0]} and ${r.names[1]}`;
          return (
            <li key={r.sourceIds.join(",")} data-testid="source-pair" data-pair={r.sourceIds.join(",")}>
              <span className="small">
                {r.names[0]} · {r.names[1]}: <span data-testid="pair-standing">{r.standing}</span>
              </span>{" "}
              <span className="claim-mark-buttons">
                <button
                  type="button"
                  disabled={writing || (r.marked && r.dependent)}
                  aria-label={`Mark ${pair} dependent`}
                  title="Count these two sources as one (recorded with your name and the time)"
                  onClick={() => tell(() => markPair(r.sourceIds, "dependent"))}
                >
                  Mark dependent
                </button>
                <button
                  type="button"
                  disabled={writing || (r.marked && !r.dependent)}
                  aria-label={`Mark ${pair} independent`}
                  title="Count these two sources apart (recorded with your name and the time)"
                  onClick={() => tell(() => markPair(r.sourceIds, "independent"))}
                >
                  Mark independent
                </button>
                {r.marked && (
                  <button
                    type="button"
                    disabled={writing}
                    aria-label={`Back to automatic for ${pair}`}
                    title="Remove the mark: the automatic rule decides again"
                    onClick={() => tell(() => markPair(r.sourceIds, null))}
                  >
                    Back to automatic
                  </button>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Member(props: { member: ClaimGroupMember; group: ClaimGroup; ticked: boolean; canTick: boolean }) {
  const { member: m, group } = props;
  const sources = new Map(m.sources.map((s) => [s.id, s]));
  /** Another member as its figure and its first source's publisher (or title), so two equal figures stay apart. */
  const label = (claimId: string) => {
    const other = group.members.find((x) => x.claimId === claimId);
    if (!other) return claimId;
    const source = other.sources[0];
    const from = source?.publisher ?? (source ? truncate(source.title, 40) : undefined);
    return from ? `${other.figure.text} (${from})` : other.figure.text;
  };
  return (
    <article className={`claim-member standing-${m.standing}`} data-testid="claim-member" data-claim={m.claimId}>
      <header>
        <strong className="claim-figure">{m.figure.text}</strong>
        <span className={`standing standing-${m.standing}`}>{STANDING_LABEL[m.standing]}</span>
      </header>
      <p className="small muted">
        {m.figure.period.label}
        {m.figure.approximate ? " · approximate" : " · exact"} · {supportText(m.independentSupport, m.sources.length)}
      </p>
      {evidenceBySource(m.evidence).map(({ sourceId, quotes }) => {
        const source = sources.get(sourceId);
        return (
          <figure key={sourceId} className="claim-quote">
            <figcaption className="small">
              <button
                type="button"
                className="link"
                title="Open the source with this quote highlighted"
                onClick={() => void openSource(sourceId, { start: quotes[0]?.start ?? 0, end: quotes[0]?.end ?? 0 })}
              >
                {source?.title ?? sourceId}
              </button>
              {source?.publisher && <span className="muted"> · {source.publisher}</span>}
              {source?.date && <span className="muted"> · {source.date}</span>}
            </figcaption>
            {quotes.map((e) => (
              <div key={`${e.start}-${e.end}`}>
                <blockquote lang={e.language} dir={e.direction} data-testid="claim-quote">
                  {e.quote}
                </blockquote>
                {e.gloss && (
                  <p className="gloss small" lang="en" dir="ltr">
                    <span className="gloss-label">English gloss</span> {e.gloss}
                  </p>
                )}
              </div>
            ))}
          </figure>
        );
      })}
      {m.conflictsWith.map((c) => (
        <p key={c.claimId} className="small claims-difference">
          Conflicts with {label(c.claimId)}: {c.difference.text}
        </p>
      ))}
      <p className="small">
        <span className="muted">Why here:</span> {m.reason.text}
      </p>
      {props.canTick && (
        <label className="check small">
          <input type="checkbox" checked={props.ticked} onChange={() => claimsAtom.set(toggleSplit(m.claimId))} /> Tick
          to split off
        </label>
      )}
    </article>
  );
}
