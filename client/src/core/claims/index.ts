// The Claims view's store: claim groups from /api/claim-groups under a filter, the group shown, merges and splits.
import { fetchClaimGroups, mergeClaimGroups, resetClaimGroups, splitClaimGroup } from "../../api/endpoints";
import { describeError, isAbort } from "../../api/errors";
import { notify } from "../notices";
import { atom, type Producer } from "../utils/atoms";
import type { ClaimsState } from "./types";
import { getEmptyClaimsState, queryOf, received, selectedGroup } from "./utils";

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

async function write(run: () => Promise<{ groups: { id: string }[] }>, done: string): Promise<void> {
  claimsAtom.set((s) => ({ ...s, writing: true }));
  try {
    const answer = await run();
    claimsAtom.set((s) => ({ ...s, writing: false, mergeIds: [], splitIds: [] }));
    notify(done);
    await loadClaimGroups(answer.groups[0]?.id ?? null);
  } catch (error) {
    claimsAtom.set((s) => ({ ...s, writing: false }));
    notify(describeError(error), "error");
  }
}

/** Merges the ticked groups into one and shows it. */
export function mergeTicked(): Promise<void> {
  const ids = claimsAtom.get().mergeIds;
  return write(() => mergeClaimGroups(ids), `Merged ${ids.length} groups.`);
}

/** Splits the ticked members of the shown group off into a group of their own, and shows that group. */
export function splitTicked(): Promise<void> {
  const state = claimsAtom.get();
  const group = selectedGroup(state);
  if (!group) return Promise.resolve();
  return write(() => splitClaimGroup(group.id, state.splitIds), `Split ${state.splitIds.length} claim(s) off.`);
}

/** Sends the shown group's members back to their automatic groups. */
export function resetSelected(): Promise<void> {
  const group = selectedGroup(claimsAtom.get());
  if (!group) return Promise.resolve();
  return write(() => resetClaimGroups(group.members.map((m) => m.claimId)), "Back to the automatic grouping.");
}
