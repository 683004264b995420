// Search box state: the typed query, the server's hits for it, and the highlighted suggestion.
import type { SearchHit } from "@domain/contracts/api";

export interface SearchState {
  query: string;
  status: "idle" | "loading" | "ready" | "error";
  error: string | null;
  hits: SearchHit[];
  /** Index of the keyboard-highlighted hit, -1 for none. */
  active: number;
}
