// Types of the source workbench's store: the draft being marked, its undo steps, suggestions, review and commit.
import type { SourceDetails } from "@domain/contracts/api";
import type {
  CommitStatus,
  Draft,
  DraftMark,
  DraftSource,
  DraftSummary as DraftSummarySchema,
  ReviewIssue,
  ReviewResponse,
  SuggestionsResponse,
  Vocabulary,
  WorkbenchInfo,
} from "@domain/contracts/workbench";
import type { Entity } from "@domain/model/entity";
import type { z } from "zod";

export type Issue = z.infer<typeof ReviewIssue>;
export type DraftSummary = z.infer<typeof DraftSummarySchema>;

/** What a researcher changes in a draft. Every step replaces it whole, so undo is a stack of these. */
export interface DraftEdit {
  source: DraftSource;
  entities: Entity[];
  marks: DraftMark[];
  rejected: string[];
}

/** One undoable step: what it did, and the edit as it was before it. */
export interface Step {
  label: string;
  edit: DraftEdit;
}

/** A span of the draft's text: UTF-16 code units, end exclusive, `text.slice(start, end) === quote`. */
export interface Span {
  start: number;
  end: number;
  quote: string;
}

export interface Loadable<T> {
  status: "idle" | "loading" | "ready" | "error";
  data: T | null;
  error: string | null;
}

/** Who added a piece of evidence and when, as the server recorded it. */
export interface Stamp {
  addedBy: string;
  addedAt: string;
}

/** An entity's names, for labels: the graph's (from suggestions, search or node details) or the draft's own. */
export interface EntityName {
  name: string;
  nameAr?: string | undefined;
  type: string;
}

export type SaveStatus = "saved" | "saving" | "failed" | "conflict";

/** Where a commit is: sending, asking its status after no answer, waiting while it runs, or finished. */
export type CommitPhase = "idle" | "sending" | "checking" | "committed" | "failed" | "stalled";

export interface CommitState {
  phase: CommitPhase;
  /** The Idempotency-Key of this commit: made once, sent again on every retry. */
  key: string | null;
  revision: number | null;
  /** Requests made for this key so far (sends and status questions). */
  attempts: number;
  status: CommitStatus | null;
  error: string | null;
  /** The draft's fields a refused commit names. */
  issues: Issue[];
}

/** What the mark editor edits: a new mark from a span (or a suggestion), or an existing mark. */
export type EditorTarget =
  | { kind: "mention"; markId?: string; span: Span; entityId?: string }
  | { kind: "relation"; markId?: string; span: Span; from?: string; to?: string; type?: string }
  /** `newMarkId`: the id a new claim takes (a figure suggestion's, so the figure counts as taken). */
  | { kind: "claim"; markId?: string; newMarkId?: string; span: Span; claimKind?: "figure" | "assertion" }
  | { kind: "entity"; entityId?: string; name?: string; nameAr?: string; thenMention?: Span };

export type WorkbenchTab = "suggestions" | "evidence" | "review" | "graph";

export interface WorkbenchState {
  /** The workbench screen is shown (over the graph). */
  open: boolean;
  info: WorkbenchInfo | null;
  drafts: Loadable<DraftSummary[]>;
  /** Opening a draft or adding a document. */
  loading: { status: "idle" | "loading" | "error"; error: string | null; issues: Issue[] };
  /** The draft as the server last answered it: its text, revision and last commit. */
  draft: Draft | null;
  /** What the researcher sees and changes; saved after every step. */
  edit: DraftEdit | null;
  /** The edit the server holds (at `draft.revision`): `edit !== saved` means a save is due. */
  saved: DraftEdit | null;
  past: Step[];
  future: Step[];
  /** Authorship the server recorded, by `${markId}:${start}:${end}`. */
  stamps: Record<string, Stamp>;
  save: { status: SaveStatus; error: string | null };
  names: Record<string, EntityName>;
  suggestions: Loadable<SuggestionsResponse>;
  vocabulary: Vocabulary | null;
  /** The reader's selection, snapped to whole words and trimmed. */
  selection: Span | null;
  editor: EditorTarget | null;
  /** A mark to bring into view (a clicked issue or list item). */
  focusMark: string | null;
  review: Loadable<ReviewResponse>;
  commit: CommitState;
  /** The committed source as the graph holds it (its spans), for retract. */
  inGraph: Loadable<SourceDetails>;
  tab: WorkbenchTab;
}
