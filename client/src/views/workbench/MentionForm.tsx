// A mention: the selected words name an entity of the graph or a new one of the draft.
import { MentionMark } from "@domain/contracts/workbench";
import { useState } from "react";
import { useAtomValue } from "../../core/utils/useAtom";
import { entityName, openEditor, saveMark, workbenchAtom } from "../../core/workbench";
import { evidenceOf, nextMarkId } from "../../core/workbench/marks";
import type { EditorTarget } from "../../core/workbench/types";
import { EntityChooser } from "./EntityChooser";
import { EvidenceFields } from "./EvidenceFields";
import { FormFrame, zodReasons } from "./FormParts";

type Target = Extract<EditorTarget, { kind: "mention" }>;

export function MentionForm({ target }: { target: Target }) {
  const state = useAtomValue(workbenchAtom);
  const existing = state.edit?.marks.find((m) => m.id === target.markId && m.kind === "mention");
  const [entityId, setEntityId] = useState<string | null>(
    target.entityId ?? (existing?.kind === "mention" ? existing.entityId : null),
  );
  const [evidence, setEvidence] = useState(
    existing?.kind === "mention" ? [existing.evidence] : [evidenceOf(target.span)],
  );
  const [reasons, setReasons] = useState<string[]>([]);
  const quote = evidence[0]?.quote ?? target.span.quote;

  const save = () => {
    const id = existing?.id ?? nextMarkId(state.edit?.marks ?? [], "m");
    const parsed = MentionMark.safeParse({ id, kind: "mention", entityId: entityId ?? "", evidence: evidence[0] });
    if (!entityId) return setReasons(["Pick the entity these words name, or make a new one."]);
    if (!parsed.success) return setReasons(zodReasons(parsed.error));
    saveMark(parsed.data, `${existing ? "Edit" : "Mark"} the mention of ${entityName(entityId)}`);
  };

  return (
    <FormFrame
      title={existing ? "Edit the mention" : "A mention of an entity"}
      testId="wb-mention-form"
      reasons={reasons}
      onSave={save}
      onCancel={() => openEditor(null)}
    >
      <EntityChooser
        label="Entity"
        value={entityId}
        onChange={setEntityId}
        initialQuery={quote}
        autoFocus
        testId="wb-mention-entity"
        onNew={(name) => openEditor({ kind: "entity", name, thenMention: evidence[0] ?? target.span })}
      />
      <EvidenceFields markId={existing?.id} evidence={evidence} onChange={setEvidence} single />
    </FormFrame>
  );
}
