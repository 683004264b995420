// Pure: a draft's suggestions from the mentions found in its text: the draft's own new entities too, candidate
// figures (parseFigures), and candidate relations (two entities named in one sentence, by ICU's sentence breaks).
import type { Draft, FigureSuggestion, MentionSuggestion, RelationSuggestion } from "@domain/contracts/workbench";
import { parseFigures } from "@domain/text/figures";
import { buildNameIndex, findMentions, longestFirst, type MentionHit } from "./mentions";

export const mentionId = (h: Pick<MentionHit, "start" | "end" | "entityId">): string =>
  `mention:${h.start}:${h.end}:${h.entityId}`;

/** Mentions in the draft: the graph's (from the dictionary) and the draft's own new entities, minus marked and rejected. */
export function mentionSuggestions(draft: Draft, graphHits: readonly MentionHit[]): MentionSuggestion[] {
  const own = findMentions(buildNameIndex(draft.entities.map((e) => ({ ...e, nameAr: e.nameAr ?? null }))), draft.text);
  const draftIds = new Set(draft.entities.map((e) => e.id));
  const marked = new Set(
    draft.marks.flatMap((m) => (m.kind === "mention" ? [mentionId({ ...m.evidence, entityId: m.entityId })] : [])),
  );
  const rejected = new Set(draft.rejected);
  return longestFirst([...graphHits, ...own])
    .filter((h) => !marked.has(mentionId(h)) && !rejected.has(mentionId(h)))
    .map((h) => ({
      id: mentionId(h),
      start: h.start,
      end: h.end,
      quote: h.quote,
      matched: h.matched,
      entityId: h.entityId,
      entityType: h.type,
      name: h.name,
      ...(h.nameAr ? { nameAr: h.nameAr } : {}),
      draftEntity: draftIds.has(h.entityId),
    }));
}

export function figureSuggestions(draft: Draft): FigureSuggestion[] {
  const rejected = new Set(draft.rejected);
  const claimed = new Set(
    draft.marks.flatMap((m) => (m.kind === "claim" ? m.evidence.map((e) => `${e.start}:${e.end}`) : [])),
  );
  return parseFigures(draft.text, draft.source.language)
    .map((f) => ({ ...f, id: `figure:${f.start}:${f.end}` }))
    .filter((f) => !rejected.has(f.id) && !claimed.has(`${f.start}:${f.end}`));
}

/** Sentence spans of a text by ICU's sentence breaks (Intl.Segmenter, which knows Arabic punctuation). */
export function sentencesOf(text: string, language: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const s of new Intl.Segmenter(language, { granularity: "sentence" }).segment(text)) {
    const trimmed = s.segment.trimEnd();
    out.push({ start: s.index, end: s.index + trimmed.length });
  }
  return out;
}

/**
 * Every pair of distinct entities named in one sentence, in text order, minus rejected ones and pairs the draft
 * already relates. `existingTypes` is filled by the caller from the graph.
 */
export function relationCandidates(
  draft: Draft,
  mentions: ReadonlyArray<Pick<MentionSuggestion, "entityId" | "name" | "start" | "end">>,
): RelationSuggestion[] {
  const marked = draft.marks.flatMap((m) =>
    m.kind === "mention"
      ? [{ entityId: m.entityId, name: m.entityId, start: m.evidence.start, end: m.evidence.end }]
      : [],
  );
  const all = [...mentions, ...marked].sort((a, b) => a.start - b.start);
  const related = new Set(
    draft.marks.flatMap((m) => (m.kind === "relation" ? [`${m.from}|${m.to}`, `${m.to}|${m.from}`] : [])),
  );
  const rejected = new Set(draft.rejected);
  const out: RelationSuggestion[] = [];
  for (const sentence of sentencesOf(draft.text, draft.source.language)) {
    const inside = all.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    const firstOf = new Map<string, (typeof inside)[number]>();
    for (const m of inside) if (!firstOf.has(m.entityId)) firstOf.set(m.entityId, m);
    const distinct = [...firstOf.values()];
    for (let i = 0; i < distinct.length; i++) {
      for (let j = i + 1; j < distinct.length; j++) {
        const a = distinct[i] as (typeof inside)[number];
        const b = distinct[j] as (typeof inside)[number];
        const id = `relation:${sentence.start}:${a.entityId}:${b.entityId}`;
        if (rejected.has(id) || related.has(`${a.entityId}|${b.entityId}`)) continue;
        out.push({
          id,
          start: sentence.start,
          end: sentence.end,
          quote: draft.text.slice(sentence.start, sentence.end),
          from: { entityId: a.entityId, name: a.name, start: a.start, end: a.end },
          to: { entityId: b.entityId, name: b.name, start: b.start, end: b.end },
          existingTypes: [],
        });
      }
    }
  }
  return out;
}
