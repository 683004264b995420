// Typed fetchers for every route the explorer reads; each parses its answer with the shared schema.
import {
  GraphResponse,
  NeighborsResponse,
  NodeDetails,
  PathsResponse,
  SearchResponse,
  SourceDetails,
  SourcesResponse,
} from "@domain/contracts/api";
import {
  ClaimGroup,
  type ClaimGroupsQuery,
  ClaimGroupsResponse,
  type DependenceVerdict,
  GroupDecisionResponse,
  SourceMark,
} from "@domain/contracts/corroboration";
import { z } from "zod";
import { getJson, postJson, segment, sendJson } from "./http";

type Signal = { signal?: AbortSignal };

export const fetchGraph = (o: Signal & { limit?: number } = {}) =>
  getJson("/graph", GraphResponse, { query: { limit: o.limit }, ...signalOf(o) });

export const fetchSearch = (q: string, o: Signal & { limit?: number } = {}) =>
  getJson("/search", SearchResponse, { query: { q, limit: o.limit ?? 12 }, ...signalOf(o) });

export const fetchNode = (id: string, o: Signal = {}) => getJson(`/nodes/${segment(id)}`, NodeDetails, signalOf(o));

export const fetchNeighbors = (id: string, o: Signal & { limit: number; offset: number }) =>
  getJson(`/nodes/${segment(id)}/neighbors`, NeighborsResponse, {
    query: { limit: o.limit, offset: o.offset },
    ...signalOf(o),
  });

export const fetchPaths = (from: string, to: string, o: Signal & { k?: number; via?: string } = {}) =>
  getJson("/paths", PathsResponse, { query: { from, to, k: o.k ?? 5, via: o.via }, ...signalOf(o) });

export const fetchSources = (o: Signal = {}) => getJson("/sources", SourcesResponse, signalOf(o));

export const fetchSource = (id: string, o: Signal = {}) =>
  getJson(`/sources/${segment(id)}`, SourceDetails, signalOf(o));

/** GET /api/claim-groups: one page of figure-claim groups matching the filter, with counts by status. */
export const fetchClaimGroups = (q: Partial<ClaimGroupsQuery>, o: Signal = {}) =>
  getJson("/claim-groups", ClaimGroupsResponse, {
    query: {
      status: q.status,
      subject: q.subject,
      measure: q.measure,
      from: q.from,
      to: q.to,
      limit: q.limit,
      offset: q.offset,
    },
    ...signalOf(o),
  });

/** GET /api/claim-groups/:id: one group in full (NOT_FOUND once a merge or split replaced it). */
export const fetchClaimGroup = (id: string, o: Signal = {}) =>
  getJson(`/claim-groups/${segment(id)}`, ClaimGroup, signalOf(o));

/** POST /api/claim-groups/merge: the named groups become one; answers the merged group. */
export const mergeClaimGroups = (groupIds: readonly string[], note?: string) =>
  postJson("/claim-groups/merge", GroupDecisionResponse, { groupIds, ...(note ? { note } : {}) });

/** POST /api/claim-groups/split: the named claims leave their group for one of their own; answers both groups. */
export const splitClaimGroup = (groupId: string, claimIds: readonly string[], note?: string) =>
  postJson("/claim-groups/split", GroupDecisionResponse, { groupId, claimIds, ...(note ? { note } : {}) });

/** POST /api/claim-groups/reset: the claims return to their automatic groups. */
export const resetClaimGroups = (claimIds: readonly string[]) =>
  postJson("/claim-groups/reset", GroupDecisionResponse, { claimIds });

function signalOf(o: Signal): { signal?: AbortSignal } {
  return o.signal ? { signal: o.signal } : {};
}

/** POST /api/source-marks: marks two sources dependent or independent by hand (replacing an earlier mark). */
export const markSources = (sourceIds: readonly [string, string], verdict: DependenceVerdict, note?: string) =>
  postJson("/source-marks", SourceMark, { sourceIds, verdict, ...(note ? { note } : {}) });

/** DELETE /api/source-marks: removes the mark on two sources, so the automatic rule applies to them again. */
export const unmarkSources = (sourceIds: readonly [string, string]) =>
  sendJson("DELETE", `/source-marks?sourceIds=${sourceIds.map(segment).join(",")}`, z.object({ removed: z.boolean() }));
