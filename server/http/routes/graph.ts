// GET /api/graph: the whole graph or a filtered part, in graphology's format, capped with totals.
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import type { Router } from "express";
import { GraphQuery, GraphResponse } from "../../domain/api";
import { getGraph } from "../../repositories/graph";
import type { AppContext } from "../context";
import { defineRoute } from "../defineRoute";

export function graphRoutes(router: Router, registry: OpenAPIRegistry, ctx: AppContext): void {
  defineRoute(router, registry, {
    method: "get",
    path: "/graph",
    tags: ["graph"],
    summary: "The graph, or a part of it filtered by entity types, relation types, sources or claim period",
    description:
      "graphology's serialization format (call graph.import() on `graph`); every edge carries `evidence`. " +
      "At most `limit` nodes, the most connected first; `truncated` and `totals` say when the cap was hit.",
    query: GraphQuery,
    responses: { 200: { description: "The graph", schema: GraphResponse } },
    handler: async ({ query }) => getGraph(ctx.db, query),
  });
}
