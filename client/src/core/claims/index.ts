// The Claims view's store: claim groups from /api/claim-groups under a filter, the group shown, merges and splits,
// and researchers' marks on pairs of the shown group's sources.
import type { ClaimGroup, DependenceVerdict, GroupDecisionResponse } from "@domain/contracts/corroboration";
import {
  fetchClaimGroup,
  fetchClaimGroups,
  markSources,
  mergeClaimGroups,
  resetClaimGroups,
  splitClaimGroup,
  unmarkSources,
} from "../../api/endpoints";
import { describeError, isAbort } from "../../api/errors";
import { atom, type Producer } from "../utils/atoms";
import type { ClaimsState } from "./types";
import { getEmptyClaimsState, queryOf, received, resetScope, revealStatus, selectedGroup } from "./utils";

export const claimsAtom = atom<ClaimsState>(getEmptyClaimsState());

let inflight: AbortController | undefined;

/** Loads the groups the current filter selects; `select` names the group to show once they arrive. */
export async function loadClaimGroups(select?: string | null): Promise<void> {
  inflight?.abort();
  const controller = new AbortController();
  inflight = controller;
  claimsAtom.set((s) => ({ ...s, status: "loading", error: null }));
  try {
    const answer = await fetchClaimGroups(queryOf(claimsAtom.get().filter), { signal: controller.signal });
    if (inflight === controller) claimsAtom.set(received(answer, select));
  } catch (error) {
    if (isAbort(error) || inflight !== controller) return;
    claimsAtom.set((s) => ({ ...s, status: "error", error: describeError(error) }));
  }
}

/** Applies a change to the filter and loads what it selects. */
export function updateClaimsFilter(update: Producer<ClaimsState>): void {
  claimsAtom.set(update);
  void loadClaimGroups();
}

/**
 * Runs a merge, split or reset, then reloads the list showing the group `pick` chooses from the answer (and every
 * status, when the status filter would hide it). Resolves to `done` for the view to tell; rejects with the API's
 * error (an ApiError naming the server's reason), the list unchanged.
 */
async function write(
  run: () => Promise<GroupDecisionResponse>,
  pick: (groups: ClaimGroup[]) => ClaimGroup | undefined,
  done: string,
): Promise<string> {
  claimsAtom.set((s) => ({ ...s, writing: true }));
  try {
    const answer = await run();
    const shown = pick(answer.groups) ?? answer.groups[0];
    claimsAtom.set((s) => revealStatus(shown?.status)({ ...s, writing: false, mergeIds: [], splitIds: [] }));
    await loadClaimGroups(shown?.id ?? null);
    return done;
  } catch (error) {
    claimsAtom.set((s) => ({ ...s, writing: false }));
    throw error;
  }
}

const holding = (claimId: string | undefined) => (groups: ClaimGroup[]) =>
  groups.find((g) => g.members.some((m) => m.claimId === claimId));

/** Merges the ticked groups into one and shows it. */
export function mergeTicked(): Promise<string> {
  const ids = claimsAtom.get().mergeIds;
  return write(
    () => mergeClaimGroups(ids),
    (groups) => groups[0],
    `Merged ${ids.length} groups.`,
  );
}

/** Splits the ticked members of the shown group off into a group of their own, and shows that group. */
export function splitTicked(): Promise<string> {
  const state = claimsAtom.get();
  const group = selectedGroup(state);
  if (!group) return Promise.resolve("No group is shown.");
  return write(
    () => splitClaimGroup(group.id, state.splitIds),
    holding(state.splitIds[0]),
    `Split ${state.splitIds.length} claim(s) off.`,
  );
}

/** Sends the shown group's members (and those of the same decisions) back to their automatic groups. */
export function resetSelected(): Promise<string> {
  const state = claimsAtom.get();
  const group = selectedGroup(state);
  if (!group) return Promise.resolve("No group is shown.");
  const claimIds = resetScope(state);
  return write(() => resetClaimGroups(claimIds), holding(claimIds[0]), "Back to the automatic grouping.");
}

/**
 * Marks two of the shown group's sources dependent or independent by hand, or (verdict null) removes the mark so the
 * automatic rule applies again; then reloads the list, still showing the group (every status, when its new status
 * would be filtered out), so statuses and independent support read the mark at once. Rejects with the API's error.
 */
export async function markPair(
  sourceIds: readonly [string, string],
  verdict: DependenceVerdict | null,
): Promise<string> {
  const groupId = claimsAtom.get().selectedId;
  claimsAtom.set((s) => ({ ...s, writing: true }));
  try {
    if (verdict) await markSources(sourceIds, verdict);
    else await unmarkSources(sourceIds);
    const shown = groupId ? await fetchClaimGroup(groupId).catch(() => undefined) : undefined;
    claimsAtom.set((s) => revealStatus(shown?.status)({ ...s, writing: false }));
    await loadClaimGroups(shown?.id ?? groupId);
    return verdict ? `Marked the two sources ${verdict}.` : "The two sources are back to the automatic rule.";
  } catch (error) {
    claimsAtom.set((s) => ({ ...s, writing: false }));
    throw error;
  }
}
