// The source reader store: which source is open, its text and spans, and which span to bring into view.
import type { SourceDetails, SourceSummary } from "@domain/contracts/api";
import { fetchSource, fetchSources } from "../../api/endpoints";
import { describeError } from "../../api/errors";
import { atom } from "../utils/atoms";

export interface ReaderState {
  sourceId: string | null;
  status: "idle" | "loading" | "ready" | "error";
  error: string | null;
  source: SourceDetails | null;
  /** The span to scroll to and emphasise. */
  focus: { start: number; end: number } | null;
}

export const readerAtom = atom<ReaderState>({ sourceId: null, status: "idle", error: null, source: null, focus: null });

/** Full sources, fetched once each: the evidence panel shows quotes inside them. */
const cache = new Map<string, Promise<SourceDetails>>();

export function getSource(id: string): Promise<SourceDetails> {
  let pending = cache.get(id);
  if (!pending) {
    pending = fetchSource(id);
    cache.set(id, pending);
    pending.catch(() => cache.delete(id));
  }
  return pending;
}

/** Drops a source fetched before (the workbench changed its evidence), so it is fetched again when next shown. */
export function forgetSource(id: string): void {
  cache.delete(id);
  const current = readerAtom.get();
  if (current.sourceId === id) closeSource();
}

export async function openSource(sourceId: string, focus: { start: number; end: number } | null = null): Promise<void> {
  const current = readerAtom.get();
  if (current.sourceId === sourceId && current.source) {
    readerAtom.set({ ...current, focus });
    return;
  }
  readerAtom.set({ sourceId, status: "loading", error: null, source: null, focus });
  try {
    const source = await getSource(sourceId);
    if (readerAtom.get().sourceId === sourceId) readerAtom.set({ ...readerAtom.get(), status: "ready", source });
  } catch (error) {
    if (readerAtom.get().sourceId === sourceId)
      readerAtom.set({ ...readerAtom.get(), status: "error", error: describeError(error) });
  }
}

export function closeSource(): void {
  readerAtom.set({ sourceId: null, status: "idle", error: null, source: null, focus: null });
}

export const sourcesAtom = atom<SourceSummary[]>([]);

export async function loadSources(): Promise<void> {
  try {
    sourcesAtom.set((await fetchSources()).sources);
  } catch {
    // The filters fall back to source ids.
  }
}
