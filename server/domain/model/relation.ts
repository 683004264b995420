// Relation: a typed, sourced edge between two entities.
import { z } from "zod";
import { EvidenceInput } from "./evidence";
import { RelationType, StableId } from "./ids";

/** Flat property values only: Neo4j properties cannot nest. */
export const PropertyValue = z.union([z.string().max(2000), z.number().finite(), z.boolean()]);
export type PropertyValue = z.infer<typeof PropertyValue>;

export const Relation = z.strictObject({
  from: StableId,
  to: StableId,
  type: RelationType,
  properties: z
    .record(
      z.string().regex(/^[a-z][A-Za-z0-9]{0,39}$/, { message: "must be a camelCase property name" }),
      PropertyValue,
    )
    .default({}),
  evidence: z.array(EvidenceInput).min(1, "every relation needs at least one piece of evidence"),
});
export type Relation = z.infer<typeof Relation>;
