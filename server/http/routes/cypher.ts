// POST /api/cypher: read-only Cypher through the gate; the answer is a table of typed cells and a graph, within caps.
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { CypherRequest, CypherResponse } from "@domain/contracts/api";
import { Problem } from "@domain/contracts/problem";
import type { Router } from "express";
import { withIndependentSupport } from "../../corroboration/annotate";
import { cypherWorkersFor } from "../../cypherWorker/cypherWorkers";
import { corroborationOf } from "../../repositories/corroboration";
import type { CypherLimits } from "../../repositories/cypher";
import { abortOnClose } from "../abortOnClose";
import type { AppContext } from "../context";
import { defineRoute } from "../defineRoute";

export function cypherLimits(ctx: AppContext): CypherLimits {
  return {
    timeoutMs: ctx.env.KG_CYPHER_TIMEOUT_MS,
    maxRows: ctx.env.KG_CYPHER_MAX_ROWS,
    maxNodes: ctx.env.KG_CYPHER_MAX_NODES,
    maxBytes: ctx.env.KG_CYPHER_MAX_BYTES,
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
      "refuses earlier but never allows. A refusal answers 403 with a stable `code`. Runs in a worker thread, " +
      "off the thread that serves every other request, in a READ transaction with a timeout (KG_CYPHER_TIMEOUT_MS), " +
      "and is cancelled if the client goes away. Rows are lists of cells in Neo4j's typed JSON " +
      '(Query API: {"$type": "Integer", "_value": "48"}, Float "48.0", "NaN", Map, Node, Relationship, Path, ' +
      "temporal values as Neo4j's toString() writes them). `graph` holds only what Neo4j returned as nodes, " +
      "relationships and paths, never a map shaped like one. The answer is capped in rows (KG_CYPHER_MAX_ROWS), " +
      "graph nodes (KG_CYPHER_MAX_NODES) and bytes of JSON (KG_CYPHER_MAX_BYTES, cut at a row boundary; a cell " +
      "over its share becomes an Omitted cell): `truncated` and `truncatedReason` say which cap was hit. A query " +
      "Neo4j cannot parse answers 400 with Neo4j's message, `line` and `column`. A record too large to receive " +
      "and decode within the worker's memory (KG_CYPHER_WORKER_HEAP_MB) answers 413 CYPHER_ANSWER_TOO_LARGE; one " +
      "still decoding when the timeout plus KG_CYPHER_WORKER_GRACE_MS has passed answers 504 CYPHER_TIMEOUT; " +
      "when every worker is busy and KG_CYPHER_QUEUE queries already wait, 503 CYPHER_BUSY.",
    body: CypherRequest,
    responses: {
      200: { description: "Rows and graph", schema: CypherResponse },
      403: { description: "Refused by the read-only gate", schema: Problem, contentType: "application/problem+json" },
      413: {
        description: "A record too large to receive and decode within a Cypher worker's memory",
        schema: Problem,
        contentType: "application/problem+json",
      },
      504: { description: "The query ran past its timeout", schema: Problem, contentType: "application/problem+json" },
    },
    handler: async ({ body }, req, res) => {
      const signal = abortOnClose(req, res);
      // Run and answered in a worker thread (the bounded answer's JSON); the corroboration view lives in this one,
      // so the graph's independent support is added here, once the worker has answered.
      const [json, corroboration] = await Promise.all([
        cypherWorkersFor(ctx).cypher(body.query, body.params, cypherLimits(ctx), signal),
        corroborationOf(ctx.db),
      ]);
      if (res.headersSent) return undefined;
      const answer = JSON.parse(new TextDecoder().decode(json)) as CypherResponse;
      withIndependentSupport(answer.graph, corroboration);
      res.status(200).type("application/json").send(JSON.stringify(answer));
      return undefined;
    },
  });
}
