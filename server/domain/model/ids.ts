// Identifier and token rules shared by every domain schema: stable ids, Neo4j label and relationship-type names.
import { z } from "zod";

/** A stable, human-readable id: lowercase words joined by "-", optionally namespaced with ":" (e.g. "org:bank-of-america"). */
export const StableId = z
  .string()
  .min(1, "must not be empty")
  .max(200, "must be at most 200 characters")
  .regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*(?::[a-z0-9]+(?:[-_.][a-z0-9]+)*)*$/, {
    message: 'must be lowercase letters, digits and "-", "_" or "." separators, optionally namespaced with ":"',
  });
export type StableId = z.infer<typeof StableId>;

/** An entity type doubles as a Neo4j label, so it must be a safe PascalCase identifier. */
export const EntityType = z
  .string()
  .regex(/^[A-Z][A-Za-z0-9]{1,39}$/, { message: "must be a PascalCase label such as Organization" })
  .refine((t) => !RESERVED_LABELS.has(t), { message: "is reserved by the graph model" });
export type EntityType = z.infer<typeof EntityType>;

/** Labels the model itself uses; an entity type may not take one of them. */
export const RESERVED_LABELS: ReadonlySet<string> = new Set(["Entity", "Claim", "Source", "TestDatabaseMarker"]);

/** A relationship type, written the way researchers write it in Cypher: UPPER_SNAKE_CASE. */
export const RelationType = z
  .string()
  .regex(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/, { message: "must be UPPER_SNAKE_CASE such as WORKS_FOR" })
  .max(60, "must be at most 60 characters");
export type RelationType = z.infer<typeof RelationType>;

/** ISO 639-1 language code such as "ar" or "en". */
export const LanguageCode = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { message: "must be a BCP 47 code such as ar or en" });
export type LanguageCode = z.infer<typeof LanguageCode>;

/** A calendar date or a coarser period: "2025", "2025-02", "2025-02-14" or "2025-Q4". */
export const PartialDate = z.string().regex(/^\d{4}(?:-(?:Q[1-4]|H[12]|\d{2}(?:-\d{2})?))?$/, {
  message: 'must look like "2025", "2025-Q4", "2025-02" or "2025-02-14"',
});
export type PartialDate = z.infer<typeof PartialDate>;
