// A document manifest: one source plus everything annotated in it. This is the unit of ingest.
import { z } from "zod";
import { Claim } from "./claim";
import { Entity } from "./entity";
import { StableId } from "./ids";
import { Relation } from "./relation";
import { SourceMeta, Translation } from "./source";

export const DocumentManifest = z.strictObject({
  $schema: z.string().optional(),
  source: SourceMeta.extend({
    /** Path of the UTF-8 text file, relative to the manifest. */
    textFile: z.string().regex(/^[^/\\][^\\]*$/, { message: "must be a relative path" }),
    translation: Translation.optional(),
  }),
  /** New entities, or existing ones (same id) to enrich. An entity may also be referred to by id without being listed. */
  entities: z.array(Entity).default([]),
  claims: z.array(Claim).default([]),
  relations: z.array(Relation).default([]),
  /** Entities whose ids this document refers to but which are defined elsewhere (already in the graph). */
  externalEntityIds: z.array(StableId).default([]),
});
export type DocumentManifest = z.infer<typeof DocumentManifest>;
