// Ranks search candidates against a normalised query: exact > prefix > contains > fuzzy (Levenshtein), then shorter.

import type { MatchKind, SearchHit } from "@domain/contracts/api";
import { normalizeKey } from "@domain/text/normalize";
import { distance } from "fastest-levenshtein";

export interface SearchCandidate {
  id: string;
  type: string;
  name: string;
  nameAr?: string | null;
  aliases: string[];
}

const BASE: Record<MatchKind, number> = { exact: 100, prefix: 80, contains: 60, fuzzy: 40 };

/** Typos tolerated for a key of this length: none up to 3 characters, one up to 6, then two. */
export function maxTypos(length: number): number {
  return length <= 3 ? 0 : length <= 6 ? 1 : 2;
}

/** How one name matches the key, with a score; null when it does not match at all. */
export function matchName(key: string, name: string): { match: MatchKind; score: number } | null {
  const k = normalizeKey(name);
  if (k === "") return null;
  const lengthPenalty = Math.min(15, (k.length - key.length) / 2);
  if (k === key) return { match: "exact", score: BASE.exact };
  if (k.startsWith(key)) return { match: "prefix", score: BASE.prefix - Math.max(0, lengthPenalty) };
  if (k.includes(key)) return { match: "contains", score: BASE.contains - Math.max(0, lengthPenalty) };
  const allowed = maxTypos(key.length);
  if (allowed === 0) return null;
  // The whole name with a typo, or a prefix of it with a typo (the user is still typing).
  const whole = distance(key, k);
  const prefix = distance(key, k.slice(0, key.length));
  const d = Math.min(whole, prefix);
  if (d > allowed) return null;
  return { match: "fuzzy", score: BASE.fuzzy - 10 * d - (whole <= prefix ? 0 : Math.max(0, lengthPenalty)) };
}

export function rankCandidates(key: string, candidates: readonly SearchCandidate[]): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const c of candidates) {
    let best: (SearchHit & { order: number }) | null = null;
    const names = [c.name, c.nameAr ?? undefined, ...c.aliases].filter((n): n is string => typeof n === "string");
    names.forEach((name, order) => {
      const m = matchName(key, name);
      if (m && (best === null || m.score > best.score)) {
        best = {
          id: c.id,
          type: c.type,
          label: c.name,
          ...(c.nameAr ? { labelAr: c.nameAr } : {}),
          matched: name,
          match: m.match,
          score: m.score,
          order,
        };
      }
    });
    if (best !== null) {
      const { order: _order, ...hit } = best as SearchHit & { order: number };
      hits.push(hit);
    }
  }
  return hits.sort((a, b) => b.score - a.score || a.label.length - b.label.length || a.id.localeCompare(b.id));
}
