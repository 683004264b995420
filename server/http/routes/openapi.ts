// GET /api/openapi.json: the OpenAPI 3.1 document generated from the routes' zod schemas.
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import type { Router } from "express";
import { z } from "zod";
import { defineRoute } from "../defineRoute";
import { buildOpenApiDocument } from "../openapi";

export function openApiRoutes(router: Router, registry: OpenAPIRegistry): void {
  let document: ReturnType<typeof buildOpenApiDocument> | undefined;
  defineRoute(router, registry, {
    method: "get",
    path: "/openapi.json",
    tags: ["meta"],
    summary: "This API's OpenAPI 3.1 document",
    responses: { 200: { description: "The document", schema: z.record(z.string(), z.unknown()) } },
    // Built on first request, when every route has registered itself.
    handler: async () => {
      document ??= buildOpenApiDocument(registry);
      return document;
    },
  });
}
