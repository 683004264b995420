// Links a document's new entities to existing ones of the same type whose normalised name or alias is the same.
import { searchKeysOf } from "@domain/text/normalize";
import type { IngestIssue } from "./IngestError";
import type { KnownEntity, ValidDocument } from "./validateDocument";

/** One entity of the document that turned out to be an entity the graph already has. */
export interface AliasLink {
  /** The id the document used. */
  from: string;
  /** The existing entity it now stands for. */
  to: string;
  /** The normalised name both share. */
  key: string;
}

export interface AliasResolution {
  idMap: ReadonlyMap<string, string>;
  links: AliasLink[];
  issues: IngestIssue[];
}

/** The names an entity is known by: English name, Arabic name and aliases. */
export function namesOf(entity: { name: string; nameAr?: string | undefined; aliases: string[] }): string[] {
  return [entity.name, ...(entity.nameAr === undefined ? [] : [entity.nameAr]), ...entity.aliases];
}

/**
 * For each entity whose id the graph does not have yet, look for known entities of the same type that share a
 * normalised name or alias. One match links the entity to it; several are an error the annotator must settle by id.
 */
export function resolveAliases(
  doc: ValidDocument,
  known: ReadonlyMap<string, KnownEntity>,
  byKey: ReadonlyMap<string, readonly KnownEntity[]> = indexByKey(known.values()),
): AliasResolution {
  const idMap = new Map<string, string>();
  const links: AliasLink[] = [];
  const issues: IngestIssue[] = [];
  doc.manifest.entities.forEach((entity, i) => {
    if (known.has(entity.id)) return;
    const matches = new Map<string, string>();
    for (const key of searchKeysOf(namesOf(entity))) {
      for (const candidate of byKey.get(key) ?? []) {
        if (candidate.type === entity.type && !matches.has(candidate.id)) matches.set(candidate.id, key);
      }
    }
    if (matches.size === 1) {
      const [to, key] = [...matches][0] as [string, string];
      idMap.set(entity.id, to);
      links.push({ from: entity.id, to, key });
    } else if (matches.size > 1) {
      issues.push({
        file: doc.file,
        path: `$.entities[${i}]`,
        reason:
          `"${entity.id}" matches several ${entity.type} entities by name or alias (${[...matches.keys()].join(", ")}); ` +
          "use the id of the one meant, or make the names distinct",
      });
    }
  });
  return { idMap, links, issues };
}

/**
 * Known entities by search key. Build it once per run and keep it up to date with `addToKeyIndex`, so linking
 * a thousand documents does not rescan every known entity for each one.
 */
export function indexByKey(entities: Iterable<KnownEntity>): Map<string, KnownEntity[]> {
  const byKey = new Map<string, KnownEntity[]>();
  for (const entity of entities) addToKeyIndex(byKey, entity);
  return byKey;
}

/** Adds (or refreshes, by id) one known entity under each of its search keys. */
export function addToKeyIndex(byKey: Map<string, KnownEntity[]>, entity: KnownEntity): void {
  for (const key of entity.searchKeys) {
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [entity]);
    else {
      const at = list.findIndex((e) => e.id === entity.id);
      if (at === -1) list.push(entity);
      else list[at] = entity;
    }
  }
}

/** The document with every entity id rewritten through `idMap` (ids not in the map stay as they are). */
export function applyIdMap(doc: ValidDocument, idMap: ReadonlyMap<string, string>): ValidDocument {
  if (idMap.size === 0) return doc;
  const id = (x: string) => idMap.get(x) ?? x;
  const { manifest } = doc;
  return {
    ...doc,
    manifest: {
      ...manifest,
      source: {
        ...manifest.source,
        ...(manifest.source.entityId === undefined ? {} : { entityId: id(manifest.source.entityId) }),
        cites: manifest.source.cites.map((w) => (w.entityId === undefined ? w : { ...w, entityId: id(w.entityId) })),
      },
      entities: manifest.entities.map((e) => ({ ...e, id: id(e.id) })),
      externalEntityIds: manifest.externalEntityIds.map(id),
    },
    claims: doc.claims.map((c) => ({ ...c, statedBy: c.statedBy.map(id), about: c.about.map(id) })),
    relations: doc.relations.map((r) => ({ ...r, from: id(r.from), to: id(r.to) })),
    mentions: doc.mentions.map((m) => ({ ...m, entityId: id(m.entityId) })),
    foreignReferences: doc.foreignReferences.map((r) => ({ ...r, id: id(r.id) })),
  };
}

/** The known-entity record of each entity a document defines, to resolve later documents of the same run against. */
export function knownEntitiesOf(doc: ValidDocument): KnownEntity[] {
  return doc.manifest.entities.map((e) => ({ id: e.id, type: e.type, searchKeys: searchKeysOf(namesOf(e)) }));
}
