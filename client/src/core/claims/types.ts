// Types of the Claims view's store: the filter sent to /api/claim-groups, the answer kept, and what is picked.
import type { ClaimGroup, CorroborationStatus } from "@domain/contracts/corroboration";

export interface ClaimsFilter {
  /** Statuses shown; empty shows every status. */
  statuses: CorroborationStatus[];
  /** Only groups about this entity id; null for every subject. */
  subject: string | null;
  /** Period bounds as typed ("2025", "2025-Q4", "2025-02"); empty for none. */
  from: string;
  to: string;
}

export interface SubjectChoice {
  id: string;
  label: string;
  labelAr?: string | undefined;
}

export interface ClaimsState {
  filter: ClaimsFilter;
  status: "idle" | "loading" | "ready" | "error";
  error: string | null;
  groups: ClaimGroup[];
  /** Groups matching the filter (the page may hold fewer). */
  total: number;
  counts: Record<CorroborationStatus, number>;
  tolerance: { exact: number; approximate: number } | null;
  /** Every subject seen in an answer, for the subject filter's choices (a filtered answer never shrinks them). */
  subjects: SubjectChoice[];
  /** The group shown in full. */
  selectedId: string | null;
  /** Groups ticked for a merge. */
  mergeIds: string[];
  /** Members of the selected group ticked to split off. */
  splitIds: string[];
  /** A merge, split or reset is being written. */
  writing: boolean;
}
