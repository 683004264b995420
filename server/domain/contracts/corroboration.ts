// Corroboration on the wire: claim groups compared across sources, marks on pairs of sources, and the computed attributes.
import { z } from "zod";
import { MeasureKey } from "../model/claim";
import { Evidence } from "../model/evidence";
import { PartialDate, StableId } from "../model/ids";

/** A group of claims about one subject and measure, judged across its sources (docs/model.md, Corroboration). */
export const CorroborationStatus = z.enum(["corroborated", "single-source", "conflicting"]);
export type CorroborationStatus = z.infer<typeof CorroborationStatus>;

/** How one member stands in its group: it agrees with another member, conflicts with one, or has none to compare. */
export const MemberStanding = z.enum(["agrees", "conflicts", "uncompared"]);
export type MemberStanding = z.infer<typeof MemberStanding>;

/**
 * Why a claim is in its group: its stated measure; a measure inferred from subject, unit and period; no measure at
 * all (grouped by subject, unit and period); an ambiguous inference (alone until a researcher merges it); a
 * researcher's merge or split; or joined to a group a researcher set, by its subject, measure and period.
 */
export const GroupingBasis = z.enum(["measure", "inferred", "unmeasured", "ambiguous", "manual", "manual-joined"]);
export type GroupingBasis = z.infer<typeof GroupingBasis>;

/** A researcher's verdict on two sources; it wins over the automatic rule. */
export const DependenceVerdict = z.enum(["dependent", "independent"]);
export type DependenceVerdict = z.infer<typeof DependenceVerdict>;

/** Reading direction of a source's language, for quotes shown side by side. */
export const TextDirection = z.enum(["rtl", "ltr"]);
export type TextDirection = z.infer<typeof TextDirection>;

/**
 * Wire attributes computed from stored data on every read: `independentSupport` (edges and claim nodes),
 * `claimGroup` and `corroboration` (figure claim nodes). Exports that rebuild data (the Cypher script, a
 * neo4j-admin import) must not store them: they would go stale as soon as a source or a mark changes.
 */
export const COMPUTED_ATTRIBUTES: ReadonlySet<string> = new Set(["independentSupport", "claimGroup", "corroboration"]);

/** A group's id: "g-" and 16 hex digits, stable while its members' grouping inputs do not change. */
export const ClaimGroupId = z
  .string()
  .regex(/^g-[0-9a-f]{16}$/, { message: 'must be a claim group id such as "g-0123456789abcdef"' });
export type ClaimGroupId = z.infer<typeof ClaimGroupId>;

/** Who decided and when: the server's KG_AUTHOR and an ISO 8601 UTC timestamp. */
export const Decision = z.object({
  by: z.string(),
  at: z.string().meta({ description: "ISO 8601 UTC timestamp, e.g. 2026-11-30T10:15:00.000Z." }),
  note: z.string().optional(),
});
export type Decision = z.infer<typeof Decision>;

/** A period as whole days: `start` and `end` (ISO dates, inclusive) and a canonical label ("2025", "2025–2028"). */
export const NormalizedPeriod = z.object({
  start: z.string().optional().meta({ description: "First day, YYYY-MM-DD; absent when the claim has no period." }),
  end: z.string().optional().meta({ description: "Last day (inclusive), YYYY-MM-DD." }),
  label: z.string().meta({ description: 'e.g. "2025", "2024-Q4", "2025–2028", or "no period".' }),
});
export type NormalizedPeriod = z.infer<typeof NormalizedPeriod>;

/** A figure made comparable: an interval in whole units, its unit and currency, exactness and period. */
export const NormalizedFigure = z.object({
  low: z.number().meta({ description: "Lower end in whole units (600 billion is 600000000000); = high for a point." }),
  high: z.number().meta({ description: "Upper end in whole units." }),
  point: z.boolean().meta({ description: "True for one value, false for a stated range (min–max)." }),
  unit: z.string().meta({ description: 'Canonical unit: "currency", "percent", "multiplier", "years" or as stored.' }),
  currency: z.string().optional().meta({ description: "ISO 4217 code when unit is currency; never converted." }),
  approximate: z.boolean().meta({ description: 'The source hedges it ("about", "up to", "nearly").' }),
  tolerance: z
    .number()
    .meta({ description: "Relative tolerance this figure is compared with (0.02 exact, 0.10 approximate)." }),
  period: NormalizedPeriod,
  text: z.string().meta({ description: 'Readable English form, e.g. "600–700 billion CNY", "≈ 500 billion USD".' }),
});
export type NormalizedFigure = z.infer<typeof NormalizedFigure>;

/** How far apart two figures of one unit, currency and period are: the gap between their intervals. */
export const FigureDifference = z.object({
  absolute: z.number().meta({ description: "Gap between the two intervals in whole units (0 when they overlap)." }),
  relative: z
    .number()
    .meta({ description: "Gap divided by the larger magnitude of the two nearest ends (0.25 = 25%)." }),
  unit: z.string(),
  currency: z.string().optional(),
  text: z.string().meta({ description: 'e.g. "450 billion CNY vs 600–700 billion CNY: 150 billion CNY apart (25%)".' }),
});
export type FigureDifference = z.infer<typeof FigureDifference>;

/** A source as a claim group shows it. */
export const SourceRef = z.object({
  id: z.string(),
  title: z.string(),
  language: z.string().optional(),
  direction: TextDirection,
  publisher: z.string().optional(),
  date: z.string().optional(),
});
export type SourceRef = z.infer<typeof SourceRef>;

/** A quote behind a member, with its source's language and reading direction (offsets in UTF-16 code units). */
export const MemberEvidence = Evidence.extend({ language: z.string().optional(), direction: TextDirection });
export type MemberEvidence = z.infer<typeof MemberEvidence>;

export const GroupingReason = z.object({ basis: GroupingBasis, text: z.string() });
export type GroupingReason = z.infer<typeof GroupingReason>;

/** A figure as the claim stores it (docs/model.md, :Claim): whole units, ISO 4217 currency, partial dates. */
export const StoredFigure = z.object({
  value: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  unit: z.string(),
  currency: z.string().optional(),
  approximate: z.boolean(),
  periodStart: z.string().optional(),
  periodEnd: z.string().optional(),
});
export type StoredFigure = z.infer<typeof StoredFigure>;

export const ClaimGroupMember = z.object({
  claimId: z.string(),
  statement: z.string().meta({ description: "The claim in English." }),
  original: z.string().meta({ description: "The claim in the source's own words." }),
  statedBy: z.array(z.object({ id: z.string(), label: z.string() })),
  measure: MeasureKey.optional().meta({ description: "The measure the document states; absent when inferred." }),
  stated: StoredFigure.meta({ description: "The figure as stored from the document." }),
  figure: NormalizedFigure.meta({ description: "The figure made comparable." }),
  sources: z.array(SourceRef),
  evidence: z.array(MemberEvidence),
  independentSupport: z.number().int().meta({ description: "Independent sources among this claim's own evidence." }),
  standing: MemberStanding,
  agreesWith: z.array(z.string()).meta({ description: "Members whose figure agrees with this one, within tolerance." }),
  conflictsWith: z.array(z.object({ claimId: z.string(), difference: FigureDifference })),
  reason: GroupingReason,
  decision: Decision.optional().meta({ description: "The researcher's merge or split that placed it, if any." }),
});
export type ClaimGroupMember = z.infer<typeof ClaimGroupMember>;

/** Members agreeing with one another (connected by agreement) within a block, and their independent support. */
export const Position = z.object({
  claimIds: z.array(z.string()),
  text: z.string().meta({ description: "The figures of the position, e.g. 600–700 billion CNY." }),
  sourceIds: z.array(z.string()),
  independentSupport: z.number().int(),
});
export type Position = z.infer<typeof Position>;

/** Members of one unit, currency and period: only these are compared with one another. */
export const ComparisonBlock = z.object({
  unit: z.string(),
  currency: z.string().optional(),
  period: NormalizedPeriod,
  claimIds: z.array(z.string()),
  status: CorroborationStatus,
  independentSupport: z.number().int(),
  positions: z.array(Position),
});
export type ComparisonBlock = z.infer<typeof ComparisonBlock>;

/** Two sources, whether they are dependent and why. */
export const SourcePair = z.object({
  a: z.string(),
  b: z.string(),
  dependent: z.boolean(),
  reason: z.string(),
  mark: Decision.extend({ verdict: DependenceVerdict }).optional(),
});
export type SourcePair = z.infer<typeof SourcePair>;

/** What independence the explorer sees among some sources (GET /api/independence, and every claim group). */
export const IndependenceAnswer = z
  .object({
    sourceIds: z.array(z.string()),
    independentSupport: z
      .number()
      .int()
      .meta({ description: "The most of these sources no two of which depend on each other." }),
    independentSourceIds: z
      .array(z.string())
      .meta({ description: "One such largest set of mutually independent sources." }),
    pairs: z.array(SourcePair),
    origins: z.record(z.string(), z.array(z.string())).meta({
      description: "Per source, what it is counted as derived from (itself, its publisher, the works it cites).",
    }),
  })
  .meta({ id: "IndependenceAnswer" });
export type IndependenceAnswer = z.infer<typeof IndependenceAnswer>;

export const ClaimGroup = z
  .object({
    id: ClaimGroupId,
    status: CorroborationStatus,
    subject: z.object({ id: z.string(), label: z.string(), labelAr: z.string().optional() }),
    measure: z.string().optional().meta({ description: "The group's measure, stated or inferred; absent when none." }),
    measureInferred: z.boolean(),
    unit: z.string(),
    period: NormalizedPeriod,
    reason: z.string().meta({ description: "Why these claims are one group." }),
    manual: z.boolean().meta({ description: "A researcher merged or split it." }),
    members: z.array(ClaimGroupMember),
    blocks: z.array(ComparisonBlock),
    sourceCount: z.number().int().meta({ description: "Distinct sources behind the members." }),
    independentSupport: z.number().int().meta({ description: "Independent sources among all members' evidence." }),
    difference: FigureDifference.optional().meta({ description: "The largest disagreement, when conflicting." }),
    notes: z.array(z.string()).meta({ description: "What was not compared and why (currencies, periods, units)." }),
    independence: IndependenceAnswer,
  })
  .meta({ id: "ClaimGroup" });
export type ClaimGroup = z.infer<typeof ClaimGroup>;

/** A list given as "a,b" or repeated (?x=a&x=b). */
const listParam = <T extends z.ZodType<string>>(item: T, max: number) =>
  z.preprocess((v) => {
    const raw = Array.isArray(v) ? v : typeof v === "string" ? [v] : v;
    if (!Array.isArray(raw)) return raw;
    const parts = raw.flatMap((x) => (typeof x === "string" ? x.split(",") : [x]));
    return [...new Set(parts.map((x) => (typeof x === "string" ? x.trim() : x)).filter((x) => x !== ""))];
  }, z.array(item).max(max));

export const ClaimGroupsQuery = z.object({
  status: listParam(CorroborationStatus, 3).optional().meta({ description: "Only groups of these statuses." }),
  subject: StableId.optional().meta({
    description: "Only groups whose subject is this entity (or has it among its members' subjects).",
  }),
  measure: MeasureKey.optional().meta({ description: "Only groups of this measure (stated or inferred)." }),
  from: PartialDate.optional().meta({ description: "Only groups whose period ends on or after this." }),
  to: PartialDate.optional().meta({ description: "Only groups whose period starts on or before this." }),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type ClaimGroupsQuery = z.infer<typeof ClaimGroupsQuery>;

export const ClaimGroupsResponse = z
  .object({
    groups: z.array(ClaimGroup),
    total: z.number().int().meta({ description: "Groups matching the filter." }),
    offset: z.number().int(),
    limit: z.number().int(),
    counts: z.record(CorroborationStatus, z.number().int()).meta({ description: "Matching groups by status." }),
    tolerance: z.object({ exact: z.number(), approximate: z.number() }).meta({
      description: "Relative tolerances: two figures agree when their gap is at most this share of the larger.",
    }),
  })
  .meta({ id: "ClaimGroupsResponse" });
export type ClaimGroupsResponse = z.infer<typeof ClaimGroupsResponse>;

export const ClaimGroupParams = z.object({ id: ClaimGroupId });

const Note = z.string().trim().min(1).max(500, "must be at most 500 characters").optional();

export const MergeGroupsRequest = z
  .strictObject({
    groupIds: z.array(ClaimGroupId).min(2, "must name at least two groups").max(50),
    note: Note,
  })
  .refine((r) => new Set(r.groupIds).size === r.groupIds.length, {
    message: "must not name a group twice",
    path: ["groupIds"],
  })
  .meta({ id: "MergeGroupsRequest" });
export type MergeGroupsRequest = z.infer<typeof MergeGroupsRequest>;

export const SplitGroupRequest = z
  .strictObject({
    groupId: ClaimGroupId,
    claimIds: z.array(StableId).min(1, "must name at least one claim to split off").max(1000),
    note: Note,
  })
  .refine((r) => new Set(r.claimIds).size === r.claimIds.length, {
    message: "must not name a claim twice",
    path: ["claimIds"],
  })
  .meta({ id: "SplitGroupRequest" });
export type SplitGroupRequest = z.infer<typeof SplitGroupRequest>;

export const ResetGroupsRequest = z
  .strictObject({ claimIds: z.array(StableId).min(1).max(1000) })
  .meta({ id: "ResetGroupsRequest" });
export type ResetGroupsRequest = z.infer<typeof ResetGroupsRequest>;

/** The groups a decision produced or touched, after it. */
export const GroupDecisionResponse = z
  .object({ groups: z.array(ClaimGroup), decision: Decision.optional() })
  .meta({ id: "GroupDecisionResponse" });
export type GroupDecisionResponse = z.infer<typeof GroupDecisionResponse>;

const SourcePairIds = z
  .tuple([StableId, StableId])
  .refine(([a, b]) => a !== b, { message: "must name two different sources" });

export const SourceMark = Decision.extend({
  sourceIds: z.tuple([z.string(), z.string()]).meta({ description: "The two sources, in id order." }),
  verdict: DependenceVerdict,
}).meta({ id: "SourceMark" });
export type SourceMark = z.infer<typeof SourceMark>;

export const SourceMarkRequest = z
  .strictObject({ sourceIds: SourcePairIds, verdict: DependenceVerdict, note: Note })
  .meta({ id: "SourceMarkRequest" });
export type SourceMarkRequest = z.infer<typeof SourceMarkRequest>;

export const SourceMarkDeleteQuery = z.object({
  sourceIds: listParam(StableId, 2)
    .refine((ids) => ids.length === 2, { message: "must name exactly two different sources" })
    .meta({ description: "The two sources, comma-separated." }),
});
export type SourceMarkDeleteQuery = z.infer<typeof SourceMarkDeleteQuery>;

export const SourceMarksResponse = z.object({ marks: z.array(SourceMark) }).meta({ id: "SourceMarksResponse" });
export type SourceMarksResponse = z.infer<typeof SourceMarksResponse>;

export const IndependenceQuery = z.object({
  sourceIds: listParam(StableId, 100)
    .refine((ids) => ids.length >= 1, { message: "must name at least one source" })
    .meta({ description: "Source ids, comma-separated (at most 100)." }),
});
export type IndependenceQuery = z.infer<typeof IndependenceQuery>;
