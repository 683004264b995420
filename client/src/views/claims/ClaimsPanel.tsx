// The Claims tab: figure-claim groups with filters by status, subject and period; tick groups to merge them.
import type { CorroborationStatus } from "@domain/contracts/corroboration";
import { useEffect } from "react";
import { appearanceAtom } from "../../core/appearance";
import { claimsAtom, loadClaimGroups, mergeTicked, updateClaimsFilter } from "../../core/claims";
import {
  groupTitle,
  percent,
  periodError,
  STATUSES,
  selectGroup,
  setPeriod,
  setSubject,
  supportText,
  toggleMerge,
  toggleStatus,
} from "../../core/claims/utils";
import { useAtomValue } from "../../core/utils/useAtom";
import "./claims.css";
import { tell } from "./tell";

export const STATUS_LABEL: Record<CorroborationStatus, string> = {
  conflicting: "Conflicting",
  corroborated: "Corroborated",
  "single-source": "Single source",
};

export const STATUS_HINT: Record<CorroborationStatus, string> = {
  conflicting: "Sources disagree beyond the tolerance",
  corroborated: "Independent sources agree within the tolerance",
  "single-source": "One independent source (or several that derive from one)",
};

export function ClaimsPanel() {
  const state = useAtomValue(claimsAtom);
  const { language } = useAtomValue(appearanceAtom);
  const { filter } = state;

  useEffect(() => {
    if (claimsAtom.get().status === "idle") void loadClaimGroups();
  }, []);

  const fromError = periodError("from", filter.from);
  const toError = periodError("to", filter.to);
  return (
    <section className="claims-panel" aria-label="Claims" data-testid="claims-panel">
      <p className="muted small">
        Figures about one subject and measure, compared across sources. Support counts independent sources: quotes of
        one document, one publisher's documents, and a document and a work it cites count once.
        {state.tolerance &&
          ` Figures agree within ${percent(state.tolerance.exact)} (exact) or ${percent(state.tolerance.approximate)} (approximate).`}
      </p>
      <fieldset className="claims-statuses">
        <legend>Status</legend>
        {STATUSES.map((s) => {
          const on = filter.statuses.length === 0 || filter.statuses.includes(s);
          return (
            <button
              key={s}
              type="button"
              className={`status-chip status-${s}`}
              aria-pressed={filter.statuses.includes(s)}
              title={STATUS_HINT[s]}
              onClick={() => updateClaimsFilter(toggleStatus(s))}
              data-testid={`claims-status-${s}`}
            >
              {STATUS_LABEL[s]} <span className="count">{on ? state.counts[s] : "–"}</span>
            </button>
          );
        })}
      </fieldset>
      <label className="claims-field">
        Subject
        <select
          value={filter.subject ?? ""}
          onChange={(e) => updateClaimsFilter(setSubject(e.target.value || null))}
          data-testid="claims-subject"
        >
          <option value="">every subject</option>
          {state.subjects.map((s) => (
            <option key={s.id} value={s.id}>
              {language === "ar" && s.labelAr ? s.labelAr : s.label}
            </option>
          ))}
        </select>
      </label>
      <div className="claims-period">
        <label className="claims-field">
          Period from
          <input
            type="text"
            inputMode="numeric"
            placeholder="2025"
            defaultValue={filter.from}
            aria-invalid={fromError !== null}
            onChange={(e) => updateClaimsFilter(setPeriod("from", e.target.value))}
            data-testid="claims-from"
          />
        </label>
        <label className="claims-field">
          to
          <input
            type="text"
            inputMode="numeric"
            placeholder="2028"
            defaultValue={filter.to}
            aria-invalid={toError !== null}
            onChange={(e) => updateClaimsFilter(setPeriod("to", e.target.value))}
            data-testid="claims-to"
          />
        </label>
      </div>
      {(fromError || toError) && <p className="warn small">{fromError ?? toError}</p>}
      {state.status === "error" && <p className="warn">{state.error}</p>}
      <div className="claims-merge">
        <button
          type="button"
          disabled={state.mergeIds.length < 2 || state.writing}
          title="Put the ticked groups' claims in one group (recorded with your name and the time)"
          onClick={() => tell(mergeTicked)}
          data-testid="claims-merge"
        >
          Merge {state.mergeIds.length > 1 ? `${state.mergeIds.length} groups` : "ticked groups"}
        </button>
        <span className="muted small">
          {state.status === "loading" ? "Loading…" : `${state.total} group${state.total === 1 ? "" : "s"}`}
        </span>
        <button
          type="button"
          className="link small"
          title="Ask again: documents ingested or decisions written since show"
          onClick={() => void loadClaimGroups()}
          data-testid="claims-refresh"
        >
          ⟳ Refresh
        </button>
      </div>
      <ul className="claims-list" data-testid="claims-list">
        {state.groups.map((g) => (
          <li key={g.id} className={g.id === state.selectedId ? "claims-item selected" : "claims-item"}>
            <input
              type="checkbox"
              aria-label={`Tick for a merge: ${groupTitle(g, "en")}`}
              checked={state.mergeIds.includes(g.id)}
              onChange={() => claimsAtom.set(toggleMerge(g.id))}
            />
            <button
              type="button"
              className="claims-open"
              onClick={() => claimsAtom.set(selectGroup(g.id))}
              data-testid="claim-group-item"
              data-status={g.status}
            >
              <span className="claims-title">
                <span className={`status-dot status-${g.status}`} title={STATUS_LABEL[g.status]} />
                <span dir="auto">{groupTitle(g, language)}</span>
              </span>
              <span className="muted small">
                {STATUS_LABEL[g.status]} · {g.members.length} claim{g.members.length === 1 ? "" : "s"} ·{" "}
                {supportText(g.independentSupport, g.sourceCount)}
                {g.manual ? " · set by hand" : ""}
              </span>
              {g.difference && <span className="claims-difference small">{g.difference.text}</span>}
            </button>
          </li>
        ))}
      </ul>
      {state.status === "ready" && state.groups.length === 0 && (
        <p className="muted">No figure claims match. Ingest a second document to compare figures across sources.</p>
      )}
    </section>
  );
}
