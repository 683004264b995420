// Checks one loaded document without touching the graph: unique ids, located quotes, translation, local references.
import { COMPUTED_ATTRIBUTES } from "@domain/contracts/corroboration";
import type { Claim } from "@domain/model/claim";
import type { Mention } from "@domain/model/document";
import { EVIDENCE_PROPERTIES, type EvidenceInput } from "@domain/model/evidence";
import type { Relation } from "@domain/model/relation";
import type { IngestIssue } from "./IngestError";
import type { LoadedDocument } from "./loadDocument";
import { closestPassage, describeLocationProblem, locateQuote } from "./locateQuote";

/** Evidence located in the document's source: `text.slice(start, end) === quote`. */
export interface LocatedEvidence {
  sourceId: string;
  quote: string;
  start: number;
  end: number;
  /** `""` when the annotator gave no gloss. */
  gloss: string;
  /** Who added it, `""` when the manifest does not say. */
  addedBy: string;
  /** When it was added (ISO 8601), `""` when the manifest does not say. */
  addedAt: string;
}

export type LocatedClaim = Omit<Claim, "evidence"> & { evidence: LocatedEvidence[] };
export type LocatedRelation = Omit<Relation, "evidence"> & { evidence: LocatedEvidence[] };
export type LocatedMention = Omit<Mention, "evidence"> & { evidence: LocatedEvidence[] };

/** An id this document uses but does not define: it must already be in the graph, or come from an earlier document. */
export interface ForeignReference {
  id: string;
  path: string;
}

export interface ValidDocument extends LoadedDocument {
  claims: LocatedClaim[];
  relations: LocatedRelation[];
  mentions: LocatedMention[];
  /** Where each translation segment's original sits in the text, in segment order. */
  translationSpans: Array<{ start: number; end: number }>;
  foreignReferences: ForeignReference[];
}

export type ValidationResult = { ok: true; document: ValidDocument } | { ok: false; issues: IngestIssue[] };

export function validateDocument(doc: LoadedDocument): ValidationResult {
  const { manifest, text, file } = doc;
  const issues: IngestIssue[] = [];
  const issue = (path: string, reason: string) => issues.push({ file, path, reason });
  const sourceId = manifest.source.id;

  const firstAt = (ids: string[], what: string, listPath: string) => {
    const seen = new Map<string, number>();
    ids.forEach((id, i) => {
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else issue(`${listPath}[${i}].id`, `duplicate ${what} id "${id}" (first defined at ${listPath}[${first}])`);
    });
  };
  firstAt(
    manifest.entities.map((e) => e.id),
    "entity",
    "$.entities",
  );
  firstAt(
    manifest.claims.map((c) => c.id),
    "claim",
    "$.claims",
  );

  const defined = new Set(manifest.entities.map((e) => e.id));
  const external = new Set<string>();
  manifest.externalEntityIds.forEach((id, i) => {
    const path = `$.externalEntityIds[${i}]`;
    if (defined.has(id)) issue(path, `"${id}" is defined in this document's entities, so it is not external`);
    else if (external.has(id)) issue(path, `"${id}" is listed twice`);
    external.add(id);
  });

  const foreignReferences: ForeignReference[] = manifest.externalEntityIds
    .map((id, i) => ({ id, path: `$.externalEntityIds[${i}]` }))
    .filter((r) => !defined.has(r.id));
  const reference = (id: string, path: string) => {
    if (!defined.has(id) && !external.has(id)) foreignReferences.push({ id, path });
  };

  const locate = (evidence: EvidenceInput[], path: string): LocatedEvidence[] =>
    evidence.flatMap((e, i) => {
      const at = `${path}[${i}]`;
      if (e.sourceId !== sourceId) {
        issue(`${at}.sourceId`, `must be this document's source "${sourceId}", not "${e.sourceId}"`);
        return [];
      }
      const authorship = { addedBy: e.addedBy ?? "", addedAt: e.addedAt ?? "" };
      if (e.start !== undefined && e.end !== undefined) {
        const problem = checkExactSpan(text, e.quote, e.start, e.end);
        if (problem !== undefined) {
          issue(`${at}.start`, problem);
          return [];
        }
        return [{ sourceId, quote: e.quote, start: e.start, end: e.end, gloss: e.gloss ?? "", ...authorship }];
      }
      const location = locateQuote(text, e.quote, e.occurrence);
      if (!location.found) {
        issue(`${at}.${location.problem === "missing" ? "quote" : "occurrence"}`, describeLocationProblem(location));
        return [];
      }
      return [
        { sourceId, quote: e.quote, start: location.start, end: location.end, gloss: e.gloss ?? "", ...authorship },
      ];
    });

  const claims: LocatedClaim[] = manifest.claims.map((claim, i) => {
    claim.statedBy.forEach((id, j) => {
      reference(id, `$.claims[${i}].statedBy[${j}]`);
    });
    claim.about.forEach((id, j) => {
      reference(id, `$.claims[${i}].about[${j}]`);
    });
    return { ...claim, evidence: locate(claim.evidence, `$.claims[${i}].evidence`) };
  });

  const relations: LocatedRelation[] = manifest.relations.map((relation, i) => {
    reference(relation.from, `$.relations[${i}].from`);
    reference(relation.to, `$.relations[${i}].to`);
    for (const key of Object.keys(relation.properties)) {
      if (EVIDENCE_PROPERTIES.has(key)) {
        issue(`$.relations[${i}].properties.${key}`, `"${key}" is reserved for the evidence lists`);
      } else if (COMPUTED_ATTRIBUTES.has(key)) {
        issue(`$.relations[${i}].properties.${key}`, `"${key}" is computed by the explorer, never stored`);
      }
    }
    return { ...relation, evidence: locate(relation.evidence, `$.relations[${i}].evidence`) };
  });

  if (manifest.source.entityId !== undefined) reference(manifest.source.entityId, "$.source.entityId");

  const mentions: LocatedMention[] = manifest.mentions.map((mention, i) => {
    reference(mention.entityId, `$.mentions[${i}].entityId`);
    return { ...mention, evidence: locate(mention.evidence, `$.mentions[${i}].evidence`) };
  });

  manifest.source.cites.forEach((work, i) => {
    if (work.entityId !== undefined) reference(work.entityId, `$.source.cites[${i}].entityId`);
  });

  const translationSpans: Array<{ start: number; end: number }> = [];
  let cursor = 0;
  manifest.source.translation?.segments.forEach((segment, i) => {
    const after = text.indexOf(segment.original, cursor);
    const start = after >= 0 ? after : text.indexOf(segment.original);
    if (start < 0) {
      const c = closestPassage(text, segment.original);
      issue(
        `$.source.translation.segments[${i}].original`,
        `is not a passage of the source text; closest passage is at [${c.start}, ${c.end}) (${c.edits} edits away): ${JSON.stringify(c.text)}`,
      );
      return;
    }
    translationSpans.push({ start, end: start + segment.original.length });
    cursor = start + segment.original.length;
  });

  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, document: { ...doc, claims, relations, mentions, translationSpans, foreignReferences } };
}

/**
 * Why exact offsets do not fit the text (past its end, empty, or not the quote), or undefined when
 * `text.slice(start, end) === quote`. Offsets are UTF-16 code units.
 */
export function checkExactSpan(text: string, quote: string, start: number, end: number): string | undefined {
  if (end <= start) return `end (${end}) must be after start (${start})`;
  if (end > text.length) return `[${start}, ${end}) runs past the end of the text (${text.length} UTF-16 code units)`;
  const found = text.slice(start, end);
  if (found !== quote) {
    return `the text at [${start}, ${end}) is ${JSON.stringify(found)}, not the quote ${JSON.stringify(quote)}`;
  }
  return undefined;
}

/** An entity as the graph (or an earlier document of the same run) already has it. */
export interface KnownEntity {
  id: string;
  type: string;
  searchKeys: string[];
}

/**
 * The checks that need the graph: every foreign reference names an entity that exists (in the graph or in an
 * earlier document of this run), and an entity defined again keeps its type.
 */
export function checkReferences(doc: ValidDocument, known: ReadonlyMap<string, KnownEntity>): IngestIssue[] {
  const issues: IngestIssue[] = [];
  for (const ref of doc.foreignReferences) {
    if (!known.has(ref.id)) {
      issues.push({
        file: doc.file,
        path: ref.path,
        reason: `refers to entity "${ref.id}", which is neither defined in this document nor in the graph`,
      });
    }
  }
  doc.manifest.entities.forEach((entity, i) => {
    const existing = known.get(entity.id);
    if (existing && existing.type !== entity.type) {
      issues.push({
        file: doc.file,
        path: `$.entities[${i}].type`,
        reason: `"${entity.id}" is already in the graph as ${existing.type}; it cannot also be ${entity.type}`,
      });
    }
  });
  return issues;
}
