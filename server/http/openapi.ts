// The OpenAPI registry every route registers itself in, and the document built from it (served at /api/openapi.json).
import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";

export function createRegistry(): OpenAPIRegistry {
  return new OpenAPIRegistry();
}

export function buildOpenApiDocument(registry: OpenAPIRegistry): ReturnType<OpenApiGeneratorV31["generateDocument"]> {
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "kg-explorer API",
      version: "0.1.0",
      description:
        "A sourced knowledge graph: every edge carries its evidence (source, quote, span). Errors are " +
        "application/problem+json with a stable `code`.",
    },
    servers: [{ url: "/" }],
  });
}

/** Express writes path parameters as ":id", OpenAPI as "{id}". */
export function openApiPath(expressPath: string): string {
  return expressPath.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, "{$1}");
}
