// Compares the figures of one claim group: blocks of one unit, currency and period, agreements, conflicts, positions, status.
import type {
  ComparisonBlock,
  CorroborationStatus,
  FigureDifference,
  MemberStanding,
  NormalizedFigure,
  NormalizedPeriod,
  Position,
} from "@domain/contracts/corroboration";
import { figureDifference, figuresAgree, incomparability, intervalText, periodKey } from "./figures";
import type { GroupDraft } from "./grouping";
import type { Independence } from "./independence";

export interface MemberComparison {
  standing: MemberStanding;
  agreesWith: string[];
  conflictsWith: { claimId: string; difference: FigureDifference }[];
  /** Independent sources among the claim's own evidence. */
  independentSupport: number;
}

/** A group after comparison, still without the words (statements, quotes) the API adds for display. */
export interface ComparedGroup {
  draft: GroupDraft;
  status: CorroborationStatus;
  period: NormalizedPeriod;
  blocks: ComparisonBlock[];
  members: Map<string, MemberComparison>;
  /** Distinct sources behind the members, in member order. */
  sourceIds: string[];
  independentSupport: number;
  /** The largest disagreement, when conflicting. */
  difference?: FigureDifference | undefined;
  notes: string[];
}

export interface ComparableClaim {
  id: string;
  figure: NormalizedFigure;
  sourceIds: readonly string[];
}

const STATUS_RANK: Readonly<Record<CorroborationStatus, number>> = {
  conflicting: 0,
  corroborated: 1,
  "single-source": 2,
};

/** Orders statuses as a researcher triages them: conflicting, corroborated, single-source. */
export const statusRank = (s: CorroborationStatus): number => STATUS_RANK[s];

/** The span of the members' periods (all with one, or none), labelled; several periods give "a–b". */
function spanOf(figures: readonly NormalizedFigure[]): NormalizedPeriod {
  const withPeriod = figures.map((f) => f.period).filter((p) => p.start !== undefined);
  if (withPeriod.length === 0) return { label: "no period" };
  const keys = new Set(figures.map((f) => periodKey(f.period)));
  if (keys.size === 1) return withPeriod[0] as NormalizedPeriod;
  const start = withPeriod.map((p) => p.start as string).sort()[0] as string;
  const end = withPeriod.map((p) => p.end ?? (p.start as string)).sort()[withPeriod.length - 1] as string;
  return { start, end, label: [...new Set(withPeriod.map((p) => p.label))].join(", ") };
}

const blockKey = (f: NormalizedFigure) => `${f.unit}|${f.currency ?? ""}|${periodKey(f.period)}`;

/**
 * Compares a group's members (docs/model.md, Claims compared). Members are split into blocks of one unit, currency
 * and period, and only compared within a block: currencies are never converted, periods never stretched. Two
 * members agree when their figures' gap is within tolerance (figuresAgree). A block is conflicting when two of its
 * members disagree; else corroborated when its members' sources hold at least two independent sources; else
 * single-source. The group is conflicting if a block is, else corroborated if a block is, else single-source.
 */
export function compareGroup(
  draft: GroupDraft,
  claims: ReadonlyMap<string, ComparableClaim>,
  independence: Independence,
): ComparedGroup {
  const members = draft.memberIds.map((id) => claims.get(id)).filter((c): c is ComparableClaim => c !== undefined);
  if (members.length === 1) return compareOne(draft, members[0] as ComparableClaim, independence);
  const comparisons = new Map<string, MemberComparison>();
  for (const m of members) {
    comparisons.set(m.id, {
      standing: "uncompared",
      agreesWith: [],
      conflictsWith: [],
      independentSupport: independence.count(m.sourceIds),
    });
  }

  const byBlock = new Map<string, ComparableClaim[]>();
  for (const m of members) {
    const k = blockKey(m.figure);
    byBlock.set(k, [...(byBlock.get(k) ?? []), m]);
  }

  const blocks: ComparisonBlock[] = [];
  let widest: FigureDifference | undefined;
  for (const list of byBlock.values()) {
    const first = list[0] as ComparableClaim;
    // Agreement components: union-find over the members of the block.
    const parent = list.map((_, i) => i);
    const find = (i: number): number => {
      let root = i;
      while (parent[root] !== root) root = parent[root] as number;
      return root;
    };
    let conflict = false;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as ComparableClaim;
        const b = list[j] as ComparableClaim;
        const difference = figureDifference(a.figure, b.figure);
        const ca = comparisons.get(a.id) as MemberComparison;
        const cb = comparisons.get(b.id) as MemberComparison;
        if (figuresAgree(a.figure, b.figure, difference)) {
          ca.agreesWith.push(b.id);
          cb.agreesWith.push(a.id);
          parent[find(j)] = find(i);
        } else {
          conflict = true;
          ca.conflictsWith.push({ claimId: b.id, difference });
          cb.conflictsWith.push({ claimId: a.id, difference: figureDifference(b.figure, a.figure) });
          if (widest === undefined || difference.relative > widest.relative) widest = difference;
        }
      }
    }
    for (const m of list) {
      const c = comparisons.get(m.id) as MemberComparison;
      c.standing = c.conflictsWith.length > 0 ? "conflicts" : c.agreesWith.length > 0 ? "agrees" : "uncompared";
    }
    const components = new Map<number, ComparableClaim[]>();
    list.forEach((m, i) => {
      const root = find(i);
      components.set(root, [...(components.get(root) ?? []), m]);
    });
    const positions: Position[] = [...components.values()].map((ms) => {
      const sourceIds = [...new Set(ms.flatMap((m) => m.sourceIds))];
      const low = Math.min(...ms.map((m) => m.figure.low));
      const high = Math.max(...ms.map((m) => m.figure.high));
      const approximate = ms.every((m) => m.figure.approximate);
      return {
        claimIds: ms.map((m) => m.id),
        text: intervalText(low, high, first.figure.unit, first.figure.currency, approximate),
        sourceIds,
        independentSupport: independence.count(sourceIds),
      };
    });
    positions.sort((a, b) => b.independentSupport - a.independentSupport || b.claimIds.length - a.claimIds.length);
    const sourceIds = [...new Set(list.flatMap((m) => m.sourceIds))];
    const support = independence.count(sourceIds);
    blocks.push({
      unit: first.figure.unit,
      ...(first.figure.currency ? { currency: first.figure.currency } : {}),
      period: first.figure.period,
      claimIds: list.map((m) => m.id),
      status: conflict ? "conflicting" : support >= 2 ? "corroborated" : "single-source",
      independentSupport: support,
      positions,
    });
  }

  const status: CorroborationStatus = blocks.some((b) => b.status === "conflicting")
    ? "conflicting"
    : blocks.some((b) => b.status === "corroborated")
      ? "corroborated"
      : "single-source";

  const notes: string[] = [];
  if (blocks.length > 1) {
    const seen = new Set<string>();
    for (let i = 0; i < blocks.length; i++) {
      for (let j = i + 1; j < blocks.length; j++) {
        const a = claims.get((blocks[i] as ComparisonBlock).claimIds[0] as string)?.figure;
        const b = claims.get((blocks[j] as ComparisonBlock).claimIds[0] as string)?.figure;
        const why = a && b ? incomparability(a, b) : undefined;
        if (why && !seen.has(why)) {
          seen.add(why);
          notes.push(`Not compared: ${why}.`);
        }
      }
    }
  }

  const sourceIds = [...new Set(members.flatMap((m) => m.sourceIds))];
  return {
    draft,
    status,
    period: spanOf(members.map((m) => m.figure)),
    blocks,
    members: comparisons,
    sourceIds,
    independentSupport: independence.count(sourceIds),
    ...(status === "conflicting" && widest ? { difference: widest } : {}),
    notes,
  };
}

/** A group of one claim (most groups): nothing to compare, its status is its own sources' independence. */
function compareOne(draft: GroupDraft, claim: ComparableClaim, independence: Independence): ComparedGroup {
  const sourceIds = [...new Set(claim.sourceIds)];
  const support = independence.count(sourceIds);
  const status: CorroborationStatus = support >= 2 ? "corroborated" : "single-source";
  const { figure } = claim;
  return {
    draft,
    status,
    period: figure.period,
    blocks: [
      {
        unit: figure.unit,
        ...(figure.currency ? { currency: figure.currency } : {}),
        period: figure.period,
        claimIds: [claim.id],
        status,
        independentSupport: support,
        positions: [{ claimIds: [claim.id], text: figure.text, sourceIds, independentSupport: support }],
      },
    ],
    members: new Map([
      [claim.id, { standing: "uncompared", agreesWith: [], conflictsWith: [], independentSupport: support }],
    ]),
    sourceIds,
    independentSupport: support,
    notes: [],
  };
}
