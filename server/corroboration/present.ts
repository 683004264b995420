// Turns a compared group and the words behind its claims into the API's ClaimGroup: figures, quotes, sources, reasons.
import type { CitedSource } from "@domain/contracts/api";
import type {
  ClaimGroup,
  ClaimGroupMember,
  SourceRef,
  StoredFigure,
  TextDirection,
} from "@domain/contracts/corroboration";
import type { Evidence } from "@domain/model/evidence";
import type { ComparedGroup } from "./compare";
import type { FigureClaimFacts } from "./types";
import type { CorroborationView } from "./view";

/** Scripts written right to left, for languages whose CLDR text info says otherwise (Thaana) or is given by script. */
const RTL_SCRIPTS = new Set(["Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Mand", "Samr", "Mend", "Hung"]);

/**
 * The reading direction of a BCP 47 language tag, as the runtime's CLDR data gives it (Intl.Locale text info, or the
 * likely script of the tag); "ltr" for an absent or malformed tag.
 */
export function textDirection(language: string | undefined): TextDirection {
  if (!language) return "ltr";
  try {
    const locale = new Intl.Locale(language).maximize() as Intl.Locale & {
      textInfo?: { direction?: string };
      getTextInfo?: () => { direction?: string };
    };
    if (locale.script && RTL_SCRIPTS.has(locale.script)) return "rtl";
    const info = locale.getTextInfo ? locale.getTextInfo() : locale.textInfo;
    return info?.direction === "rtl" ? "rtl" : "ltr";
  } catch {
    return "ltr";
  }
}

/** What the API shows of a claim besides its figure: its words, its evidence and who states it. */
export interface ClaimWords {
  id: string;
  statement: string;
  original: string;
  evidence: Evidence[];
  statedBy: { id: string; label: string }[];
}

/** The stored quantity and period of a claim, absent fields left out. */
function storedFigure(c: FigureClaimFacts): StoredFigure {
  const out: StoredFigure = { unit: c.unit, approximate: c.approximate };
  if (c.value !== undefined) out.value = c.value;
  if (c.min !== undefined) out.min = c.min;
  if (c.max !== undefined) out.max = c.max;
  if (c.currency !== undefined) out.currency = c.currency;
  if (c.periodStart !== undefined) out.periodStart = c.periodStart;
  if (c.periodEnd !== undefined) out.periodEnd = c.periodEnd;
  return out;
}

function sourceRef(id: string, sources: ReadonlyMap<string, CitedSource>): SourceRef {
  const s = sources.get(id);
  const ref: SourceRef = { id, title: s?.title ?? id, direction: textDirection(s?.language) };
  if (s?.language) ref.language = s.language;
  if (s?.publisher) ref.publisher = s.publisher;
  if (s?.date) ref.date = s.date;
  return ref;
}

/**
 * The API's view of one group: each member with its words, figure, sources (with reading direction), evidence,
 * standing and reason, the blocks compared, the independence of its sources. Members whose words are missing (a
 * claim deleted since the view was computed) are left out.
 */
export function presentGroup(
  group: ComparedGroup,
  view: CorroborationView,
  words: ReadonlyMap<string, ClaimWords>,
  sources: ReadonlyMap<string, CitedSource>,
): ClaimGroup {
  const { draft } = group;
  const members: ClaimGroupMember[] = [];
  for (const id of draft.memberIds) {
    const claim = view.claims.get(id);
    const w = words.get(id);
    const comparison = group.members.get(id);
    const reason = draft.reasons.get(id);
    if (!claim || !w || !comparison || !reason) continue;
    const sourceIds = [...new Set(w.evidence.map((e) => e.sourceId))];
    const member: ClaimGroupMember = {
      claimId: id,
      statement: w.statement,
      original: w.original,
      statedBy: w.statedBy,
      stated: storedFigure(claim),
      figure: claim.figure,
      sources: sourceIds.map((s) => sourceRef(s, sources)),
      evidence: w.evidence.map((e) => {
        const language = sources.get(e.sourceId)?.language;
        return { ...e, ...(language ? { language } : {}), direction: textDirection(language) };
      }),
      independentSupport: comparison.independentSupport,
      standing: comparison.standing,
      agreesWith: comparison.agreesWith,
      conflictsWith: comparison.conflictsWith,
      reason,
    };
    if (claim.measure) member.measure = claim.measure;
    if (claim.decision) {
      member.decision = {
        by: claim.decision.by,
        at: claim.decision.at,
        ...(claim.decision.note ? { note: claim.decision.note } : {}),
      };
    }
    members.push(member);
  }
  const first = view.claims.get(draft.memberIds[0] ?? "");
  const subjects = new Set(draft.memberIds.map((id) => view.claims.get(id)?.subject));
  const notes = [...group.notes];
  if (subjects.size > 1) notes.push(`Members have different subjects: ${[...subjects].join(", ")}.`);
  return {
    id: draft.id,
    status: group.status,
    subject: {
      id: draft.subject,
      label: first?.subjectLabel ?? draft.subject,
      ...(first?.subjectLabelAr ? { labelAr: first.subjectLabelAr } : {}),
    },
    ...(draft.measure ? { measure: draft.measure } : {}),
    measureInferred: draft.measureInferred,
    unit: draft.unit,
    period: group.period,
    reason: draft.reason,
    manual: draft.manual,
    members,
    blocks: group.blocks,
    sourceCount: group.sourceIds.length,
    independentSupport: group.independentSupport,
    ...(group.difference ? { difference: group.difference } : {}),
    notes,
    independence: view.independence.explain(group.sourceIds),
  };
}
