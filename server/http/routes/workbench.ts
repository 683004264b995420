// The workbench's door: add a document, save and load drafts, suggestions, review, commit (idempotent), retract.
// Apart from /api/cypher (which stays read-only); the same Host/Origin checks, token and input limits apply.
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import {
  AddDocumentRequest,
  CommitRequest,
  CommitStatus,
  Draft,
  DraftId,
  DraftList,
  DraftUpdate,
  IdempotencyKey,
  RetractRequest,
  RetractResponse,
  ReviewResponse,
  SuggestionsResponse,
  Vocabulary,
  WorkbenchInfo,
} from "@domain/contracts/workbench";
import type { Router } from "express";
import { z } from "zod";
import { ProblemError } from "../../errors";
import { invalidateCorroboration } from "../../repositories/corroboration";
import { EXTENSIONS } from "../../workbench/extract";
import { resolveWorkbenchSettings } from "../../workbench/settings";
import { createWorkbench, type Workbench } from "../../workbench/workbench";
import type { AppContext } from "../context";
import { defineRoute } from "../defineRoute";

/** One workbench per app (per database and settings), made on first use. */
const byContext = new WeakMap<AppContext, Workbench>();
export function workbenchOf(ctx: AppContext): Workbench {
  let workbench = byContext.get(ctx);
  if (workbench === undefined) {
    workbench = createWorkbench(ctx.db, resolveWorkbenchSettings(ctx.env));
    byContext.set(ctx, workbench);
  }
  return workbench;
}

const DraftParams = z.object({ id: DraftId });
const KeyParams = z.object({ key: IdempotencyKey });
const CommitHeaders = z.object({
  "idempotency-key": IdempotencyKey.meta({
    description: "A key the client makes once per commit (e.g. a UUID) and sends again on every retry of it.",
  }),
});

/** The Idempotency-Key header, checked like any field (400 naming the header). */
function idempotencyKey(value: string | undefined): string {
  if (value === undefined) {
    throw new ProblemError(
      "IDEMPOTENCY_KEY_REQUIRED",
      400,
      "An Idempotency-Key header is required",
      "idempotency-key: is required on a commit",
      {
        issues: [{ path: ["idempotency-key"], location: "header", message: "is required on a commit" }],
      },
    );
  }
  const parsed = IdempotencyKey.safeParse(value);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "is invalid";
    throw new ProblemError("VALIDATION_FAILED", 400, "Invalid input", `idempotency-key: ${message}`, {
      issues: [{ path: ["idempotency-key"], location: "header", message }],
    });
  }
  return parsed.data;
}

export function workbenchRoutes(router: Router, registry: OpenAPIRegistry, ctx: AppContext): void {
  const tags = ["workbench"];
  defineRoute(router, registry, {
    method: "post",
    path: "/workbench/documents",
    tags,
    summary: "Add a document (pasted text or an uploaded .txt, .md, .html or .pdf) as a new draft",
    description:
      "Pasted text is stored exactly as sent; .txt and .md as written (UTF-8); .html as the text parse5 reads from it " +
      "(scripts and styles dropped); .pdf from its text layer (unpdf). The stored text is what every offset refers to; " +
      "the uploaded file is kept beside it. The body may be up to KG_WORKBENCH_MAX_UPLOAD_BYTES (base64, a third larger) " +
      "and the text up to KG_WORKBENCH_MAX_TEXT_CHARS UTF-16 code units.",
    body: AddDocumentRequest,
    problems: {
      409: "SOURCE_ID_TAKEN: the proposed source id is already a source's or a draft's.",
      413: "DOCUMENT_TOO_LARGE (the file, its pages or its text) or PAYLOAD_TOO_LARGE (the body).",
      422: "DOCUMENT_UNREADABLE: an unknown file type, text that is not UTF-8, an encrypted or image-only PDF, no text.",
    },
    responses: { 201: { description: "The new draft", schema: Draft } },
    handler: async ({ body }, _req, res) => {
      const workbench = workbenchOf(ctx);
      const draft = await workbench.drafts.create(body, (id) => workbench.sourceExists(id));
      res.status(201);
      return draft;
    },
  });
  defineRoute(router, registry, {
    method: "get",
    path: "/workbench/settings",
    tags,
    summary: "The author evidence is recorded under (KG_AUTHOR), the upload limits and the file types read",
    description: "Lets the browser say who is adding evidence and refuse a file too large before sending it.",
    responses: { 200: { description: "The workbench's settings", schema: WorkbenchInfo } },
    handler: async () => {
      const { author, maxUploadBytes, maxTextChars, maxPdfPages } = workbenchOf(ctx).settings;
      const uploadTypes = Object.entries(EXTENSIONS).map(([extension, mediaType]) => ({ extension, mediaType }));
      return { author, maxUploadBytes, maxTextChars, maxPdfPages, uploadTypes };
    },
  });
  defineRoute(router, registry, {
    method: "get",
    path: "/workbench/drafts",
    tags,
    summary: "The drafts kept on the server, newest first",
    responses: { 200: { description: "The drafts", schema: DraftList } },
    handler: async () => {
      const drafts = await workbenchOf(ctx).drafts.list();
      return {
        drafts: drafts
          .map((d) => ({
            id: d.id,
            revision: d.revision,
            title: d.source.title,
            sourceId: d.source.id,
            language: d.source.language,
            updatedAt: d.updatedAt,
            marks: d.marks.length,
            committed: d.committed !== undefined,
          }))
          .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
      };
    },
  });
  defineRoute(router, registry, {
    method: "get",
    path: "/workbench/drafts/:id",
    tags,
    summary: "One draft: its text, metadata and everything marked in it",
    params: DraftParams,
    notFound: true,
    responses: { 200: { description: "The draft", schema: Draft } },
    handler: async ({ params }) => workbenchOf(ctx).drafts.get(params.id),
  });
  defineRoute(router, registry, {
    method: "put",
    path: "/workbench/drafts/:id",
    tags,
    summary: "Save a draft's marks, new entities, rejected suggestions and metadata",
    description:
      "Send the revision you loaded; the answer is the draft at the next revision. Every span is checked against " +
      "the text (`text.slice(start, end) === quote`); evidence without `addedBy`/`addedAt` gets KG_AUTHOR and now.",
    params: DraftParams,
    body: DraftUpdate,
    notFound: true,
    problems: { 409: "DRAFT_CONFLICT: the draft was saved since the revision you sent (another tab)." },
    responses: { 200: { description: "The saved draft", schema: Draft } },
    handler: async ({ params, body }) => workbenchOf(ctx).drafts.update(params.id, body),
  });
  defineRoute(router, registry, {
    method: "delete",
    path: "/workbench/drafts/:id",
    tags,
    summary: "Discard a draft (a committed source stays; retract it to remove it)",
    params: DraftParams,
    notFound: true,
    responses: { 204: { description: "Discarded" } },
    handler: async ({ params }, _req, res) => {
      await workbenchOf(ctx).drafts.remove(params.id);
      res.status(204).end();
      return undefined;
    },
  });
  defineRoute(router, registry, {
    method: "get",
    path: "/workbench/drafts/:id/suggestions",
    tags,
    summary: "Suggested mentions of known entities, candidate figures and candidate relations in a draft",
    description:
      "Mentions: every name and alias of the graph's entities (and the draft's new ones), matched on the normalised " +
      "text (the search normaliser) with an Aho–Corasick automaton, at word bounds. Figures: amounts, ranges, " +
      "percentages and dates, Arabic and Western digits. Relations: two entities named in one sentence. Marked and " +
      "rejected suggestions are left out. Offsets are UTF-16 code units of the draft's text.",
    params: DraftParams,
    notFound: true,
    responses: { 200: { description: "The suggestions", schema: SuggestionsResponse } },
    handler: async ({ params }) => workbenchOf(ctx).suggestions(params.id),
  });
  defineRoute(router, registry, {
    method: "get",
    path: "/workbench/vocabulary",
    tags,
    summary: "The relation types and entity types in use, for the pickers",
    responses: { 200: { description: "The vocabulary", schema: Vocabulary } },
    handler: async () => workbenchOf(ctx).vocabulary(),
  });
  defineRoute(router, registry, {
    method: "post",
    path: "/workbench/drafts/:id/review",
    tags,
    summary: "What a commit of the draft would change: new nodes, new edges, evidence added, or why it cannot",
    description: "Validates the draft through the ingest pipeline against the graph; writes nothing.",
    params: DraftParams,
    notFound: true,
    responses: { 200: { description: "The review", schema: ReviewResponse } },
    handler: async ({ params }) => workbenchOf(ctx).review(params.id),
  });
  defineRoute(router, registry, {
    method: "post",
    path: "/workbench/drafts/:id/commit",
    tags,
    summary: "Commit a draft's revision through the ingest pipeline: one transaction, and its saved folder",
    description:
      "Needs an Idempotency-Key header. Sending the same key again (after a timeout or a 503) never writes twice: it " +
      "answers the first commit's status, or waits for it while it runs. GET /api/workbench/commits/{key} asks " +
      "without committing. Commits are written one at a time; a failed commit writes nothing.",
    params: DraftParams,
    headers: CommitHeaders,
    body: CommitRequest,
    notFound: true,
    problems: {
      409:
        "DRAFT_CONFLICT (the draft changed since that revision), DRAFT_ALREADY_COMMITTED (another key committed it), " +
        "IDEMPOTENCY_KEY_REUSED (the key named another commit), SOURCE_ID_TAKEN.",
      422: "COMMIT_INVALID: the draft does not validate; `issues` names each field of the draft.",
    },
    responses: { 200: { description: "The commit's status (state committed)", schema: CommitStatus } },
    handler: async ({ params, body }, req) => {
      const status = await workbenchOf(ctx).commit(
        params.id,
        body.revision,
        idempotencyKey(req.get("idempotency-key")),
      );
      // New sources and evidence change independent support and claim groups: the next answer computes them again.
      invalidateCorroboration(ctx.db);
      return status;
    },
  });
  defineRoute(router, registry, {
    method: "get",
    path: "/workbench/commits/:key",
    tags,
    summary: "The status of a commit by its Idempotency-Key (running, committed or failed)",
    params: KeyParams,
    notFound: true,
    responses: { 200: { description: "The commit's status", schema: CommitStatus } },
    handler: async ({ params }) => workbenchOf(ctx).commitStatus(params.key),
  });
  defineRoute(router, registry, {
    method: "post",
    path: "/workbench/retract",
    tags,
    summary: "Retract one piece of evidence, or a whole source the workbench committed",
    description:
      "An edge or claim left with no evidence goes with it; a whole source also takes the entities only it named. " +
      "The saved folder is updated (or removed), so re-ingesting does not bring the evidence back.",
    body: RetractRequest,
    notFound: true,
    problems: { 409: "SOURCE_NOT_WORKBENCH: the source has no saved workbench folder (the seed, a hand-written one)." },
    responses: { 200: { description: "What was removed", schema: RetractResponse } },
    handler: async ({ body }) => {
      const removed = await workbenchOf(ctx).retract(body);
      invalidateCorroboration(ctx.db);
      return removed;
    },
  });
}
