// GET /api/graph (JSON, graphology's format) and GET /api/graph/stream (NDJSON chunks, for large graphs).
import { once } from "node:events";
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { GraphQuery, GraphResponse } from "@domain/contracts/api";
import { type GraphStreamLine, GraphStreamQuery } from "@domain/contracts/graphStream";
import type { Response, Router } from "express";
import { z } from "zod";
import { emptyWireGraph } from "../../mappers/buildWireGraph";
import { countEdges, countNodes, EDGES_PER_NODE, streamGraph } from "../../repositories/graph";
import { abortOnClose } from "../abortOnClose";
import type { AppContext } from "../context";
import { defineRoute } from "../defineRoute";

/** Writes a piece of the body, waiting for the socket to drain when its buffer is full. */
async function write(res: Response, text: string): Promise<void> {
  if (!res.write(text)) await once(res, "drain");
}

/** Writes one NDJSON line. */
const writeLine = (res: Response, line: GraphStreamLine) => write(res, `${JSON.stringify(line)}\n`);

/** Items of a JSON array, written as they come: a comma before every batch but the first. */
function arrayWriter(res: Response) {
  let first = true;
  return async (items: readonly unknown[]) => {
    if (items.length === 0) return;
    const body = items.map((item) => JSON.stringify(item)).join(",");
    await write(res, first ? body : `,${body}`);
    first = false;
  };
}

export function graphRoutes(router: Router, registry: OpenAPIRegistry, ctx: AppContext): void {
  defineRoute(router, registry, {
    method: "get",
    path: "/graph",
    tags: ["graph"],
    summary: "The graph, or a part of it filtered by entity types, relation types, sources or claim period",
    description:
      "graphology's serialization format (call graph.import() on `graph`); every edge carries `evidence`. " +
      "At most `limit` nodes, the most connected first; `truncated` and `totals` say when the cap was hit. " +
      "Nodes carry `x` and `y` once positions were computed (POST /api/layout). For large graphs use /api/graph/stream.",
    query: GraphQuery,
    responses: { 200: { description: "The graph", schema: GraphResponse } },
    // The same JSON as ever ({graph, truncated, totals}), written while the records arrive: serialisation overlaps
    // the fetch and the graph is never held whole. A failure midway can only cut the body short.
    handler: async ({ query }, req, res) => {
      const signal = abortOnClose(req, res);
      const totalNodes = await countNodes(ctx.db, query);
      res.status(200).type("application/json; charset=utf-8");
      const { attributes, options } = emptyWireGraph();
      await write(
        res,
        `{"graph":{"attributes":${JSON.stringify(attributes)},"options":${JSON.stringify(options)},"nodes":[`,
      );
      const nodes = arrayWriter(res);
      const edges = arrayWriter(res);
      let edgesStarted = false;
      try {
        const outcome = await streamGraph(
          ctx.db,
          query,
          {
            nodes,
            edges: async (batch) => {
              if (!edgesStarted) await write(res, '],"edges":[');
              edgesStarted = true;
              await edges(batch);
            },
          },
          { signal, totalNodes },
        );
        if (!edgesStarted) await write(res, '],"edges":[');
        await write(res, `]},"truncated":${outcome.truncated},"totals":${JSON.stringify(outcome.totals)}}`);
        res.end();
      } catch (error) {
        ctx.logger.error({ err: error }, "graph answer failed midway");
        res.destroy();
      }
      return undefined;
    },
  });

  defineRoute(router, registry, {
    method: "get",
    path: "/graph/stream",
    tags: ["graph"],
    summary: "The same graph as /api/graph, streamed as NDJSON in chunks, for graphs of up to a million nodes",
    description:
      "application/x-ndjson, one JSON object per line: `start` (graph options and the expected node and edge " +
      "counts, for a progress bar), then `nodes` lines and `edges` lines of graphology's serialized nodes and edges " +
      "(`graph.import({nodes})` per line works), then `end` with `truncated` and totals. A failure after the first " +
      "line is an `error` line. The server never holds the whole graph.",
    query: GraphStreamQuery,
    responses: {
      200: {
        description: "NDJSON lines",
        schema: z.string().meta({ description: "One GraphStreamLine per line" }),
        contentType: "application/x-ndjson",
      },
    },
    handler: async ({ query }, req, res) => {
      const signal = abortOnClose(req, res);
      const { chunk, ...graphQuery } = query;
      // Counted before the first byte, so a Neo4j outage is still a proper problem answer.
      const [totalNodes, expectedEdges] = await Promise.all([
        countNodes(ctx.db, graphQuery),
        countEdges(ctx.db, graphQuery),
      ]);
      res.status(200);
      res.set("Content-Type", "application/x-ndjson; charset=utf-8");
      res.set("Cache-Control", "no-store");
      const { attributes, options } = emptyWireGraph();
      const capped = Math.min(Number(expectedEdges), graphQuery.limit * EDGES_PER_NODE);
      await writeLine(res, {
        kind: "start",
        attributes,
        options,
        expected: { nodes: Math.min(totalNodes, graphQuery.limit), edges: capped },
      });
      try {
        const outcome = await streamGraph(
          ctx.db,
          graphQuery,
          {
            nodes: (nodes) => writeLine(res, { kind: "nodes", nodes }),
            edges: (edges) => writeLine(res, { kind: "edges", edges }),
          },
          { chunk, signal, totalNodes },
        );
        if (!signal.aborted) await writeLine(res, { kind: "end", ...outcome });
      } catch (error) {
        ctx.logger.error({ err: error }, "graph stream failed midway");
        if (!signal.aborted) await writeLine(res, { kind: "error", code: "STREAM_FAILED", title: "The stream failed" });
      }
      res.end();
      return undefined;
    },
  });
}
