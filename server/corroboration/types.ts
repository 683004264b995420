// What corroboration is computed from, as the repository reads it from the graph: sources, marks and figure claims.
import type { DependenceVerdict } from "@domain/contracts/corroboration";

/** A work a source cites (the parallel `cited*` lists of a :Source). */
export interface CitedWorkFacts {
  title: string;
  publisher?: string | undefined;
  url?: string | undefined;
  entityId?: string | undefined;
}

/** A :Source as far as independence goes. */
export interface SourceFacts {
  id: string;
  title: string;
  publisher?: string | undefined;
  url?: string | undefined;
  /** The entity this document is (e.g. the report it is), so a work citing that entity is derived from it. */
  entityId?: string | undefined;
  cites: CitedWorkFacts[];
}

/** A researcher's mark on two sources (stored on both :Source nodes). */
export interface SourceMarkFacts {
  a: string;
  b: string;
  verdict: DependenceVerdict;
  by: string;
  /** ISO 8601 UTC timestamp. */
  at: string;
  note?: string | undefined;
}

/** A researcher's grouping decision on one claim: the claims sharing `key` are one group. */
export interface GroupDecisionFacts {
  key: string;
  by: string;
  at: string;
  note?: string | undefined;
}

/** A figure claim as grouping and comparison need it (docs/model.md, :Claim). */
export interface FigureClaimFacts {
  id: string;
  /** The first entity the claim is about (`subject`); for claims stored before it was recorded, every ABOUT target. */
  subject: string;
  /** The subject's English and Arabic names, when it is an entity of the graph. */
  subjectLabel?: string | undefined;
  subjectLabelAr?: string | undefined;
  measure?: string | undefined;
  unit: string;
  currency?: string | undefined;
  value?: number | undefined;
  min?: number | undefined;
  max?: number | undefined;
  approximate: boolean;
  periodStart?: string | undefined;
  periodEnd?: string | undefined;
  /** Distinct source ids of the claim's evidence, in order. */
  sourceIds: string[];
  decision?: GroupDecisionFacts | undefined;
}
