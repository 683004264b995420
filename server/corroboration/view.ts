// The corroboration view: computed once from sources, marks and figure claims, then read by every answer and export.
import type { ClaimGroupsQuery, CorroborationStatus } from "@domain/contracts/corroboration";
import { type ComparableClaim, type ComparedGroup, compareGroup, statusRank } from "./compare";
import { normalizeFigure, partialDateDays } from "./figures";
import { groupClaims } from "./grouping";
import { buildIndependence, type Independence } from "./independence";
import type { FigureClaimFacts, SourceFacts, SourceMarkFacts } from "./types";

/** What the mappers read for each edge and claim node: a map lookup per piece of evidence, and one per claim. */
export interface Corroboration {
  /** Independent sources among these (distinct) source ids. */
  independentSupport(sourceIds: readonly string[]): number;
  /** The group of a figure claim and its status; undefined for assertions and unknown claims. */
  claimGroup(claimId: string): { id: string; status: CorroborationStatus } | undefined;
}

export interface CorroborationInputs {
  sources: SourceFacts[];
  marks: SourceMarkFacts[];
  claims: FigureClaimFacts[];
}

export interface CorroborationView extends Corroboration {
  readonly independence: Independence;
  /** Every group, conflicting first, then corroborated, then single-source; larger groups first within a status. */
  readonly groups: readonly ComparedGroup[];
  readonly groupById: ReadonlyMap<string, ComparedGroup>;
  readonly claims: ReadonlyMap<string, FigureClaimFacts & { figure: ComparableClaim["figure"] }>;
  /** The groups a query asks for, in order (ClaimGroupsQuery's filters; paging is the caller's). */
  select(q: Omit<ClaimGroupsQuery, "limit" | "offset">): ComparedGroup[];
}

/**
 * Computes the whole view (docs/model.md, Corroboration): the independence rule over every source and mark, the
 * groups of every figure claim, and their comparison. Pure. A claim whose figure cannot be read (no value and no
 * min/max) is left out of the groups.
 */
export function buildCorroborationView(inputs: CorroborationInputs): CorroborationView {
  const independence = buildIndependence(inputs.sources, inputs.marks);
  const claims = new Map<string, FigureClaimFacts & { figure: ComparableClaim["figure"] }>();
  for (const c of inputs.claims) {
    try {
      claims.set(c.id, { ...c, figure: normalizeFigure(c) });
    } catch {
      // Not a readable figure: no group.
    }
  }
  const comparable = new Map<string, ComparableClaim>(
    [...claims.values()].map((c) => [c.id, { id: c.id, figure: c.figure, sourceIds: c.sourceIds }]),
  );
  const labelOf = new Map([...claims.values()].map((c) => [c.subject, c.subjectLabel ?? c.subject]));
  // Sorted by a key built once per group and compared by code unit (Intl collation would cost a second at 20k groups).
  const keyed = groupClaims([...claims.values()]).map((draft) => {
    const g = compareGroup(draft, comparable, independence);
    const key = [
      statusRank(g.status),
      String(1e9 - draft.memberIds.length).padStart(10, "0"),
      (labelOf.get(draft.subject) ?? draft.subject).toLowerCase(),
      g.period.label,
      draft.id,
    ].join("\u0000");
    return { g, key };
  });
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const groups = keyed.map((k) => k.g);
  const groupById = new Map(groups.map((g) => [g.draft.id, g]));
  const groupOfClaim = new Map<string, { id: string; status: CorroborationStatus }>();
  for (const g of groups)
    for (const id of g.draft.memberIds) groupOfClaim.set(id, { id: g.draft.id, status: g.status });

  const select = (q: Omit<ClaimGroupsQuery, "limit" | "offset">): ComparedGroup[] => {
    const from = q.from ? partialDateDays(q.from)?.first : undefined;
    const to = q.to ? partialDateDays(q.to)?.last : undefined;
    return groups.filter((g) => {
      if (q.status && q.status.length > 0 && !q.status.includes(g.status)) return false;
      if (q.subject && !g.draft.memberIds.some((id) => claims.get(id)?.subject === q.subject)) return false;
      if (q.measure && g.draft.measure !== q.measure) return false;
      if (from && (g.period.end ?? g.period.start ?? "") < from) return false;
      if (to && (g.period.start === undefined || g.period.start > to)) return false;
      return true;
    });
  };

  return {
    independence,
    groups,
    groupById,
    claims,
    select,
    independentSupport: (sourceIds) => independence.count(sourceIds),
    claimGroup: (claimId) => groupOfClaim.get(claimId),
  };
}

/** The view of a graph with no dependence known: every distinct source counts once, no claim is grouped. */
export const NO_CORROBORATION: Corroboration = {
  independentSupport: (sourceIds) => new Set(sourceIds).size,
  claimGroup: () => undefined,
};
