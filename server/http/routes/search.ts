// GET /api/search: entities by English or Arabic name or alias, ranked exact > prefix > contains > fuzzy.
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { SearchQuery, SearchResponse } from "@domain/contracts/api";
import type { Router } from "express";
import { searchEntities } from "../../repositories/search";
import type { AppContext } from "../context";
import { defineRoute } from "../defineRoute";

export function searchRoutes(router: Router, registry: OpenAPIRegistry, ctx: AppContext): void {
  defineRoute(router, registry, {
    method: "get",
    path: "/search",
    tags: ["search"],
    summary: "Search entities by name or alias (English and Arabic, prefix, typo-tolerant)",
    description:
      "Arabic is normalised (alef variants, taa marbuta, alef maqsura, tatweel, diacritics) and spaces are ignored, " +
      "so الولاياتالمتحدة finds the United States.",
    query: SearchQuery,
    responses: { 200: { description: "Ranked hits", schema: SearchResponse } },
    handler: async ({ query }) => searchEntities(ctx.db, query),
  });
}
