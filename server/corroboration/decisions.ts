// Plans a researcher's merge or split of claim groups as decision keys on claims, checked against the current groups.
import { randomUUID } from "node:crypto";
import type { CorroborationView } from "./view";

/** One claim put into the group of `key`. */
export interface DecisionRow {
  claimId: string;
  key: string;
}

/** A planning refusal: which input field is wrong (a path into the request body) and why, or which group is unknown. */
export type PlanProblem =
  | { kind: "unknown-group"; groupId: string }
  | { kind: "invalid"; path: (string | number)[]; message: string };

export type Plan = { ok: true; rows: DecisionRow[] } | { ok: false; problem: PlanProblem };

/** A fresh decision key: the groups a researcher makes never collide with earlier ones. */
export const newDecisionKey = (): string => randomUUID();

/**
 * Merging groups gives every current member of each (those placed by hand, by a measure, or joined) one fresh key, so
 * they form one group and claims later ingested with the same subject, measure and period join it.
 */
export function planMerge(view: CorroborationView, groupIds: readonly string[], key = newDecisionKey()): Plan {
  const rows: DecisionRow[] = [];
  for (const id of groupIds) {
    const group = view.groupById.get(id);
    if (!group) return { ok: false, problem: { kind: "unknown-group", groupId: id } };
    for (const claimId of group.draft.memberIds) rows.push({ claimId, key });
  }
  return { ok: true, rows };
}

/**
 * Splitting a group puts the named claims in a new group and the rest in another (the group's own key when it was
 * set by hand, else a fresh one): both parts hold keys, so a claim later ingested with the same automatic key stays
 * apart from both until a researcher places it. Every named claim must be a member, and at least one must stay.
 */
export function planSplit(
  view: CorroborationView,
  groupId: string,
  claimIds: readonly string[],
  keys: { off: string; rest: string } = { off: newDecisionKey(), rest: newDecisionKey() },
): Plan {
  const group = view.groupById.get(groupId);
  if (!group) return { ok: false, problem: { kind: "unknown-group", groupId } };
  const members = new Set(group.draft.memberIds);
  for (const [i, id] of claimIds.entries()) {
    if (!members.has(id)) {
      return {
        ok: false,
        problem: { kind: "invalid", path: ["claimIds", i], message: `"${id}" is not a member of group ${groupId}` },
      };
    }
  }
  const off = new Set(claimIds);
  if (off.size >= members.size) {
    return {
      ok: false,
      problem: { kind: "invalid", path: ["claimIds"], message: "must leave at least one claim in the group" },
    };
  }
  const restKey = group.draft.manual ? group.draft.key.slice("manual|".length) : keys.rest;
  return {
    ok: true,
    rows: group.draft.memberIds.map((claimId) => ({ claimId, key: off.has(claimId) ? keys.off : restKey })),
  };
}
