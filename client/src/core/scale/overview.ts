// The overview's counts (GET /api/overview): whether the page opens on the most connected nodes, and what is left out.
import type { OverviewResponse } from "@domain/contracts/overview";
import { authHeaders } from "../../api/token";
import { apiUrl } from "../../api/url";
import { atom } from "../utils/atoms";

/** The last answer of GET /api/overview; null until it came (or when it failed: the page then loads as before). */
export const overviewAtom = atom<OverviewResponse | null>(null);

/**
 * Asks the server once. The page's first script sends this (client/src/main.tsx), so it reads the answer with a
 * plain shape check rather than zod; a failure or an unexpected shape leaves the atom null, and loading goes on as
 * for a graph below the threshold.
 */
export async function loadOverviewCounts(): Promise<OverviewResponse | null> {
  try {
    const response = await fetch(apiUrl("/overview", {}), { headers: authHeaders() });
    const body = (await response.json()) as Partial<OverviewResponse>;
    const ok =
      response.ok &&
      typeof body.overview === "boolean" &&
      typeof body.limit === "number" &&
      typeof body.total?.nodes === "number" &&
      typeof body.leftOut?.nodes === "number";
    const answer = ok ? (body as OverviewResponse) : null;
    overviewAtom.set(answer);
    return answer;
  } catch {
    overviewAtom.set(null);
    return null;
  }
}

/** Nodes to ask the graph (stream or /api/graph) for: the overview's size above the threshold, else `otherwise`. */
export function overviewLimit<T extends number | undefined>(answer: OverviewResponse | null, otherwise: T): number | T {
  return answer?.overview ? answer.limit : otherwise;
}
