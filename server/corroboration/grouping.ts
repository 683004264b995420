// Groups figure claims by subject, measure and period (stated, inferred or set by hand), saying why each claim is where it is.
import { createHash } from "node:crypto";
import type { GroupingReason } from "@domain/contracts/corroboration";
import { normalizePeriod, normalizeUnit, periodKey } from "./figures";
import type { FigureClaimFacts, GroupDecisionFacts } from "./types";

/** A group before comparison: who is in it and why. */
export interface GroupDraft {
  /** "g-" and 16 hex digits of the group's key. */
  id: string;
  /** The grouping key: "auto|subject|unit|period|measure…" or "manual|<decision key>". */
  key: string;
  manual: boolean;
  /** The subject of its members (the first member's when a researcher merged several). */
  subject: string;
  /** The measure, stated or inferred; undefined when no claim of the group states one. */
  measure?: string | undefined;
  /** True when no member states the group's measure. */
  measureInferred: boolean;
  /** Canonical unit of its members ("mixed" after a merge across units). */
  unit: string;
  memberIds: string[];
  reasons: Map<string, GroupingReason>;
  /** Why these claims are one group. */
  reason: string;
  /** The latest decision on a member, for a manual group. */
  decision?: GroupDecisionFacts | undefined;
}

/** Stable short id of a grouping key. */
export function groupId(key: string): string {
  return `g-${createHash("sha256").update(key).digest("hex").slice(0, 16)}`;
}

const quote = (s: string) => `"${s}"`;

interface Keyed {
  claim: FigureClaimFacts;
  unit: string;
  periodLabel: string;
  /** Subject, unit and period: the part of the key every claim has. */
  base: string;
  /** The automatic key, measure included. */
  key: string;
  measure?: string | undefined;
  reason: GroupingReason;
}

const describe = (k: Pick<Keyed, "claim" | "unit" | "periodLabel">) =>
  `subject (${k.claim.subjectLabel ?? k.claim.subject}), unit (${k.unit}) and period (${k.periodLabel})`;

/** The automatic key of every claim: a stated measure, else the one measure its subject, unit and period share. */
function automaticKeys(claims: readonly FigureClaimFacts[]): Keyed[] {
  const keyed = claims.map((claim) => {
    const unit = normalizeUnit(claim.unit);
    const period = normalizePeriod(claim.periodStart, claim.periodEnd);
    const base = `auto|${claim.subject}|${unit}|${periodKey(period)}`;
    return { claim, unit, periodLabel: period.label, base };
  });
  const measuresOf = new Map<string, Set<string>>();
  for (const k of keyed) {
    if (k.claim.measure === undefined) continue;
    const set = measuresOf.get(k.base) ?? new Set<string>();
    set.add(k.claim.measure);
    measuresOf.set(k.base, set);
  }
  return keyed.map((k): Keyed => {
    const stated = k.claim.measure;
    if (stated !== undefined) {
      return {
        ...k,
        key: `${k.base}|${stated}`,
        measure: stated,
        reason: { basis: "measure", text: `states the measure ${quote(stated)}; same ${describe(k)}` },
      };
    }
    const measures = [...(measuresOf.get(k.base) ?? [])].sort();
    if (measures.length === 1) {
      const m = measures[0] as string;
      return {
        ...k,
        key: `${k.base}|${m}`,
        measure: m,
        reason: {
          basis: "inferred",
          text: `states no measure: taken as ${quote(m)}, the measure of the claims with the same ${describe(k)}`,
        },
      };
    }
    if (measures.length === 0) {
      return {
        ...k,
        key: `${k.base}|`,
        reason: { basis: "unmeasured", text: `states no measure: grouped by ${describe(k)}` },
      };
    }
    return {
      ...k,
      key: `${k.base}|?${k.claim.id}`,
      reason: {
        basis: "ambiguous",
        text: `states no measure, and the claims with the same ${describe(k)} measure ${measures.map(quote).join(" and ")}: merge it by hand`,
      },
    };
  });
}

const decisionText = (d: GroupDecisionFacts) => `by ${d.by} on ${d.at}${d.note ? ` (${d.note})` : ""}`;

/**
 * Groups figure claims (docs/model.md, Claims compared). Automatically, by subject (first `about` entity), canonical
 * unit, period (whole days) and measure: a stated measure, else the one measure the claims of the same subject, unit
 * and period state (inferred), else none (unmeasured); a claim whose subject, unit and period carry two measures
 * stays alone (ambiguous). A researcher's decision wins: claims sharing a decision key are one group; a claim
 * without one joins a decided group when every decided claim of its automatic key is in that one group (a merged
 * group keeps gathering its claims); after a split, whose two parts hold different keys, it stays automatic.
 */
export function groupClaims(claims: readonly FigureClaimFacts[]): GroupDraft[] {
  // In id order, so members, and the group's subject and reasons, never depend on the order claims were read in.
  const keyed = automaticKeys([...claims].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  const decidedGroupsOf = new Map<string, Set<string>>();
  const firstDecidedOf = new Map<string, Keyed>();
  for (const k of keyed) {
    const d = k.claim.decision;
    if (!d) continue;
    const set = decidedGroupsOf.get(k.key) ?? new Set<string>();
    set.add(d.key);
    decidedGroupsOf.set(k.key, set);
    if (!firstDecidedOf.has(k.key)) firstDecidedOf.set(k.key, k);
  }

  const groups = new Map<string, { members: Keyed[]; reasons: Map<string, GroupingReason> }>();
  const add = (key: string, k: Keyed, reason: GroupingReason) => {
    const g = groups.get(key) ?? { members: [], reasons: new Map<string, GroupingReason>() };
    g.members.push(k);
    g.reasons.set(k.claim.id, reason);
    groups.set(key, g);
  };
  for (const k of keyed) {
    const d = k.claim.decision;
    if (d) {
      add(`manual|${d.key}`, k, { basis: "manual", text: `placed in this group by hand ${decisionText(d)}` });
      continue;
    }
    const decided = decidedGroupsOf.get(k.key);
    if (decided && decided.size === 1) {
      const [decisionKey] = decided as Set<string>;
      const other = firstDecidedOf.get(k.key) as Keyed;
      add(`manual|${decisionKey}`, k, {
        basis: "manual-joined",
        text: `joins a group set by hand ${decisionText(other.claim.decision as GroupDecisionFacts)}: same ${describe(k)}${k.measure ? ` and measure ${quote(k.measure)}` : ""} as ${other.claim.id}`,
      });
      continue;
    }
    add(k.key, k, k.reason);
  }

  const drafts: GroupDraft[] = [];
  for (const [key, { members, reasons }] of groups) {
    const manual = key.startsWith("manual|");
    const first = members[0] as Keyed;
    const units = new Set(members.map((m) => m.unit));
    const measures = [...new Set(members.map((m) => m.measure).filter((m): m is string => m !== undefined))];
    const measure = measures.length === 1 ? measures[0] : undefined;
    const stated = members.some((m) => m.claim.measure !== undefined && m.claim.measure === measure);
    const decisions = members.map((m) => m.claim.decision).filter((d): d is GroupDecisionFacts => d !== undefined);
    const decision = decisions.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))[0];
    let reason: string;
    if (manual && decision) reason = `set by hand ${decisionText(decision)}`;
    else if (measure !== undefined) {
      const inferred = members.filter((m) => m.claim.measure === undefined).length;
      reason =
        `same subject (${first.claim.subjectLabel ?? first.claim.subject}), measure ${quote(measure)} and period (${first.periodLabel})` +
        (inferred > 0 ? `; the measure is inferred for ${inferred} of ${members.length} claims` : "");
    } else if (first.reason.basis === "ambiguous") reason = first.reason.text;
    else reason = `same ${describe(first)}; no claim states a measure`;
    drafts.push({
      id: groupId(key),
      key,
      manual,
      subject: first.claim.subject,
      measure,
      measureInferred: measure !== undefined && !stated,
      unit: units.size === 1 ? first.unit : "mixed",
      memberIds: members.map((m) => m.claim.id),
      reasons,
      reason,
      ...(manual && decision ? { decision } : {}),
    });
  }
  return drafts;
}
