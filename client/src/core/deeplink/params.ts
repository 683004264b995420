// The link parameter that carries canvas queries, apart from the codec (and zod), so the boot entry can read it cheaply.
export const QUERIES_PARAM = "q";

/** Whether a location hash carries canvas queries (which may replace the overview). */
export function hashHasQueries(hash: string): boolean {
  return new URLSearchParams(hash.replace(/^#/, "")).has(QUERIES_PARAM);
}
