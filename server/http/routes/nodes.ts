// GET /api/nodes/:id and /api/nodes/:id/neighbors: one node's details, and its neighbors a page at a time.
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { IdParams, NeighborsQuery, NeighborsResponse, NodeDetails } from "@domain/contracts/api";
import type { Router } from "express";
import { getNeighbors } from "../../repositories/neighbors";
import { getNodeDetails } from "../../repositories/nodes";
import type { AppContext } from "../context";
import { defineRoute } from "../defineRoute";

export function nodeRoutes(router: Router, registry: OpenAPIRegistry, ctx: AppContext): void {
  defineRoute(router, registry, {
    method: "get",
    path: "/nodes/:id",
    tags: ["nodes"],
    summary: "A node's properties, its claims and its evidence, each quote with its span in its source",
    params: IdParams,
    notFound: true,
    responses: { 200: { description: "The node", schema: NodeDetails } },
    handler: async ({ params }) => getNodeDetails(ctx.db, params.id),
  });
  defineRoute(router, registry, {
    method: "get",
    path: "/nodes/:id/neighbors",
    tags: ["nodes"],
    summary: "A page of a node's neighbors, filtered by relation type, with how many more there are",
    params: IdParams,
    query: NeighborsQuery,
    notFound: true,
    responses: { 200: { description: "One page of neighbors", schema: NeighborsResponse } },
    handler: async ({ params, query }) => getNeighbors(ctx.db, params.id, query),
  });
}
