// A document manifest: one source plus everything annotated in it. This is the unit of ingest.
import { z } from "zod";
import { Claim } from "./claim";
import { Entity } from "./entity";
import { EvidenceInput } from "./evidence";
import { StableId } from "./ids";
import { Relation } from "./relation";
import { SourceMeta, Translation } from "./source";

/** The file a document's text was extracted from, kept beside it in the folder (the workbench's uploads). */
export const OriginalFile = z.strictObject({
  /** File name inside the document's folder, e.g. "original.pdf". */
  file: z.string().regex(/^[^/\\]+$/, { message: "must be a file name inside the folder" }),
  /** Media type, e.g. application/pdf, text/html. */
  mediaType: z.string().min(1).max(200),
  /** Size in bytes. */
  bytes: z.number().int().min(0),
  /** SHA-256 of the file, lower-case hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The name the file had when it was uploaded. */
  uploadedName: z.string().min(1).max(300).optional(),
});
export type OriginalFile = z.infer<typeof OriginalFile>;

/** A passage that names an entity: stored as a (:Source)-[:MENTIONS {evidence…}]->(:Entity) edge. */
export const Mention = z.strictObject({
  entityId: StableId,
  evidence: z.array(EvidenceInput).min(1, "every mention needs at least one piece of evidence"),
});
export type Mention = z.infer<typeof Mention>;

export const DocumentManifest = z.strictObject({
  $schema: z.string().optional(),
  source: SourceMeta.extend({
    /** Path of the UTF-8 text file, relative to the manifest. */
    textFile: z.string().regex(/^[^/\\][^\\]*$/, { message: "must be a relative path" }),
    translation: Translation.optional(),
    /** The uploaded file the text was taken from, when there was one; `textFile` is what offsets refer to. */
    original: OriginalFile.optional(),
  }),
  /** New entities, or existing ones (same id) to enrich. An entity may also be referred to by id without being listed. */
  entities: z.array(Entity).default([]),
  claims: z.array(Claim).default([]),
  relations: z.array(Relation).default([]),
  /** Passages naming entities (new or existing), each with its evidence. */
  mentions: z.array(Mention).default([]),
  /** Entities whose ids this document refers to but which are defined elsewhere (already in the graph). */
  externalEntityIds: z.array(StableId).default([]),
});
export type DocumentManifest = z.infer<typeof DocumentManifest>;
