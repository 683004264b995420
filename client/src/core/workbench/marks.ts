// Pure: marks from spans and suggestions (mentions, relations, figure claims), new entities' ids, the suggestions
// still open, labels, and the draft payload with the authorship the server recorded.
import type {
  DraftEvidence,
  DraftMark,
  DraftUpdate,
  FigureSuggestion,
  MentionSuggestion,
  RelationSuggestion,
  SuggestionsResponse,
} from "@domain/contracts/workbench";
import type { Quantity } from "@domain/model/claim";
import { formatFigure } from "../details/format";
import { evidenceSentence } from "./spans";
import type { DraftEdit, EntityName, Span, Stamp } from "./types";

type ClaimMark = Extract<DraftMark, { kind: "claim" }>;
type RelationMark = Extract<DraftMark, { kind: "relation" }>;

/** Evidence of a span: only its offsets and words; the server adds who and when on the next save. */
export const evidenceOf = (span: Span, gloss?: string): DraftEvidence => ({
  start: span.start,
  end: span.end,
  quote: span.quote,
  ...(gloss ? { gloss } : {}),
});

/** The evidence list of a mark (a mention has one piece). */
export const evidenceList = (mark: DraftMark): DraftEvidence[] =>
  mark.kind === "mention" ? [mark.evidence] : mark.evidence;

/** A fresh mark id with this prefix ("m", "rel", "claim"): one more than the highest number in use. */
export function nextMarkId(marks: readonly DraftMark[], prefix: string): string {
  let n = 0;
  const pattern = new RegExp(`^${prefix}(\\d+)$`);
  for (const m of marks) {
    const found = pattern.exec(m.id)?.[1];
    if (found !== undefined) n = Math.max(n, Number(found));
  }
  return `${prefix}${n + 1}`;
}

/** The mark id a figure suggestion becomes, so the figure counts as taken once its claim exists. */
export const figureMarkId = (f: Pick<FigureSuggestion, "start" | "end">) => `fig-${f.start}-${f.end}`;

export function mentionMark(marks: readonly DraftMark[], entityId: string, span: Span): DraftMark {
  return { id: nextMarkId(marks, "m"), kind: "mention", entityId, evidence: evidenceOf(span) };
}

export const mentionFromSuggestion = (marks: readonly DraftMark[], s: MentionSuggestion): DraftMark =>
  mentionMark(marks, s.entityId, s);

/** The type a relation suggestion can be accepted with at once: one the graph already has between the two. */
export function suggestedRelation(s: RelationSuggestion): { from: string; to: string; type: string } | null {
  const existing = s.existingTypes[0];
  if (!existing) return null;
  return existing.direction === "out"
    ? { from: s.from.entityId, to: s.to.entityId, type: existing.type }
    : { from: s.to.entityId, to: s.from.entityId, type: existing.type };
}

/** "works for" → "WORKS_FOR": what a researcher types, as the graph writes relation types (checked by RelationType). */
export const relationTypeOf = (typed: string): string =>
  typed
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");

export function relationMark(
  marks: readonly DraftMark[],
  r: { from: string; to: string; type: string },
  evidence: DraftEvidence[],
): RelationMark {
  return { id: nextMarkId(marks, "rel"), kind: "relation", from: r.from, to: r.to, type: r.type, evidence };
}

/** "about 50 billion CNY", "600–700 billion CNY", "48%": a quantity in English (the details panel's wording). */
export const describeQuantity = (q: Quantity): string => formatFigure(q) ?? q.unit;

/**
 * The claim a figure suggestion becomes with one click: its quote's sentence as evidence and original, its quantity
 * and period, about the entities named (marked or suggested) in that sentence, stated by the source itself. The
 * statement is the sentence when the text is English, else the figure in English words. Null when the sentence names
 * no entity (the claim form then asks what it is about).
 */
export function figureClaim(
  text: string,
  language: string,
  figure: FigureSuggestion,
  edit: DraftEdit,
  mentions: readonly MentionSuggestion[],
  names: Readonly<Record<string, EntityName>>,
): ClaimMark | null {
  if (!figure.quantity) return null;
  const sentence = evidenceSentence(text, figure, language);
  const about = entitiesIn(sentence, edit.marks, mentions);
  if (about.length === 0) return null;
  const english = language === "en" || language.startsWith("en-");
  const period = figure.period?.start
    ? ` (${figure.period.start}${figure.period.end ? `–${figure.period.end}` : ""})`
    : "";
  const subject = about.map((id) => names[id]?.name ?? id).join(", ");
  const statement = english
    ? sentence.quote.slice(0, 2000)
    : `${subject}: ${describeQuantity(figure.quantity)}${period}`.slice(0, 2000);
  return {
    id: figureMarkId(figure),
    kind: "claim",
    claimKind: "figure",
    statement,
    original: sentence.quote,
    quantity: figure.quantity,
    ...(figure.period?.start
      ? { period: { start: figure.period.start, ...(figure.period.end ? { end: figure.period.end } : {}) } }
      : {}),
    statedBy: [],
    about,
    evidence: [evidenceOf(sentence)],
  };
}

/** Entities named inside a span, in text order: marked mentions and suggested ones, each once. */
export function entitiesIn(
  span: Pick<Span, "start" | "end">,
  marks: readonly DraftMark[],
  mentions: ReadonlyArray<Pick<MentionSuggestion, "entityId" | "start" | "end">>,
): string[] {
  const found = [
    ...marks.flatMap((m) =>
      m.kind === "mention" ? [{ entityId: m.entityId, start: m.evidence.start, end: m.evidence.end }] : [],
    ),
    ...mentions,
  ]
    .filter((m) => m.start >= span.start && m.end <= span.end)
    .sort((a, b) => a.start - b.start)
    .map((m) => m.entityId);
  return [...new Set(found)].slice(0, 20);
}

/** The suggestions still open: not marked (as the server counts them) and not rejected, even before a save. */
export function openSuggestions(
  suggestions: SuggestionsResponse | null,
  edit: DraftEdit | null,
): SuggestionsResponse | null {
  if (!suggestions || !edit) return suggestions;
  const rejected = new Set(edit.rejected);
  const mentioned = new Set(
    edit.marks.flatMap((m) => (m.kind === "mention" ? [`${m.evidence.start}:${m.evidence.end}:${m.entityId}`] : [])),
  );
  const markIds = new Set(edit.marks.map((m) => m.id));
  const claimed = new Set(
    edit.marks.flatMap((m) => (m.kind === "claim" ? m.evidence.map((e) => `${e.start}:${e.end}`) : [])),
  );
  const related = new Set(
    edit.marks.flatMap((m) => (m.kind === "relation" ? [`${m.from}|${m.to}`, `${m.to}|${m.from}`] : [])),
  );
  return {
    ...suggestions,
    mentions: suggestions.mentions.filter(
      (s) => !rejected.has(s.id) && !mentioned.has(`${s.start}:${s.end}:${s.entityId}`),
    ),
    figures: suggestions.figures.filter(
      (f) => !rejected.has(f.id) && !markIds.has(figureMarkId(f)) && !claimed.has(`${f.start}:${f.end}`),
    ),
    relations: suggestions.relations.filter(
      (r) => !rejected.has(r.id) && !related.has(`${r.from.entityId}|${r.to.entityId}`),
    ),
  };
}

/** Names learnt from suggestions: the graph's entities found in the text. */
export function namesFromSuggestions(s: SuggestionsResponse): Record<string, EntityName> {
  const out: Record<string, EntityName> = {};
  for (const m of s.mentions) out[m.entityId] = { name: m.name, nameAr: m.nameAr, type: m.entityType };
  return out;
}

/** "DeepSeek", "DeepSeek → DEVELOPED → R1", "Figure: about 50 billion CNY": a mark in a few words. */
export function markTitle(mark: DraftMark, name: (id: string) => string): string {
  if (mark.kind === "mention") return name(mark.entityId);
  if (mark.kind === "relation") return `${name(mark.from)} → ${mark.type} → ${name(mark.to)}`;
  const what = mark.quantity ? describeQuantity(mark.quantity) : mark.statement;
  return `${mark.claimKind === "figure" ? "Figure" : "Assertion"}: ${what}`;
}

/** Key of a piece of evidence in a mark, for the server's authorship stamps. */
export const stampKey = (markId: string, e: Pick<DraftEvidence, "start" | "end">) => `${markId}:${e.start}:${e.end}`;

/** The authorship the server recorded on a draft's evidence. */
export function stampsOf(marks: readonly DraftMark[]): Record<string, Stamp> {
  const out: Record<string, Stamp> = {};
  for (const m of marks) {
    for (const e of evidenceList(m)) {
      if (e.addedBy && e.addedAt) out[stampKey(m.id, e)] = { addedBy: e.addedBy, addedAt: e.addedAt };
    }
  }
  return out;
}

/**
 * A save of the edit made on `revision`: evidence keeps the authorship the server recorded for the same mark and span
 * (a changed span has none, so the server stamps it anew), and carries none otherwise.
 */
export function draftUpdate(edit: DraftEdit, revision: number, stamps: Readonly<Record<string, Stamp>>): DraftUpdate {
  const stamp = (markId: string, e: DraftEvidence): DraftEvidence => {
    const { addedBy: _by, addedAt: _at, ...rest } = e;
    const known = stamps[stampKey(markId, e)];
    return known ? { ...rest, addedBy: known.addedBy, addedAt: known.addedAt } : rest;
  };
  return {
    revision,
    source: edit.source,
    entities: edit.entities,
    marks: edit.marks.map((m) =>
      m.kind === "mention"
        ? { ...m, evidence: stamp(m.id, m.evidence) }
        : { ...m, evidence: m.evidence.map((e) => stamp(m.id, e)) },
    ),
    rejected: edit.rejected,
  };
}

const ID_PREFIXES: Readonly<Record<string, string>> = {
  Organization: "org",
  Person: "person",
  Government: "gov",
  Country: "country",
  AIModel: "model",
  Product: "product",
  Project: "project",
  Report: "report",
  Policy: "policy",
  Media: "media",
  Technology: "tech",
  Sector: "sector",
  Commodity: "commodity",
};

/** A new entity's id from its type and English name ("org:harbor-quantum-labs"), unique among `taken`. */
export function entityIdFor(type: string, name: string, taken: ReadonlySet<string>): string {
  const prefix = ID_PREFIXES[type] ?? (type.toLowerCase().replace(/[^a-z0-9]/g, "") || "entity");
  const slug =
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w !== "")
      .slice(0, 8)
      .join("-")
      .slice(0, 80)
      .replace(/-+$/, "") || "entity";
  let id = `${prefix}:${slug}`;
  for (let n = 2; taken.has(id); n++) id = `${prefix}:${slug}-${n}`;
  return id;
}

/** The index of the mark a review issue's path names (`$.marks[2].evidence[0]` → 2), or null. */
export function issueMark(path: string): number | null {
  const found = /^\$\.marks\[(\d+)\]/.exec(path)?.[1];
  return found === undefined ? null : Number(found);
}
