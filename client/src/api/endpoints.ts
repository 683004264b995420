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
import { getJson, segment } from "./http";

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

function signalOf(o: Signal): { signal?: AbortSignal } {
  return o.signal ? { signal: o.signal } : {};
}
