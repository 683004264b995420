// The source workbench's contracts: adding a document, drafts of marked evidence, suggestions, review, commit, retract.
// Every offset is in UTF-16 code units of the draft's stored text (JavaScript string indices, end exclusive).
import { z } from "zod";
import { ClaimKind, MeasureKey, Period, Quantity } from "../model/claim";
import { DocumentManifest } from "../model/document";
import { Entity } from "../model/entity";
import { LanguageCode, PartialDate, RelationType, StableId } from "../model/ids";
import { PropertyValue } from "../model/relation";
import { SourceMeta } from "../model/source";
import { FigureCandidate } from "../text/figures";

const Offset = z.number().int().min(0).meta({ description: "UTF-16 code units into the draft's text." });
const IsoTime = z.iso.datetime({ offset: true });

/** A draft's id: "d-" and 16 hex digits, made by the server. */
export const DraftId = z
  .string()
  .regex(/^d-[0-9a-f]{16}$/, { message: 'must be a draft id such as "d-0123456789abcdef"' });
export type DraftId = z.infer<typeof DraftId>;

/** An id the client gives each mark, unique in its draft (e.g. "m1", "rel-3"). */
export const MarkId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'must be lowercase letters, digits and "-", e.g. "m1"' });
export type MarkId = z.infer<typeof MarkId>;

/**
 * A piece of evidence in a draft: the span of the reader's selection and its exact words. The server checks
 * `text.slice(start, end) === quote` on every save. `addedBy`/`addedAt` are set by the server (KG_AUTHOR, now) when
 * absent; a client keeps them as it got them, and drops them when it changes the span.
 */
export const DraftEvidence = z.strictObject({
  start: Offset,
  end: Offset,
  quote: z.string().min(1).max(2000),
  gloss: z.string().min(1).max(2000).optional(),
  addedBy: z.string().min(1).max(200).optional(),
  addedAt: IsoTime.optional(),
});
export type DraftEvidence = z.infer<typeof DraftEvidence>;

export const MentionMark = z.strictObject({
  id: MarkId,
  kind: z.literal("mention"),
  /** An entity of the graph, or one of the draft's new entities. */
  entityId: StableId,
  evidence: DraftEvidence,
});
export const RelationMark = z.strictObject({
  id: MarkId,
  kind: z.literal("relation"),
  from: StableId,
  to: StableId,
  /** A type of the existing vocabulary (GET /api/workbench/vocabulary) or a new one, UPPER_SNAKE_CASE. */
  type: RelationType,
  properties: z.record(z.string().regex(/^[a-z][A-Za-z0-9]{0,39}$/), PropertyValue).optional(),
  evidence: z.array(DraftEvidence).min(1).max(50),
});
export const ClaimMark = z.strictObject({
  id: MarkId,
  kind: z.literal("claim"),
  /** "figure": a quantity with unit, currency and period; "assertion": an attributed statement. */
  claimKind: ClaimKind,
  /** The claim in English. */
  statement: z.string().min(1).max(2000),
  /** The source's own wording; defaults to the first evidence's quote. */
  original: z.string().min(1).max(4000).optional(),
  quantity: Quantity.optional(),
  /** What a figure measures (kebab-case, e.g. "planned-investment"); absent: inferred (docs/model.md, Corroboration). */
  measure: MeasureKey.optional(),
  period: Period.optional(),
  /** Who states it (entity ids); empty: the source in its own voice. */
  statedBy: z.array(StableId).max(20).default([]),
  /** What it is about (entity ids). */
  about: z.array(StableId).min(1).max(20),
  evidence: z.array(DraftEvidence).min(1).max(50),
});
/** What a researcher marked: a mention of an entity, a relation between two, or a claim. */
export const DraftMark = z.discriminatedUnion("kind", [MentionMark, RelationMark, ClaimMark]);
export type DraftMark = z.infer<typeof DraftMark>;

/** The source's metadata as the researcher gives it. */
/** `id` is the source id the commit will use; proposed from the title, unique in the graph and among drafts. */
export const DraftSource = SourceMeta.pick({
  id: true,
  title: true,
  language: true,
  date: true,
  publisher: true,
  url: true,
});
export type DraftSource = z.infer<typeof DraftSource>;

export const ExtractedAs = z.enum(["paste", "txt", "md", "html", "pdf"]);
export type ExtractedAs = z.infer<typeof ExtractedAs>;

/** The uploaded file, kept beside the draft and, once committed, beside the saved folder's text. */
export const DraftOriginal = z.object({
  uploadedName: z.string(),
  mediaType: z.string(),
  bytes: z.number().int().meta({ description: "Size of the uploaded file in bytes." }),
  sha256: z.string(),
  pages: z.number().int().optional().meta({ description: "PDF pages." }),
});

/** Everything the researcher marked so far: save it after each step (PUT), load it after a reload (GET). */
export const Draft = z
  .object({
    id: DraftId,
    /** Increases by one with every save; a save or commit naming an older revision is refused (409 DRAFT_CONFLICT). */
    revision: z.number().int().min(1),
    createdAt: IsoTime,
    updatedAt: IsoTime,
    source: DraftSource,
    /** The text evidence offsets refer to, byte-exact as extracted (never changed after the draft is made). */
    text: z.string(),
    /** The writing direction of most of the text, for the reader. */
    direction: z.enum(["rtl", "ltr"]),
    extractedAs: ExtractedAs,
    original: DraftOriginal.optional(),
    /** New entities the draft defines (existing ones are referred to by id). */
    entities: z.array(Entity),
    marks: z.array(DraftMark),
    /** Ids of suggestions the researcher rejected: they are not suggested again. */
    rejected: z.array(z.string().max(300)),
    /** The last commit of this draft, when there was one. */
    committed: z.object({ key: z.string(), revision: z.number().int(), at: IsoTime }).optional(),
  })
  .meta({ id: "WorkbenchDraft" });
export type Draft = z.infer<typeof Draft>;

/** A save: the editable parts of the draft, and the revision the client last saw. */
export const DraftUpdate = z
  .strictObject({
    revision: z.number().int().min(1),
    source: DraftSource.optional(),
    entities: z.array(Entity).max(500),
    marks: z.array(DraftMark).max(5000),
    rejected: z.array(z.string().max(300)).max(20_000).default([]),
  })
  .meta({ id: "WorkbenchDraftUpdate" });
export type DraftUpdate = z.infer<typeof DraftUpdate>;

export const DraftSummary = z.object({
  id: DraftId,
  revision: z.number().int(),
  title: z.string(),
  sourceId: z.string(),
  language: z.string(),
  updatedAt: z.string(),
  marks: z.number().int(),
  committed: z.boolean(),
});
export const DraftList = z.object({ drafts: z.array(DraftSummary) });

// ---------- adding a document ----------

export const UploadMediaType = z.enum(["text/plain", "text/markdown", "text/html", "application/pdf"]);
export type UploadMediaType = z.infer<typeof UploadMediaType>;

export const DocumentContent = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("paste"),
    /** The pasted text, stored exactly as sent. */
    text: z.string().min(1, "must not be empty"),
  }),
  z.strictObject({
    kind: z.literal("file"),
    /** The file's name; its extension (.txt, .md, .html, .htm, .pdf) says how to read it unless mediaType does. */
    name: z.string().min(1).max(300),
    mediaType: UploadMediaType.optional(),
    /** The file's bytes, base64 (RFC 4648). */
    base64: z
      .string()
      .min(1)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: "must be base64" }),
  }),
]);
export type DocumentContent = z.infer<typeof DocumentContent>;

export const AddDocumentRequest = z
  .strictObject({
    title: z.string().trim().min(1).max(500),
    /** BCP 47; by default "ar" when most letters are Arabic, else "en". */
    language: LanguageCode.optional(),
    date: PartialDate.optional(),
    publisher: z.string().min(1).max(200).optional(),
    url: z.url().optional(),
    /** Propose a source id; by default one is made from the title. */
    sourceId: StableId.optional(),
    content: DocumentContent,
  })
  .meta({ id: "WorkbenchAddDocument" });
export type AddDocumentRequest = z.infer<typeof AddDocumentRequest>;

/** What the browser needs to know before adding a document: the author evidence is recorded under, and the limits. */
export const WorkbenchInfo = z
  .object({
    /** Recorded as `addedBy` on every piece of evidence saved in a draft (KG_AUTHOR). */
    author: z.string(),
    maxUploadBytes: z.number().int().meta({ description: "Largest uploaded file, in bytes." }),
    maxTextChars: z.number().int().meta({ description: "Longest text, in UTF-16 code units." }),
    maxPdfPages: z.number().int(),
    /** File name extensions (without the dot) the server reads, each with the media type it reads it as. */
    uploadTypes: z.array(z.object({ extension: z.string(), mediaType: UploadMediaType })),
  })
  .meta({ id: "WorkbenchInfo" });
export type WorkbenchInfo = z.infer<typeof WorkbenchInfo>;

// ---------- suggestions ----------

export const MentionSuggestion = z.object({
  /** Stable id ("mention:<start>:<end>:<entityId>"): reject it by listing it in the draft's `rejected`. */
  id: z.string(),
  start: Offset,
  end: Offset,
  quote: z.string(),
  /** The name or alias that matched, as the graph spells it. */
  matched: z.string(),
  entityId: z.string(),
  entityType: z.string(),
  name: z.string(),
  nameAr: z.string().optional(),
  /** The entity is one of this draft's new entities rather than the graph's. */
  draftEntity: z.boolean(),
});
export type MentionSuggestion = z.infer<typeof MentionSuggestion>;

export const FigureSuggestion = FigureCandidate.extend({ id: z.string() });
export type FigureSuggestion = z.infer<typeof FigureSuggestion>;

export const RelationSuggestion = z.object({
  id: z.string(),
  /** The sentence both entities are named in. */
  start: Offset,
  end: Offset,
  quote: z.string(),
  from: z.object({ entityId: z.string(), name: z.string(), start: Offset, end: Offset }),
  to: z.object({ entityId: z.string(), name: z.string(), start: Offset, end: Offset }),
  /** Relation types the graph already has between the two, in either direction. */
  existingTypes: z.array(z.object({ type: z.string(), direction: z.enum(["out", "in"]) })),
});
export type RelationSuggestion = z.infer<typeof RelationSuggestion>;

export const SuggestionsResponse = z
  .object({
    draftId: DraftId,
    revision: z.number().int(),
    mentions: z.array(MentionSuggestion),
    figures: z.array(FigureSuggestion),
    relations: z.array(RelationSuggestion),
    dictionary: z.object({
      names: z.number().int(),
      entities: z.number().int(),
      buildMs: z.number().int(),
      builtAt: z.string(),
      stale: z.boolean().meta({
        description:
          "The graph's names changed since this dictionary was built; a new one is being built and later look-ups use it.",
      }),
    }),
  })
  .meta({ id: "WorkbenchSuggestions" });
export type SuggestionsResponse = z.infer<typeof SuggestionsResponse>;

export const Vocabulary = z
  .object({
    relationTypes: z.array(z.object({ type: z.string(), count: z.number().int() })),
    entityTypes: z.array(z.object({ type: z.string(), count: z.number().int() })),
  })
  .meta({ id: "WorkbenchVocabulary" });
export type Vocabulary = z.infer<typeof Vocabulary>;

// ---------- review and commit ----------

export const PlannedEvidence = z.object({
  quote: z.string(),
  start: Offset,
  end: Offset,
  gloss: z.string().optional(),
  addedBy: z.string().optional(),
  addedAt: z.string().optional(),
});

export const ReviewIssue = z.object({
  /** A JSON path into the draft, e.g. `$.marks[2].evidence[0]`, or `$` for the whole. */
  path: z.string(),
  reason: z.string(),
});

/** What a commit would change: new nodes, new edges, and evidence added to what the graph already has. */
export const ReviewResponse = z
  .object({
    draftId: DraftId,
    revision: z.number().int(),
    sourceId: z.string(),
    /** False when the commit would be refused; `issues` says why. */
    ok: z.boolean(),
    issues: z.array(ReviewIssue),
    newNodes: z.array(
      z.object({ id: z.string(), kind: z.enum(["entity", "claim", "source"]), type: z.string(), label: z.string() }),
    ),
    newEdges: z.array(
      z.object({ from: z.string(), type: z.string(), to: z.string(), evidence: z.array(PlannedEvidence) }),
    ),
    evidenceAdded: z.array(
      z.object({
        on: z.enum(["edge", "claim"]),
        /** The claim's id, or the edge's ends and type. */
        id: z.string().optional(),
        from: z.string().optional(),
        type: z.string().optional(),
        to: z.string().optional(),
        evidence: z.array(PlannedEvidence),
      }),
    ),
    /** New entities that turned out to be existing ones (same type, same normalised name or alias). */
    links: z.array(z.object({ from: z.string(), to: z.string(), key: z.string() })),
    /** The document folder's manifest the commit saves (and ingests). */
    manifest: DocumentManifest.optional(),
  })
  .meta({ id: "WorkbenchReview" });
export type ReviewResponse = z.infer<typeof ReviewResponse>;

export const IdempotencyKey = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,128}$/, { message: "must be 8 to 128 letters, digits, '-' or '_' (e.g. a UUID)" });

export const CommitRequest = z
  .strictObject({
    /** The revision reviewed; a newer draft on the server refuses the commit (409 DRAFT_CONFLICT). */
    revision: z.number().int().min(1),
  })
  .meta({ id: "WorkbenchCommitRequest" });
export type CommitRequest = z.infer<typeof CommitRequest>;

export const CommitState = z.enum(["running", "committed", "failed"]);
export type CommitState = z.infer<typeof CommitState>;

export const CommitStatus = z
  .object({
    key: z.string().meta({ description: "The Idempotency-Key the commit was sent with." }),
    draftId: DraftId,
    revision: z.number().int(),
    sourceId: z.string(),
    state: CommitState,
    startedAt: IsoTime,
    finishedAt: IsoTime.optional(),
    /** Committed: what the write created and set (all 0 when the graph already held it), and the saved folder. */
    result: z
      .object({
        nodesCreated: z.number().int(),
        relationshipsCreated: z.number().int(),
        propertiesSet: z.number().int(),
        changed: z.boolean(),
        folder: z.string().meta({ description: "The saved document folder (relative to KG_WORKBENCH_DIR)." }),
      })
      .optional(),
    /** Failed: the problem's code and reason; nothing was written. */
    error: z.object({ code: z.string(), detail: z.string() }).optional(),
  })
  .meta({ id: "WorkbenchCommitStatus" });
export type CommitStatus = z.infer<typeof CommitStatus>;

// ---------- retract ----------

export const EvidenceTarget = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("relation"), from: StableId, type: RelationType, to: StableId }),
  z.strictObject({ kind: z.literal("claim"), id: StableId }),
  z.strictObject({ kind: z.literal("mention"), entityId: StableId }),
]);
export type EvidenceTarget = z.infer<typeof EvidenceTarget>;

export const RetractRequest = z
  .discriminatedUnion("what", [
    z.strictObject({
      what: z.literal("evidence"),
      sourceId: StableId,
      start: Offset,
      end: Offset,
      /** What the evidence supports. */
      on: EvidenceTarget,
    }),
    z.strictObject({ what: z.literal("source"), sourceId: StableId }),
  ])
  .meta({ id: "WorkbenchRetract" });
export type RetractRequest = z.infer<typeof RetractRequest>;

export const RetractResponse = z
  .object({
    sourceId: z.string(),
    /** Pieces of evidence removed (a claim's evidence counts once, though its STATES and ABOUT edges carry it too). */
    evidenceRemoved: z.number().int(),
    /** Edges left without evidence and so removed, as [from, type, to]. */
    edgesRemoved: z.array(z.tuple([z.string(), z.string(), z.string()])),
    claimsRemoved: z.array(z.string()),
    /** Entities no source names any more, removed with a whole source. */
    entitiesRemoved: z.array(z.string()),
    sourceRemoved: z.boolean(),
    /** The saved folder, updated (or removed with its source). */
    folder: z.string(),
  })
  .meta({ id: "WorkbenchRetractResult" });
export type RetractResponse = z.infer<typeof RetractResponse>;
