// A new entity of the draft (an actor the graph does not have yet): type, names in English and Arabic, aliases.
import { Entity } from "@domain/model/entity";
import { useState } from "react";
import { fetchNode } from "../../api/endpoints";
import { useAtomValue } from "../../core/utils/useAtom";
import { openEditor, saveEntity, saveMark, workbenchAtom } from "../../core/workbench";
import { entityIdFor, mentionMark } from "../../core/workbench/marks";
import type { EditorTarget } from "../../core/workbench/types";
import { FormFrame, zodReasons } from "./FormParts";

type Target = Extract<EditorTarget, { kind: "entity" }>;

const ARABIC = /[\u0600-\u06FF]/;
const COMMON_TYPES = ["Organization", "Person", "Government", "Country", "AIModel", "Product", "Project", "Media"];

export function EntityForm({ target }: { target: Target }) {
  const state = useAtomValue(workbenchAtom);
  const existing = state.edit?.entities.find((e) => e.id === target.entityId);
  const given = target.name ?? "";
  const [type, setType] = useState(existing?.type ?? "Organization");
  const [name, setName] = useState(existing?.name ?? (ARABIC.test(given) ? "" : given));
  const [nameAr, setNameAr] = useState(existing?.nameAr ?? target.nameAr ?? (ARABIC.test(given) ? given : ""));
  const [aliases, setAliases] = useState((existing?.aliases ?? []).join("\n"));
  const [description, setDescription] = useState(existing?.description ?? "");
  const [reasons, setReasons] = useState<string[]>([]);
  const taken = new Set([...(state.edit?.entities ?? []).map((e) => e.id)]);
  const id = existing?.id ?? entityIdFor(type, name, taken);
  const types = [
    ...new Set([...(state.vocabulary?.entityTypes.map((t) => t.type) ?? []), ...COMMON_TYPES, type]),
  ].sort();

  const save = async () => {
    const parsed = Entity.safeParse({
      id,
      type,
      name: name.trim(),
      ...(nameAr.trim() ? { nameAr: nameAr.trim() } : {}),
      aliases: aliases
        .split(/\n|;/)
        .map((a) => a.trim())
        .filter((a) => a !== ""),
      ...(description.trim() ? { description: description.trim() } : {}),
    });
    if (!parsed.success) return setReasons(zodReasons(parsed.error));
    // Asked by id (a 404 is a free id): exact, and much faster than a search for a name the graph does not have.
    // No answer at all leaves it to the review, which names a new entity the graph has after all.
    const taken = existing
      ? false
      : await fetchNode(parsed.data.id).then(
          () => true,
          () => false,
        );
    if (taken) {
      return setReasons([
        `The graph already has an entity with the id ${parsed.data.id}: pick it in the chooser instead, or change the name.`,
      ]);
    }
    saveEntity(parsed.data);
    if (target.thenMention && state.edit) {
      saveMark(
        mentionMark(state.edit.marks, parsed.data.id, target.thenMention),
        `Mark the mention of ${parsed.data.name}`,
      );
    } else openEditor(null);
  };

  return (
    <FormFrame
      title={existing ? `Edit ${existing.name}` : "A new entity"}
      testId="wb-entity-form"
      reasons={reasons}
      onSave={() => void save()}
      onCancel={() => openEditor(null)}
      saveLabel={target.thenMention ? "Save and mark the mention" : "Save"}
    >
      <label className="wb-field">
        <span className="wb-label">Type</span>
        <input
          list="wb-entity-types"
          value={type}
          onChange={(e) => setType(e.target.value.replace(/[^A-Za-z0-9]/g, ""))}
          data-testid="wb-entity-type"
        />
        <datalist id="wb-entity-types">
          {types.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
      </label>
      <label className="wb-field">
        <span className="wb-label">Name in English</span>
        <input
          type="text"
          lang="en"
          value={name}
          // biome-ignore lint/a11y/noAutofocus: the form opens because the researcher asked for it.
          autoFocus
          onChange={(e) => setName(e.target.value)}
          data-testid="wb-entity-name"
        />
      </label>
      <label className="wb-field">
        <span className="wb-label">Name in Arabic</span>
        <input
          type="text"
          lang="ar"
          dir="rtl"
          value={nameAr}
          onChange={(e) => setNameAr(e.target.value)}
          data-testid="wb-entity-name-ar"
        />
      </label>
      <label className="wb-field">
        <span className="wb-label">Other names (one a line)</span>
        <textarea rows={2} dir="auto" value={aliases} onChange={(e) => setAliases(e.target.value)} />
      </label>
      <label className="wb-field">
        <span className="wb-label">Description</span>
        <input type="text" value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <p className="muted small">
        Id <code data-testid="wb-entity-id">{id}</code>. An entity of the graph with the same type and name is linked at
        review instead of created.
      </p>
    </FormFrame>
  );
}
