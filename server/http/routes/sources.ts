// GET /api/sources and /api/sources/:id: the documents, their text, metadata and every evidence span.
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { IdParams, SourceDetails, SourcesResponse } from "@domain/contracts/api";
import type { Router } from "express";
import { getSource, listSources } from "../../repositories/sources";
import type { AppContext } from "../context";
import { defineRoute } from "../defineRoute";

export function sourceRoutes(router: Router, registry: OpenAPIRegistry, ctx: AppContext): void {
  defineRoute(router, registry, {
    method: "get",
    path: "/sources",
    tags: ["sources"],
    summary: "Every source with its metadata and how much evidence points into it",
    responses: { 200: { description: "The sources", schema: SourcesResponse } },
    handler: async () => ({ sources: await listSources(ctx.db) }),
  });
  defineRoute(router, registry, {
    method: "get",
    path: "/sources/:id",
    tags: ["sources"],
    summary: "A source's full text, metadata, translation and every evidence span in it",
    params: IdParams,
    notFound: true,
    responses: { 200: { description: "The source", schema: SourceDetails } },
    handler: async ({ params }) => getSource(ctx.db, params.id),
  });
}
