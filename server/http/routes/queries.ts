// GET /api/queries: the researcher query library (cypher/queries/*.cypher) with each query's parameters.
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { QueriesResponse } from "@domain/queries/queryDefinition";
import type { Router } from "express";
import { loadQueryLibrary } from "../../queryLibrary/queryLibrary";
import type { AppContext } from "../context";
import { defineRoute } from "../defineRoute";

export function queryRoutes(router: Router, registry: OpenAPIRegistry, _ctx: AppContext): void {
  // Files ship with the code: read and check them once, on first use.
  let library: ReturnType<typeof loadQueryLibrary> | undefined;
  defineRoute(router, registry, {
    method: "get",
    path: "/queries",
    tags: ["cypher"],
    summary: "The query library: saved read-only questions with their parameters, to run with POST /api/cypher",
    responses: { 200: { description: "The library", schema: QueriesResponse } },
    handler: async () => {
      library ??= loadQueryLibrary();
      return { queries: library };
    },
  });
}
