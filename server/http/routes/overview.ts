// GET /api/overview: whether the client opens on the most connected nodes, and counts of what that leaves out.
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { OverviewQuery, OverviewResponse } from "@domain/contracts/overview";
import type { Router } from "express";
import { getOverview } from "../../repositories/overview";
import type { AppContext } from "../context";
import { defineRoute } from "../defineRoute";

export function overviewRoutes(router: Router, registry: OpenAPIRegistry, ctx: AppContext): void {
  defineRoute(router, registry, {
    method: "get",
    path: "/overview",
    tags: ["graph"],
    summary:
      "What the client opens on: above KG_OVERVIEW_ABOVE nodes, the most connected `limit`, and what is left out",
    description:
      "Counts of the whole graph (nodes by label, relationships by type); when it has more than KG_OVERVIEW_ABOVE " +
      "nodes, also of the `limit` most connected nodes and the relationships among them (what GET /api/graph?limit=… " +
      "sends) and of the rest. 400 names the parameter when `limit` is not a whole number from 1 to 20000.",
    query: OverviewQuery,
    responses: { 200: { description: "The counts", schema: OverviewResponse } },
    handler: async ({ query }) =>
      getOverview(ctx.db, query.limit ?? ctx.env.KG_OVERVIEW_NODES, ctx.env.KG_OVERVIEW_ABOVE),
  });
}
