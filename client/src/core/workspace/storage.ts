// History and favourites kept in this browser: written as JSON, validated with zod on the way back in.
import { z } from "zod";
import type { Favourite, HistoryEntry } from "./types";

export const HISTORY_KEY = "kg-explorer:cypher-history:v1";
export const FAVOURITES_KEY = "kg-explorer:cypher-favourites:v1";
export const HISTORY_LIMIT = 50;

const Run = z.object({ query: z.string().min(1).max(20_000), params: z.record(z.string(), z.unknown()) });
const HistoryList = z.array(Run.extend({ at: z.string().max(64) })).max(500);
const FavouriteList = z.array(Run.extend({ name: z.string().min(1).max(200) })).max(500);

function parseList<T>(raw: string | null, schema: z.ZodType<T[]>): T[] {
  if (!raw) return [];
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export const parseHistory = (raw: string | null): HistoryEntry[] => parseList(raw, HistoryList);
export const parseFavourites = (raw: string | null): Favourite[] => parseList(raw, FavouriteList);

const sameRun = (a: { query: string; params: unknown }, b: { query: string; params: unknown }) =>
  a.query === b.query && JSON.stringify(a.params) === JSON.stringify(b.params);

/** The newest run first; running the same query and parameters again moves it to the top. */
export const historyAdded =
  (entry: HistoryEntry, limit = HISTORY_LIMIT) =>
  (history: readonly HistoryEntry[]): HistoryEntry[] =>
    [entry, ...history.filter((h) => !sameRun(h, entry))].slice(0, limit);

/** Saves a favourite under a name; a favourite with the same name is replaced. */
export const favouriteSaved =
  (favourite: Favourite) =>
  (favourites: readonly Favourite[]): Favourite[] =>
    [...favourites.filter((f) => f.name !== favourite.name), favourite].sort((a, b) => a.name.localeCompare(b.name));

/** The longest favourite name kept (characters, UTF-16 code units), as the stored list's schema allows. */
export const FAVOURITE_NAME_MAX = 200;

/**
 * Why `name` cannot name a favourite, or null when it can: empty (after trimming), too long, or already taken by
 * another favourite (`renaming`: the favourite being renamed, whose own name is free to keep).
 */
export function favouriteNameProblem(
  name: string,
  favourites: readonly Favourite[],
  renaming: string | null = null,
): string | null {
  const trimmed = name.trim();
  if (trimmed === "") return "Give the favourite a name.";
  if (trimmed.length > FAVOURITE_NAME_MAX)
    return `The name is ${trimmed.length} characters long; at most ${FAVOURITE_NAME_MAX}.`;
  if (trimmed !== renaming && favourites.some((f) => f.name === trimmed)) {
    return `There is already a favourite named “${trimmed}”: choose another name, or delete that one first.`;
  }
  return null;
}

/** Renames a favourite, keeping its query and parameters; unknown names leave the list as it is. */
export const favouriteRenamed =
  (from: string, to: string) =>
  (favourites: readonly Favourite[]): Favourite[] =>
    favourites
      .map((f) => (f.name === from ? { ...f, name: to.trim() } : f))
      .sort((a, b) => a.name.localeCompare(b.name));

export const favouriteRemoved =
  (name: string) =>
  (favourites: readonly Favourite[]): Favourite[] =>
    favourites.filter((f) => f.name !== name);

/** A default name for a favourite: the query's first meaningful line, shortened. */
export function suggestName(query: string): string {
  const line =
    query
      .split("\n")
      .map((l) => l.replace(/^\/\/\s*(title:)?\s*/, "").trim())
      .find((l) => l !== "") ?? "Query";
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}
