// Pure updates of the Claims view's store, `(args) => (state) => newState`, and what the view derives from it.
import type {
  ClaimGroup,
  ClaimGroupMember,
  ClaimGroupsQuery,
  ClaimGroupsResponse,
  CorroborationStatus,
  SourcePair,
} from "@domain/contracts/corroboration";
import { PartialDate } from "@domain/model/ids";
import type { ClaimsFilter, ClaimsState, SubjectChoice } from "./types";

/** The statuses in the order the view lists them: what needs a look first. */
export const STATUSES: readonly CorroborationStatus[] = ["conflicting", "corroborated", "single-source"];

/** How many groups one request asks for (the API's maximum page). */
export const CLAIM_GROUPS_PAGE = 1000;

export function getEmptyClaimsState(): ClaimsState {
  return {
    filter: { statuses: [], subject: null, from: "", to: "" },
    status: "idle",
    error: null,
    groups: [],
    total: 0,
    counts: { conflicting: 0, corroborated: 0, "single-source": 0 },
    tolerance: null,
    subjects: [],
    selectedId: null,
    mergeIds: [],
    splitIds: [],
    writing: false,
  };
}

const toggle = <T>(list: readonly T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

export const toggleStatus = (status: CorroborationStatus) => (state: ClaimsState) => ({
  ...state,
  filter: { ...state.filter, statuses: STATUSES.filter((s) => toggle(state.filter.statuses, status).includes(s)) },
});

export const setSubject = (subject: string | null) => (state: ClaimsState) => ({
  ...state,
  filter: { ...state.filter, subject: subject || null },
});

export const setPeriod = (bound: "from" | "to", text: string) => (state: ClaimsState) => ({
  ...state,
  filter: { ...state.filter, [bound]: text.trim() },
});

/** Shows every status when the status filter would hide a group of this status (the one a decision produced). */
export const revealStatus = (status: CorroborationStatus | undefined) => (state: ClaimsState) =>
  !status || state.filter.statuses.length === 0 || state.filter.statuses.includes(status)
    ? state
    : { ...state, filter: { ...state.filter, statuses: [] } };

export const selectGroup = (id: string | null) => (state: ClaimsState) =>
  state.selectedId === id ? state : { ...state, selectedId: id, splitIds: [] };

export const toggleMerge = (groupId: string) => (state: ClaimsState) => ({
  ...state,
  mergeIds: toggle(state.mergeIds, groupId),
});

export const toggleSplit = (claimId: string) => (state: ClaimsState) => ({
  ...state,
  splitIds: toggle(state.splitIds, claimId),
});

/** Why a period bound cannot be sent, naming the field; null when it is empty or well formed. */
export function periodError(bound: "from" | "to", text: string): string | null {
  if (text === "" || PartialDate.safeParse(text).success) return null;
  return `"${bound}" must look like 2025, 2025-Q4, 2025-02 or 2025-02-14`;
}

/** The request for a filter; period bounds that are not dates are left out (the view shows their error). */
export function queryOf(filter: ClaimsFilter): Partial<ClaimGroupsQuery> {
  return {
    ...(filter.statuses.length > 0 ? { status: filter.statuses } : {}),
    ...(filter.subject ? { subject: filter.subject } : {}),
    ...(filter.from && !periodError("from", filter.from) ? { from: filter.from } : {}),
    ...(filter.to && !periodError("to", filter.to) ? { to: filter.to } : {}),
    limit: CLAIM_GROUPS_PAGE,
  };
}

/** Subjects of these groups (the group's subject only), added to the known ones, sorted by label. */
export function mergeSubjects(known: readonly SubjectChoice[], groups: readonly ClaimGroup[]): SubjectChoice[] {
  const byId = new Map(known.map((s) => [s.id, s]));
  for (const g of groups) if (!byId.has(g.subject.id)) byId.set(g.subject.id, { ...g.subject });
  return [...byId.values()].sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
}

/**
 * Takes an answer: its groups, totals and subjects; the selection and ticks are kept for groups still listed (a
 * merge or split replaces group ids, so `select` names the group to show after one).
 */
export const received =
  (answer: ClaimGroupsResponse, select?: string | null) =>
  (state: ClaimsState): ClaimsState => {
    const ids = new Set(answer.groups.map((g) => g.id));
    const wanted = select !== undefined ? select : state.selectedId;
    const selectedId = wanted && ids.has(wanted) ? wanted : null;
    const selected = answer.groups.find((g) => g.id === selectedId);
    const members = new Set(selected?.members.map((m) => m.claimId));
    return {
      ...state,
      status: "ready",
      error: null,
      groups: answer.groups,
      total: answer.total,
      counts: { ...getEmptyClaimsState().counts, ...answer.counts },
      tolerance: answer.tolerance,
      subjects: mergeSubjects(state.subjects, answer.groups),
      selectedId,
      mergeIds: state.mergeIds.filter((id) => ids.has(id)),
      splitIds: selectedId === state.selectedId ? state.splitIds.filter((id) => members.has(id)) : [],
    };
  };

export function selectedGroup(state: ClaimsState): ClaimGroup | null {
  return state.groups.find((g) => g.id === state.selectedId) ?? null;
}

/** Whether the ticked members can be split off: at least one ticked and at least one left. */
export function canSplit(state: ClaimsState): boolean {
  const group = selectedGroup(state);
  return !!group && state.splitIds.length > 0 && state.splitIds.length < group.members.length;
}

/** A group's title: its subject in the chosen language, its measure (or what it was grouped by) and its period. */
export function groupTitle(group: ClaimGroup, language: "en" | "ar"): string {
  const subject = language === "ar" && group.subject.labelAr ? group.subject.labelAr : group.subject.label;
  const measure = group.measure ? group.measure.replaceAll("-", " ") : group.unit;
  return `${subject} · ${measure} · ${group.period.label}`;
}

/** "2 independent of 3 sources", or "1 source". */
export function supportText(independent: number, sources: number): string {
  if (sources <= 1) return `${sources} source`;
  return `${independent} independent of ${sources} sources`;
}

/** A relative tolerance as a percentage: 0.02 → "2%". */
export const percent = (x: number) => `${Math.round(x * 1000) / 10}%`;

/**
 * Members in the order they are shown side by side: block by block (members compared with one another together,
 * in the server's block order), members conflicting before agreeing ones, those compared with nothing last.
 */
export function membersInOrder(group: ClaimGroup): ClaimGroupMember[] {
  const block = new Map<string, number>();
  group.blocks.forEach((b, i) => {
    for (const id of b.claimIds) if (!block.has(id)) block.set(id, i);
  });
  const rank = { conflicts: 0, agrees: 1, uncompared: 2 } as const;
  return group.members
    .map((m, i) => ({ m, i }))
    .sort(
      (x, y) =>
        (x.m.standing === "uncompared" ? 1 : 0) - (y.m.standing === "uncompared" ? 1 : 0) ||
        (block.get(x.m.claimId) ?? Infinity) - (block.get(y.m.claimId) ?? Infinity) ||
        rank[x.m.standing] - rank[y.m.standing] ||
        x.i - y.i,
    )
    .map(({ m }) => m);
}

/** A member's evidence by source, in first-quote order: each source named once above its quotes. */
export function evidenceBySource<E extends { sourceId: string }>(
  evidence: readonly E[],
): { sourceId: string; quotes: E[] }[] {
  const out = new Map<string, E[]>();
  for (const e of evidence) {
    const list = out.get(e.sourceId);
    if (list) list.push(e);
    else out.set(e.sourceId, [e]);
  }
  return [...out].map(([sourceId, quotes]) => ({ sourceId, quotes }));
}

/**
 * The claims a reset of the shown group sends back to their automatic groups: its members, and the members of every
 * listed group placed by the same decision (same author and time), so undoing a split or a merge undoes both sides.
 */
export function resetScope(state: ClaimsState): string[] {
  const group = selectedGroup(state);
  if (!group) return [];
  const decisions = new Set(
    group.members.flatMap((m) => (m.decision ? [`${m.decision.by}\u0000${m.decision.at}`] : [])),
  );
  const ids = new Set(group.members.map((m) => m.claimId));
  for (const g of state.groups)
    for (const m of g.members)
      if (m.decision && decisions.has(`${m.decision.by}\u0000${m.decision.at}`)) ids.add(m.claimId);
  return [...ids];
}

/** One pair of a group's sources as the view lists it: both named, its standing, and whether a researcher marked it. */
export interface PairRow {
  sourceIds: [string, string];
  names: [string, string];
  dependent: boolean;
  /** "independent: different publishers", or "dependent, marked by Ada on 2026-11-30" (with the mark's note). */
  standing: string;
  marked: boolean;
}

/** The pairs of a group's sources (from its independence answer), each named by its title and publisher. */
export function sourcePairs(group: ClaimGroup): PairRow[] {
  const names = new Map<string, string>();
  for (const m of group.members)
    for (const s of m.sources)
      if (!names.has(s.id)) names.set(s.id, s.publisher ? `${s.title} (${s.publisher})` : s.title);
  const name = (id: string) => names.get(id) ?? id;
  return group.independence.pairs.map((p) => ({
    sourceIds: [p.a, p.b],
    names: [name(p.a), name(p.b)],
    dependent: p.dependent,
    standing: pairStanding(p),
    marked: !!p.mark,
  }));
}

/** A pair's standing: the automatic verdict with its reason, or the mark, who set it and on which day. */
export function pairStanding(pair: SourcePair): string {
  const verdict = pair.dependent ? "dependent" : "independent";
  if (!pair.mark) return pair.reason ? `${verdict} (automatic): ${pair.reason}` : `${verdict} (automatic)`;
  const marked = `${verdict}, marked by ${pair.mark.by} on ${pair.mark.at.slice(0, 10)}`;
  return pair.mark.note ? `${marked}: ${pair.mark.note}` : marked;
}
