// GET /api/paths: the shortest path between two nodes and alternatives, with every edge's quotes.
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { PathsQuery, PathsResponse } from "@domain/contracts/api";
import type { Router } from "express";
import { findPaths } from "../../repositories/paths";
import type { AppContext } from "../context";
import { defineRoute } from "../defineRoute";

export function pathRoutes(router: Router, registry: OpenAPIRegistry, ctx: AppContext): void {
  defineRoute(router, registry, {
    method: "get",
    path: "/paths",
    tags: ["paths"],
    summary: "Shortest path and up to k-1 alternatives between two nodes, every edge with its evidence",
    description:
      "Edges are followed in either direction. By default (via=auto) only entity relations are used, and paths " +
      "through claims are tried only when no entity path exists. Sources are never crossed unless via=any.",
    query: PathsQuery,
    notFound: true,
    responses: { 200: { description: "Paths (empty when none exists)", schema: PathsResponse } },
    handler: async ({ query }) => findPaths(ctx.db, query),
  });
}
