// Claim: an attributed assertion or figure, with who states it, what it is about, and the words behind it.
import { z } from "zod";
import { EvidenceInput } from "./evidence";
import { PartialDate, StableId } from "./ids";

export const ClaimKind = z.enum(["figure", "assertion"]);
export type ClaimKind = z.infer<typeof ClaimKind>;

/** A quantity: an exact value or a range, with its unit. Currency amounts use unit "currency" and name the currency. */
export const Quantity = z
  .strictObject({
    value: z.number().finite().optional(),
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    /** e.g. "currency", "percent", "multiplier", "years". */
    unit: z.string().min(1).max(40),
    /** ISO 4217 code when unit is "currency". */
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { message: "must be an ISO 4217 code such as CNY" })
      .optional(),
    /** True when the source hedges the figure ("about", "up to", "nearly"). value/min/max are in whole units: 600 billion is 600000000000. */
    approximate: z.boolean().default(false),
  })
  .refine((q) => q.value !== undefined || (q.min !== undefined && q.max !== undefined), {
    message: "needs a value, or both min and max",
  })
  .refine((q) => q.min === undefined || q.max === undefined || q.min <= q.max, { message: "min must not exceed max" })
  .refine((q) => (q.unit === "currency") === (q.currency !== undefined), {
    message: 'currency is required exactly when unit is "currency"',
  });
export type Quantity = z.infer<typeof Quantity>;

export const Period = z.strictObject({ start: PartialDate, end: PartialDate.optional() });
export type Period = z.infer<typeof Period>;

/**
 * What a figure measures, as a short kebab-case key shared across documents ("ai-capital-spending",
 * "planned-investment"), so claims about one subject and measure are compared (docs/model.md, Corroboration).
 */
export const MeasureKey = z
  .string()
  .min(2, "must be at least 2 characters")
  .max(80, "must be at most 80 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be lowercase words joined by "-", such as capital-spending' });
export type MeasureKey = z.infer<typeof MeasureKey>;

export const Claim = z
  .strictObject({
    id: StableId,
    kind: ClaimKind,
    /** The claim in English. */
    statement: z.string().min(1).max(2000),
    /** The claim in the source's own words (usually the Arabic sentence). */
    original: z.string().min(1).max(4000),
    quantity: Quantity.optional(),
    /** What the figure measures; when absent it is inferred from subject, unit and period (docs/model.md). */
    measure: MeasureKey.optional(),
    period: Period.optional(),
    /** Entities that make the claim (a bank, an analyst, a report). Empty means the source asserts it in its own voice. */
    statedBy: z.array(StableId).default([]),
    /** Entities the claim is about, its subject first: claims are compared by their first `about` entity. */
    about: z.array(StableId).min(1, "must name at least one entity the claim is about"),
    evidence: z.array(EvidenceInput).min(1, "every claim needs at least one piece of evidence"),
  })
  .refine((c) => c.kind !== "figure" || c.quantity !== undefined, {
    message: 'a "figure" claim needs a quantity',
    path: ["quantity"],
  });
export type Claim = z.infer<typeof Claim>;
