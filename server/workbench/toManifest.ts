// Pure: a draft becomes a document manifest in the seed/documents/ format, which the ingest pipeline validates and writes.
import type { Draft, DraftEvidence } from "@domain/contracts/workbench";
import { type Claim, DocumentManifest, type EvidenceInput, type Mention, type Relation } from "@domain/model";
import { jsonPath } from "../ingest/IngestError";

/** The stored text's file name in a saved folder. */
export const TEXT_FILE = "source.txt";

const ORIGINAL_EXTENSIONS: Readonly<Record<string, string>> = {
  "text/plain": "txt",
  "text/markdown": "md",
  "text/html": "html",
  "application/pdf": "pdf",
};

/** The claim id a claim mark becomes: stable across saves and commits of the draft. */
export const claimIdOf = (sourceId: string, markId: string): string => `claim:${sourceId}-${markId}`;

/** Where each manifest path came from in the draft, so ingest's issues can name the draft's field. */
export type PathMap = Array<[manifestPrefix: string, draftPrefix: string]>;

export type DraftManifest =
  | { ok: true; manifest: DocumentManifest; paths: PathMap }
  | { ok: false; issues: Array<{ path: string; reason: string }>; paths: PathMap };

function evidence(sourceId: string, e: DraftEvidence): EvidenceInput {
  return {
    sourceId,
    quote: e.quote,
    start: e.start,
    end: e.end,
    ...(e.gloss ? { gloss: e.gloss } : {}),
    ...(e.addedBy ? { addedBy: e.addedBy } : {}),
    ...(e.addedAt ? { addedAt: e.addedAt } : {}),
  };
}

/**
 * The manifest of a draft: its source (text in source.txt, the upload as original.<ext>), the new entities its marks
 * use, mentions grouped by entity, relations, claims (id `claim:<sourceId>-<markId>`), and every existing entity it
 * refers to listed in `externalEntityIds`, so the saved folder re-ingests to the same graph. Evidence carries exact
 * offsets and authorship.
 */
export function draftToManifest(draft: Draft): DraftManifest {
  const sourceId = draft.source.id;
  const paths: PathMap = [];
  const used = new Set<string>();
  const firstUse = new Map<string, string>();
  const use = (id: string, at: string) => {
    used.add(id);
    if (!firstUse.has(id)) firstUse.set(id, at);
  };
  const mentions: Mention[] = [];
  const mentionAt = new Map<string, number>();
  const relations: Relation[] = [];
  const claims: Claim[] = [];
  draft.marks.forEach((mark, k) => {
    const from = `$.marks[${k}]`;
    if (mark.kind === "mention") {
      use(mark.entityId, `${from}.entityId`);
      const at = mentionAt.get(mark.entityId);
      if (at === undefined) {
        mentionAt.set(mark.entityId, mentions.length);
        paths.push([`$.mentions[${mentions.length}].evidence[0]`, `${from}.evidence`]);
        mentions.push({ entityId: mark.entityId, evidence: [evidence(sourceId, mark.evidence)] });
      } else {
        const m = mentions[at] as Mention;
        paths.push([`$.mentions[${at}].evidence[${m.evidence.length}]`, `${from}.evidence`]);
        m.evidence.push(evidence(sourceId, mark.evidence));
      }
      paths.push([`$.mentions[${mentionAt.get(mark.entityId)}]`, from]);
    } else if (mark.kind === "relation") {
      use(mark.from, `${from}.from`);
      use(mark.to, `${from}.to`);
      paths.push([`$.relations[${relations.length}]`, from]);
      relations.push({
        from: mark.from,
        to: mark.to,
        type: mark.type,
        properties: mark.properties ?? {},
        evidence: mark.evidence.map((e) => evidence(sourceId, e)),
      });
    } else {
      mark.statedBy.forEach((id, j) => {
        use(id, `${from}.statedBy[${j}]`);
      });
      mark.about.forEach((id, j) => {
        use(id, `${from}.about[${j}]`);
      });
      paths.push([`$.claims[${claims.length}]`, from]);
      claims.push({
        id: claimIdOf(sourceId, mark.id),
        kind: mark.claimKind,
        statement: mark.statement,
        original: mark.original ?? (mark.evidence[0]?.quote as string),
        ...(mark.quantity ? { quantity: mark.quantity } : {}),
        ...(mark.measure ? { measure: mark.measure } : {}),
        ...(mark.period ? { period: mark.period } : {}),
        statedBy: mark.statedBy,
        about: mark.about,
        evidence: mark.evidence.map((e) => evidence(sourceId, e)),
      });
    }
  });
  const defined = new Set(draft.entities.map((e) => e.id));
  const entities = draft.entities.filter((e) => used.has(e.id));
  const external = [...used].filter((id) => !defined.has(id)).sort();
  const original = draft.original;
  const extension = original ? (ORIGINAL_EXTENSIONS[original.mediaType] ?? "bin") : undefined;
  const parsed = DocumentManifest.safeParse({
    source: {
      id: sourceId,
      title: draft.source.title,
      language: draft.source.language,
      ...(draft.source.date ? { date: draft.source.date } : {}),
      ...(draft.source.publisher ? { publisher: draft.source.publisher } : {}),
      ...(draft.source.url ? { url: draft.source.url } : {}),
      textFile: TEXT_FILE,
      ...(original
        ? {
            original: {
              file: `original.${extension}`,
              mediaType: original.mediaType,
              bytes: original.bytes,
              sha256: original.sha256,
              uploadedName: original.uploadedName,
            },
          }
        : {}),
    },
    entities,
    claims,
    relations,
    mentions,
    externalEntityIds: external,
  });
  paths.push(["$.source.id", "$.source.id"], ["$.source", "$.source"]);
  external.forEach((id, i) => {
    paths.push([`$.externalEntityIds[${i}]`, firstUse.get(id) ?? "$"]);
  });
  draft.entities.forEach((e, i) => {
    const at = entities.indexOf(e);
    if (at >= 0) paths.push([`$.entities[${at}]`, `$.entities[${i}]`]);
  });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: draftPath(paths, jsonPath(i.path)), reason: i.message }));
    return { ok: false, issues, paths };
  }
  return { ok: true, manifest: parsed.data, paths };
}

/** The draft path an ingest issue's manifest path stands for (the longest prefix that maps), else the path itself. */
export function draftPath(paths: PathMap, manifestPath: string): string {
  let best: [string, string] | undefined;
  for (const pair of paths) {
    const [prefix] = pair;
    const boundary = manifestPath.length === prefix.length || /[.[]/.test(manifestPath.charAt(prefix.length));
    if (manifestPath.startsWith(prefix) && boundary && (best === undefined || prefix.length > best[0].length))
      best = pair;
  }
  if (best === undefined) return manifestPath;
  return `${best[1]}${manifestPath.slice(best[0].length)}`;
}
