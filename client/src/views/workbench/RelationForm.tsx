// A relation: two entities picked by alias search, a type from the graph's vocabulary or a new one, and its quotes.
import { RelationMark } from "@domain/contracts/workbench";
import { RelationType } from "@domain/model/ids";
import { useState } from "react";
import { useAtomValue } from "../../core/utils/useAtom";
import { entitiesInSpan, entityName, openEditor, saveMark, workbenchAtom } from "../../core/workbench";
import { evidenceOf, nextMarkId, relationTypeOf } from "../../core/workbench/marks";
import type { EditorTarget } from "../../core/workbench/types";
import { EntityChooser } from "./EntityChooser";
import { EvidenceFields } from "./EvidenceFields";
import { FormFrame, zodReasons } from "./FormParts";

type Target = Extract<EditorTarget, { kind: "relation" }>;

export function RelationForm({ target }: { target: Target }) {
  const state = useAtomValue(workbenchAtom);
  const existing = state.edit?.marks.find((m) => m.id === target.markId);
  const mark = existing?.kind === "relation" ? existing : undefined;
  const named = mark ? [] : entitiesInSpan(target.span);
  const [from, setFrom] = useState<string | null>(mark?.from ?? target.from ?? named[0] ?? null);
  const [to, setTo] = useState<string | null>(mark?.to ?? target.to ?? named[1] ?? null);
  const [type, setType] = useState(mark?.type ?? target.type ?? "");
  const [evidence, setEvidence] = useState(mark?.evidence ?? [evidenceOf(target.span)]);
  const [reasons, setReasons] = useState<string[]>([]);
  const vocabulary = state.vocabulary?.relationTypes ?? [];
  const ownTypes = (state.edit?.marks ?? []).flatMap((m) => (m.kind === "relation" ? [m.type] : []));
  const known = new Set([...vocabulary.map((v) => v.type), ...ownTypes]);
  const normalised = relationTypeOf(type);
  const typeOk = RelationType.safeParse(normalised).success;

  const save = () => {
    if (!from || !to) return setReasons(["Pick both entities: who or what the relation goes from, and to."]);
    const parsed = RelationMark.safeParse({
      id: mark?.id ?? nextMarkId(state.edit?.marks ?? [], "rel"),
      kind: "relation",
      from,
      to,
      type: normalised,
      ...(mark?.properties ? { properties: mark.properties } : {}),
      evidence,
    });
    if (!parsed.success) return setReasons(zodReasons(parsed.error));
    saveMark(parsed.data, `${mark ? "Edit" : "Mark"} ${entityName(from)} ${normalised} ${entityName(to)}`);
  };

  return (
    <FormFrame
      title={mark ? "Edit the relation" : "A relation"}
      testId="wb-relation-form"
      reasons={reasons}
      onSave={save}
      onCancel={() => openEditor(null)}
    >
      <EntityChooser label="From" value={from} onChange={setFrom} testId="wb-relation-from" autoFocus={!from} />
      <div className="wb-swap">
        <button
          type="button"
          className="link"
          onClick={() => {
            setFrom(to);
            setTo(from);
          }}
          data-testid="wb-relation-swap"
        >
          ⇅ Swap the direction
        </button>
      </div>
      <label className="wb-field">
        <span className="wb-label">Relation type</span>
        <input
          type="text"
          list="wb-relation-types"
          placeholder="e.g. INVESTS_IN, or a new type"
          value={type}
          onChange={(e) => setType(e.target.value)}
          data-testid="wb-relation-type"
        />
        <datalist id="wb-relation-types">
          {[...known].sort().map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
        {type.trim() !== "" && (
          <span className={typeOk ? "muted small" : "error small"} data-testid="wb-relation-type-note">
            {!typeOk
              ? "A type is letters, digits and _ (e.g. WORKS_FOR)."
              : known.has(normalised)
                ? `${normalised}: a type the graph uses${vocabulary.find((v) => v.type === normalised) ? ` (${vocabulary.find((v) => v.type === normalised)?.count} edges)` : ""}`
                : `${normalised}: a new type`}
          </span>
        )}
      </label>
      <EntityChooser label="To" value={to} onChange={setTo} testId="wb-relation-to" />
      <EvidenceFields markId={mark?.id} evidence={evidence} onChange={setEvidence} />
    </FormFrame>
  );
}
