// The form the editor target asks for: a mention, a relation, a claim or a new entity (keyed, so each opens fresh).
import type { EditorTarget } from "../../core/workbench/types";
import { ClaimForm } from "./ClaimForm";
import { EntityForm } from "./EntityForm";
import { MentionForm } from "./MentionForm";
import { RelationForm } from "./RelationForm";

const keyOf = (t: EditorTarget) =>
  t.kind === "entity"
    ? `entity:${t.entityId ?? ""}:${t.name ?? ""}`
    : `${t.kind}:${t.markId ?? ""}:${t.span.start}:${t.span.end}`;

export function MarkEditor({ target }: { target: EditorTarget }) {
  const key = keyOf(target);
  if (target.kind === "mention") return <MentionForm key={key} target={target} />;
  if (target.kind === "relation") return <RelationForm key={key} target={target} />;
  if (target.kind === "claim") return <ClaimForm key={key} target={target} />;
  return <EntityForm key={key} target={target} />;
}
