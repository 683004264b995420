// Corroboration: claim groups compared across sources, independence of sources, and researchers' marks and decisions.
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import {
  ClaimGroup,
  ClaimGroupParams,
  ClaimGroupsQuery,
  ClaimGroupsResponse,
  type Decision,
  GroupDecisionResponse,
  IndependenceAnswer,
  IndependenceQuery,
  MergeGroupsRequest,
  ResetGroupsRequest,
  SourceMark,
  SourceMarkDeleteQuery,
  SourceMarkRequest,
  SourceMarksResponse,
  SplitGroupRequest,
} from "@domain/contracts/corroboration";
import type { Router } from "express";
import { z } from "zod";
import { type Plan, planMerge, planSplit } from "../../corroboration/decisions";
import type { CorroborationView } from "../../corroboration/view";
import {
  clearGroupDecisions,
  corroborationOf,
  deleteSourceMark,
  existingSources,
  listClaimGroups,
  presentGroups,
  sourceMarksOf,
  writeGroupDecisions,
  writeSourceMark,
} from "../../repositories/corroboration";
import { NotFoundError } from "../../repositories/errors";
import type { AppContext } from "../context";
import { defineRoute } from "../defineRoute";
import { RequestValidationError } from "../validation";

const RULES =
  "Rules (docs/model.md, Corroboration): support is counted in independent sources; two quotes of one document " +
  "count once; a document that cites a work, or is published by the same publisher, depends on it; a researcher's " +
  "mark on two sources wins. Figure claims are grouped by subject (their first `about` entity), unit, period and " +
  "measure (stated, else inferred); figures are compared within one unit, currency and period (never converted), " +
  "two agreeing when their gap is within 2% of the larger (10% when either is approximate).";

/** Throws the planning refusal as the API's answer: 404 for an unknown group, 400 naming the body field. */
function rowsOf(plan: Plan) {
  if (plan.ok) return plan.rows;
  const { problem } = plan;
  if (problem.kind === "unknown-group") throw new NotFoundError("claim group", problem.groupId);
  throw new RequestValidationError([{ location: "body", path: problem.path, message: problem.message }]);
}

/** The groups these claims are in now, each once, in the view's order. */
async function groupsOfClaims(ctx: AppContext, claimIds: readonly string[]): Promise<ClaimGroup[]> {
  const view = await corroborationOf(ctx.db);
  const ids = new Set(claimIds.map((id) => view.claimGroup(id)?.id).filter((id): id is string => id !== undefined));
  return presentGroups(
    ctx.db,
    view,
    view.groups.filter((g) => ids.has(g.draft.id)),
  );
}

function decisionOf(ctx: AppContext, note: string | undefined): Decision {
  return { by: ctx.env.KG_AUTHOR, at: new Date().toISOString(), ...(note ? { note } : {}) };
}

/** Writes a merge's or split's planned placements as one decision, then answers the groups those claims are in. */
async function applyGroupDecision(ctx: AppContext, plan: Plan, note: string | undefined) {
  const rows = rowsOf(plan);
  const decision = decisionOf(ctx, note);
  await writeGroupDecisions(ctx.db, rows, decision);
  return {
    groups: await groupsOfClaims(
      ctx,
      rows.map((r) => r.claimId),
    ),
    decision,
  };
}

function knownSources(view: CorroborationView, ids: readonly string[]): void {
  for (const id of ids) if (!view.independence.origins.has(id)) throw new NotFoundError("source", id);
}

export function corroborationRoutes(router: Router, registry: OpenAPIRegistry, ctx: AppContext): void {
  defineRoute(router, registry, {
    method: "get",
    path: "/claim-groups",
    tags: ["corroboration"],
    summary: "Figure claims grouped by subject and measure, each group corroborated, single-source or conflicting",
    description:
      `${RULES} Groups come conflicting first, then corroborated, then single-source. Each member carries its ` +
      "figure (as stated and normalised), its sources (with language and reading direction), its quotes with their " +
      "glosses, its standing (agrees, conflicts, uncompared) with the difference to each member it conflicts with, " +
      "and why it is in the group.",
    query: ClaimGroupsQuery,
    responses: { 200: { description: "One page of groups and counts by status", schema: ClaimGroupsResponse } },
    handler: async ({ query }) => listClaimGroups(ctx.db, query),
  });

  defineRoute(router, registry, {
    method: "get",
    path: "/claim-groups/:id",
    tags: ["corroboration"],
    summary: "One claim group in full",
    params: ClaimGroupParams,
    notFound: true,
    responses: { 200: { description: "The group", schema: ClaimGroup } },
    handler: async ({ params }) => {
      const view = await corroborationOf(ctx.db);
      const group = view.groupById.get(params.id);
      if (!group) throw new NotFoundError("claim group", params.id);
      return (await presentGroups(ctx.db, view, [group]))[0];
    },
  });

  defineRoute(router, registry, {
    method: "post",
    path: "/claim-groups/merge",
    tags: ["corroboration"],
    summary: "Merge claim groups into one (a researcher's decision, recorded with KG_AUTHOR and the time)",
    description:
      "Every current member of the named groups is put in one new group; claims ingested later with the same " +
      "subject, measure and period as a member join it. Written in one transaction. Unknown group: 404.",
    body: MergeGroupsRequest,
    notFound: true,
    responses: { 200: { description: "The merged group", schema: GroupDecisionResponse } },
    handler: async ({ body }) =>
      applyGroupDecision(ctx, planMerge(await corroborationOf(ctx.db), body.groupIds), body.note),
  });

  defineRoute(router, registry, {
    method: "post",
    path: "/claim-groups/split",
    tags: ["corroboration"],
    summary: "Split claims off a group into a group of their own (a researcher's decision)",
    description:
      "The named claims form one new group, the rest another; a claim ingested later with the same subject, " +
      "measure and period stays apart from both until placed. Every named claim must be a member and one must " +
      "stay (400 naming the field). Written in one transaction. Unknown group: 404.",
    body: SplitGroupRequest,
    notFound: true,
    responses: { 200: { description: "The two groups", schema: GroupDecisionResponse } },
    handler: async ({ body }) =>
      applyGroupDecision(ctx, planSplit(await corroborationOf(ctx.db), body.groupId, body.claimIds), body.note),
  });

  defineRoute(router, registry, {
    method: "post",
    path: "/claim-groups/reset",
    tags: ["corroboration"],
    summary: "Undo researchers' merges and splits on these claims: they return to their automatic groups",
    body: ResetGroupsRequest,
    responses: { 200: { description: "The groups the claims are in now", schema: GroupDecisionResponse } },
    handler: async ({ body }) => {
      await clearGroupDecisions(ctx.db, body.claimIds);
      return { groups: await groupsOfClaims(ctx, body.claimIds) };
    },
  });

  defineRoute(router, registry, {
    method: "get",
    path: "/independence",
    tags: ["corroboration"],
    summary: "How many of these sources are independent, and why each pair is or is not",
    description: `${RULES} The count is the size of a largest set of the sources no two of which depend on each other.`,
    query: IndependenceQuery,
    notFound: true,
    responses: { 200: { description: "The sources' independence", schema: IndependenceAnswer } },
    handler: async ({ query }) => {
      const view = await corroborationOf(ctx.db);
      knownSources(view, query.sourceIds);
      return view.independence.explain(query.sourceIds);
    },
  });

  defineRoute(router, registry, {
    method: "get",
    path: "/source-marks",
    tags: ["corroboration"],
    summary: "Researchers' marks on pairs of sources (dependent or independent), which win over the automatic rule",
    responses: { 200: { description: "Every mark, one per pair", schema: SourceMarksResponse } },
    handler: async () => ({ marks: sourceMarksOf(await corroborationOf(ctx.db)) }),
  });

  defineRoute(router, registry, {
    method: "post",
    path: "/source-marks",
    tags: ["corroboration"],
    summary: "Mark two sources dependent or independent by hand (replaces an earlier mark on the pair)",
    description:
      "Stored on both sources (one transaction) with KG_AUTHOR and the time, so an export that keeps the sources' " +
      "properties carries it. Every count of independent support reads it at once. Unknown source: 404.",
    body: SourceMarkRequest,
    notFound: true,
    responses: { 200: { description: "The mark", schema: SourceMark } },
    handler: async ({ body }) => {
      const [a, b] = [...body.sourceIds].sort() as [string, string];
      const found = await existingSources(ctx.db, [a, b]);
      for (const id of [a, b]) if (!found.has(id)) throw new NotFoundError("source", id);
      const decision = decisionOf(ctx, body.note);
      const written = await writeSourceMark(ctx.db, { a, b, verdict: body.verdict, ...decision });
      if (!written) throw new NotFoundError("source", `${a}" or "${b}`);
      return { sourceIds: [a, b], verdict: body.verdict, ...decision };
    },
  });

  defineRoute(router, registry, {
    method: "delete",
    path: "/source-marks",
    tags: ["corroboration"],
    summary: "Remove the mark on two sources: the automatic rule applies to them again",
    query: SourceMarkDeleteQuery,
    notFound: true,
    responses: {
      200: { description: "Whether there was a mark", schema: z.object({ removed: z.boolean() }) },
    },
    handler: async ({ query }) => {
      const [a, b] = [...query.sourceIds].sort() as [string, string];
      const found = await existingSources(ctx.db, [a, b]);
      for (const id of [a, b]) if (!found.has(id)) throw new NotFoundError("source", id);
      return { removed: (await deleteSourceMark(ctx.db, a, b)) > 0 };
    },
  });
}
