// Pure trace updates and the evidence chain of a path, read out as text: A → B (quote…) → C (quote…).
import type { PathResult, PathsResponse } from "@domain/contracts/api";
import { normalizeKey } from "@domain/text/normalize";
import { relationLabel, truncate } from "../appearance/text";
import type { ChainStep, TraceState } from "./types";

export function getEmptyTraceState(): TraceState {
  return { from: null, to: null, status: "idle", error: null, result: null, active: 0 };
}

export const setTraceFrom = (from: string | null) => (state: TraceState) => ({ ...state, from, ...cleared });
export const setTraceTo = (to: string | null) => (state: TraceState) => ({ ...state, to, ...cleared });
export const swapTraceEnds = () => (state: TraceState) => ({ ...state, from: state.to, to: state.from, ...cleared });
const cleared = { status: "idle" as const, error: null, result: null, active: 0 };

export const traceLoading = () => (state: TraceState) => ({ ...state, status: "loading" as const, error: null });

/** Keeps an answer only if it is for the ends still chosen (a late answer for old ends is dropped). */
export const traceLoaded = (result: PathsResponse) => (state: TraceState) =>
  result.from === state.from && result.to === state.to
    ? { ...state, status: "ready" as const, error: null, result, active: 0 }
    : state;

export const traceFailed = (error: string) => (state: TraceState) => ({ ...state, status: "error" as const, error });

export const showPath = (index: number) => (state: TraceState) => {
  const count = state.result?.paths.length ?? 0;
  return count === 0 ? state : { ...state, active: Math.min(Math.max(0, index), count - 1) };
};

export const clearTrace = () => (_state: TraceState) => getEmptyTraceState();

export function activePath(state: TraceState): PathResult | null {
  return state.result?.paths[state.active] ?? null;
}

/** Every listed path but the one shown in full: drawn too, more quietly. */
export function otherPaths(state: TraceState): PathResult[] {
  return (state.result?.paths ?? []).filter((_, i) => i !== state.active);
}

/** Whether a quote names one of `names` (each compared by the shared name normaliser's key, so in either script). */
function names(quoteKey: string, names: readonly string[]): boolean {
  return names.some((name) => {
    const key = normalizeKey(name);
    return key.length > 0 && quoteKey.includes(key);
  });
}

/**
 * The best evidence of a hop: the shortest quote that names both ends where there is one, otherwise the shortest that
 * names one end, otherwise the longest (the most said, rather than a speaker's "X stresses that").
 * `fromNames`/`toNames` are each end's names (English, Arabic, aliases).
 */
export function bestEvidence<E extends { quote: string }>(
  evidence: readonly E[],
  fromNames: readonly string[],
  toNames: readonly string[],
): E | undefined {
  let best: { e: E; score: number } | undefined;
  for (const e of evidence) {
    const key = normalizeKey(e.quote);
    const score = (names(key, fromNames) ? 1 : 0) + (names(key, toNames) ? 1 : 0);
    const better =
      score > 0 ? e.quote.length < (best?.e.quote.length ?? 0) : e.quote.length > (best?.e.quote.length ?? 0);
    if (!best || score > best.score || (score === best.score && better)) {
      best = { e, score };
    }
  }
  return best?.e;
}

/**
 * The hops of a path, each with its best piece of evidence (`bestEvidence`); `namesOf` gives a node's names, none
 * when it is not known (then the first piece of evidence is taken).
 */
export function chainSteps(
  path: PathResult,
  labelOf: (id: string) => string,
  namesOf: (id: string) => readonly string[] = () => [],
): ChainStep[] {
  return path.steps.map((step, i) => {
    const from = path.nodes[i] ?? (step.direction === "forward" ? step.source : step.target);
    const to = path.nodes[i + 1] ?? (step.direction === "forward" ? step.target : step.source);
    const evidence = bestEvidence(step.attributes.evidence, namesOf(from), namesOf(to));
    return {
      from,
      to,
      fromLabel: labelOf(from),
      toLabel: labelOf(to),
      relation: step.type,
      direction: step.direction,
      quote: evidence?.quote ?? null,
      gloss: evidence?.gloss ?? null,
      sourceId: evidence?.sourceId ?? null,
      span: evidence ? { start: evidence.start, end: evidence.end } : null,
      edgeKey: step.key,
    };
  });
}

export const QUOTE_MAX = 80;

/** Wraps text in Unicode first-strong isolates, so an Arabic quote cannot reorder the English around it. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** "DeepSeek → China (based in: «…» “…”) ← Alibaba (based in: «…»)": arrows follow each relation's direction. */
export function chainText(steps: readonly ChainStep[]): string {
  const first = steps[0];
  if (!first) return "";
  let text = isolate(first.fromLabel);
  for (const s of steps) {
    const arrow = s.direction === "forward" ? "→" : "←";
    const quote = s.quote ? `: «${isolate(truncate(s.quote, QUOTE_MAX))}»` : "";
    const gloss = s.gloss ? ` “${truncate(s.gloss, QUOTE_MAX)}”` : "";
    text += ` ${arrow} ${isolate(s.toLabel)} (${relationLabel(s.relation)}${quote}${gloss})`;
  }
  return text;
}
