// A claim: a figure (quantity, unit, currency, period, read from the quote to start with) or an attributed assertion,
// with who states it and what it is about, in English, and its quotes.
import { ClaimMark } from "@domain/contracts/workbench";
import { useState } from "react";
import { useAtomValue } from "../../core/utils/useAtom";
import { entitiesInSpan, entityName, openEditor, saveMark, workbenchAtom } from "../../core/workbench";
import {
  type FigureFields,
  figureFieldsOf,
  figureIn,
  periodOf,
  quantityOf,
  SCALE_CHOICES,
} from "../../core/workbench/claims";
import { describeQuantity, evidenceOf, nextMarkId } from "../../core/workbench/marks";
import type { EditorTarget } from "../../core/workbench/types";
import { EntityList } from "./EntityChooser";
import { EvidenceFields } from "./EvidenceFields";
import { FormFrame, zodReasons } from "./FormParts";

type Target = Extract<EditorTarget, { kind: "claim" }>;

const CURRENCIES = ["USD", "CNY", "EUR", "GBP", "JPY", "SAR", "AED", "INR", "HKD", "KRW"];
const UNITS = ["currency", "percent", "count", "multiplier", "years"];

export function ClaimForm({ target }: { target: Target }) {
  const state = useAtomValue(workbenchAtom);
  const existing = state.edit?.marks.find((m) => m.id === target.markId);
  const mark = existing?.kind === "claim" ? existing : undefined;
  const language = state.draft?.source.language ?? "en";
  const english = language === "en" || language.startsWith("en-");
  const read = mark ? {} : figureIn(target.span.quote, language);
  const about0 = mark?.about ?? entitiesInSpan(target.span);
  const [kind, setKind] = useState<"figure" | "assertion">(
    mark?.claimKind ?? target.claimKind ?? (read.quantity ? "figure" : "assertion"),
  );
  const [fields, setFields] = useState<FigureFields>(() =>
    figureFieldsOf(mark?.quantity ?? read.quantity, mark?.period ?? read.period),
  );
  const [measure, setMeasure] = useState(mark?.measure ?? "");
  const [statedBy, setStatedBy] = useState<string[]>(mark?.statedBy ?? []);
  const [about, setAbout] = useState<string[]>(about0);
  const [statement, setStatement] = useState(() => {
    if (mark) return mark.statement;
    if (english) return target.span.quote;
    const subject = about0.map((id) => entityName(id, state)).join(", ");
    return read.quantity ? `${subject ? `${subject}: ` : ""}${describeQuantity(read.quantity)}` : "";
  });
  const [evidence, setEvidence] = useState(mark?.evidence ?? [evidenceOf(target.span)]);
  const [reasons, setReasons] = useState<string[]>([]);
  const change = (patch: Partial<FigureFields>) => setFields((f) => ({ ...f, ...patch }));

  const save = () => {
    const period = periodOf(fields);
    const parsed = ClaimMark.safeParse({
      id: mark?.id ?? target.newMarkId ?? nextMarkId(state.edit?.marks ?? [], "claim"),
      kind: "claim",
      claimKind: kind,
      statement: statement.trim(),
      ...(mark?.original ? { original: mark.original } : {}),
      ...(kind === "figure" ? { quantity: quantityOf(fields) } : {}),
      ...(kind === "figure" && measure.trim() ? { measure: measure.trim() } : {}),
      ...(period ? { period } : {}),
      statedBy,
      about,
      evidence,
    });
    if (!parsed.success) return setReasons(zodReasons(parsed.error));
    const what = parsed.data.quantity ? describeQuantity(parsed.data.quantity) : "an assertion";
    saveMark(parsed.data, `${mark ? "Edit" : "Mark"} the claim (${what})`);
  };

  return (
    <FormFrame
      title={mark ? "Edit the claim" : "A claim"}
      testId="wb-claim-form"
      reasons={reasons}
      onSave={save}
      onCancel={() => openEditor(null)}
    >
      <fieldset className="segmented" aria-label="Kind of claim">
        <button
          type="button"
          aria-pressed={kind === "figure"}
          onClick={() => setKind("figure")}
          data-testid="wb-claim-figure"
        >
          A figure
        </button>
        <button
          type="button"
          aria-pressed={kind === "assertion"}
          onClick={() => setKind("assertion")}
          data-testid="wb-claim-assertion"
        >
          An assertion
        </button>
      </fieldset>
      {kind === "figure" && (
        <div className="wb-figure" data-testid="wb-figure-fields">
          <label className="check">
            <input type="checkbox" checked={fields.range} onChange={(e) => change({ range: e.target.checked })} />
            <span>A range</span>
          </label>
          <div className="wb-row">
            {fields.range ? (
              <>
                <input
                  aria-label="From"
                  inputMode="decimal"
                  value={fields.min}
                  onChange={(e) => change({ min: e.target.value })}
                  data-testid="wb-figure-min"
                />
                <span>to</span>
                <input
                  aria-label="To"
                  inputMode="decimal"
                  value={fields.max}
                  onChange={(e) => change({ max: e.target.value })}
                  data-testid="wb-figure-max"
                />
              </>
            ) : (
              <input
                aria-label="Amount"
                inputMode="decimal"
                value={fields.amount}
                onChange={(e) => change({ amount: e.target.value })}
                data-testid="wb-figure-amount"
              />
            )}
            <select
              aria-label="Scale"
              value={fields.factor}
              onChange={(e) => change({ factor: Number(e.target.value) })}
              data-testid="wb-figure-scale"
            >
              {SCALE_CHOICES.map((s) => (
                <option key={s.factor} value={s.factor}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
          <div className="wb-row">
            <label>
              Unit{" "}
              <input
                list="wb-units"
                value={fields.unit}
                onChange={(e) => change({ unit: e.target.value })}
                data-testid="wb-figure-unit"
              />
            </label>
            <datalist id="wb-units">
              {UNITS.map((u) => (
                <option key={u} value={u} />
              ))}
            </datalist>
            {fields.unit === "currency" && (
              <label>
                Currency{" "}
                <input
                  list="wb-currencies"
                  size={5}
                  value={fields.currency}
                  onChange={(e) => change({ currency: e.target.value.toUpperCase() })}
                  data-testid="wb-figure-currency"
                />
                <datalist id="wb-currencies">
                  {CURRENCIES.map((c) => (
                    <option key={c} value={c} />
                  ))}
                </datalist>
              </label>
            )}
            <label className="check">
              <input
                type="checkbox"
                checked={fields.approximate}
                onChange={(e) => change({ approximate: e.target.checked })}
              />
              <span>About (hedged)</span>
            </label>
          </div>
          <label className="wb-field">
            <span className="wb-label">What it measures (optional)</span>
            <input
              placeholder="planned-investment, ai-capital-spending"
              value={measure}
              onChange={(e) => setMeasure(e.target.value)}
              data-testid="wb-figure-measure"
            />
            <span className="muted small">
              Lowercase words joined by “-”. Claims with the same subject and measure are compared in the Claims view;
              left empty, the measure is inferred from subject, unit and period.
            </span>
          </label>
        </div>
      )}
      <div className="wb-row">
        <label>
          Period{" "}
          <input
            placeholder="2025, 2025-Q4, 2025-02"
            size={12}
            value={fields.periodStart}
            onChange={(e) => change({ periodStart: e.target.value })}
            data-testid="wb-period-start"
          />
        </label>
        <label>
          to{" "}
          <input
            placeholder="(optional)"
            size={10}
            value={fields.periodEnd}
            onChange={(e) => change({ periodEnd: e.target.value })}
            data-testid="wb-period-end"
          />
        </label>
      </div>
      <label className="wb-field">
        <span className="wb-label">The claim in English</span>
        <textarea
          rows={3}
          lang="en"
          value={statement}
          onChange={(e) => setStatement(e.target.value)}
          data-testid="wb-claim-statement"
        />
      </label>
      <EntityList
        label="Stated by"
        ids={statedBy}
        onChange={setStatedBy}
        testId="wb-claim-stated-by"
        hint="No one: the source says it in its own voice."
      />
      <EntityList label="About" ids={about} onChange={setAbout} testId="wb-claim-about" hint="Name at least one." />
      <EvidenceFields markId={mark?.id} evidence={evidence} onChange={setEvidence} />
    </FormFrame>
  );
}
