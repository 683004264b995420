// POST /api/cypher: read-only Cypher through the gate; the answer is a table of rows and a graph.
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import type { Router } from "express";
import { CypherRequest, CypherResponse, Problem } from "../../domain/api";
import { runCypher } from "../../repositories/cypher";
import { abortOnClose } from "../abortOnClose";
import type { AppContext } from "../context";
import { defineRoute } from "../defineRoute";

export function cypherLimits(ctx: AppContext) {
  return {
    timeoutMs: ctx.env.KG_CYPHER_TIMEOUT_MS,
    maxRows: ctx.env.KG_CYPHER_MAX_ROWS,
    maxNodes: ctx.env.KG_CYPHER_MAX_NODES,
  };
}

export function cypherRoutes(router: Router, registry: OpenAPIRegistry, ctx: AppContext): void {
  defineRoute(router, registry, {
    method: "post",
    path: "/cypher",
    tags: ["cypher"],
    summary: "Run one read-only Cypher query; rows as a table and nodes/relationships as a graph",
    description:
      "Runs only when Neo4j's EXPLAIN plan for it holds nothing but known read operators on the explorer's database " +
      "(no LOAD CSV, USE, admin, SHOW, schema, update or CALL … IN TRANSACTIONS operator; an unknown operator is " +
      "refused too), calls no procedure but db.labels, db.relationshipTypes, db.propertyKeys, db.schema.* and the " +
      "db.index.fulltext lookups, and no plugin function off the allowlist, and EXPLAIN's query type is 'r'. A text " +
      "scan that reads the query as Neo4j's lexer does (\\uXXXX escapes decoded, the whole Cypher whitespace set) " +
      "refuses earlier but never allows. A refusal answers 403 with a stable `code`. Runs in a READ transaction " +
      "with a timeout, capped in rows and nodes (`truncated`), and is cancelled if the client goes away. A query " +
      "Neo4j cannot parse answers 400 with Neo4j's message, `line` and `column`.",
    body: CypherRequest,
    responses: {
      200: { description: "Rows and graph", schema: CypherResponse },
      403: { description: "Refused by the read-only gate", schema: Problem, contentType: "application/problem+json" },
      504: { description: "The query ran past its timeout", schema: Problem, contentType: "application/problem+json" },
    },
    handler: async ({ body }, req, res) => {
      const signal = abortOnClose(req, res);
      return runCypher(ctx.db, body.query, body.params, cypherLimits(ctx), signal);
    },
  });
}
