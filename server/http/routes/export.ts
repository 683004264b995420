// POST /api/export: a subgraph (by ids, query or neighborhood) as GEXF, GraphML, JSON, CSV (zip) or a Cypher script.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { ExportRequest } from "@domain/contracts/api";
import { Problem } from "@domain/contracts/problem";
import { exportFileName, FORMATS } from "@domain/export/formats";
import type { Router } from "express";
import { z } from "zod";
import { cypherWorkersFor } from "../../cypherWorker/cypherWorkers";
import { selectSubgraph } from "../../repositories/subgraph";
import { abortOnClose } from "../abortOnClose";
import { coalesceChunks } from "../coalesceChunks";
import type { AppContext } from "../context";
import { defineRoute } from "../defineRoute";

/** Every format's media type, so the OpenAPI document lists what the 200 answer can be. */
const exportFile = {
  description: "The export, as an attachment (Content-Disposition) named kg-export-<time>.<ext>",
  schema: z.string().meta({ format: "binary" }),
  contentType: [...new Set(Object.values(FORMATS).map((f) => f.contentType.split(";")[0] as string))],
};

export function exportRoutes(router: Router, registry: OpenAPIRegistry, ctx: AppContext): void {
  defineRoute(router, registry, {
    method: "post",
    path: "/export",
    tags: ["export"],
    summary: "Export a subgraph with its evidence and bibliography",
    description:
      "select.by = ids (those nodes and the edges between them, plus their claims unless includeClaims is false), " +
      "query (a read-only Cypher query, through the same gate as POST /api/cypher: every node, relationship and " +
      "path it returns, anywhere in its rows, plus the ends of returned relationships; maps are never taken for " +
      "nodes; no row cap) or neighborhood (every node within depth of id). Formats: gexf (1.3), graphml, json " +
      "(graphology), csv (a zip of nodes.csv, edges.csv and sources.csv) and cypher (a MERGE script). Evidence goes " +
      "into every format (a JSON `evidence` attribute plus readable `quotes` and `spans`), with the list of cited " +
      "sources. The body streams as an attachment. A selection over KG_EXPORT_MAX_NODES nodes (or, by query, " +
      "KG_EXPORT_MAX_EDGES relationships) answers 413 EXPORT_TOO_LARGE before any byte of the file: never a " +
      "partial file.",
    body: ExportRequest,
    notFound: true,
    responses: {
      200: exportFile,
      403: { description: "Refused by the read-only gate", schema: Problem, contentType: "application/problem+json" },
      413: {
        description: "The selection is over the export's node or relationship cap; nothing of the file was written",
        schema: Problem,
        contentType: "application/problem+json",
      },
    },
    handler: async ({ body }, req, res) => {
      const signal = abortOnClose(req, res);
      const spec = FORMATS[body.format];
      const at = new Date();
      const { graph, sources } = await selectSubgraph(
        ctx.db,
        body.select,
        body.includeClaims,
        {
          timeoutMs: ctx.env.KG_CYPHER_TIMEOUT_MS,
          maxExportNodes: ctx.env.KG_EXPORT_MAX_NODES,
          maxExportEdges: ctx.env.KG_EXPORT_MAX_EDGES,
        },
        spec.needsSourceText,
        signal,
        cypherWorkersFor(ctx).graphOfQuery,
      );
      res.status(200);
      res.set("Content-Type", spec.contentType);
      res.set("Content-Disposition", `attachment; filename="${exportFileName(body.format, at)}"`);
      res.set("X-Export-Nodes", String(graph.nodes.length));
      res.set("X-Export-Edges", String(graph.edges.length));
      // One chunk per element would mean thousands of tiny socket writes: join them into ~64 KB pieces.
      const chunks = coalesceChunks(spec.write({ graph, sources, generatedAt: at.toISOString() }));
      await pipeline(Readable.from(chunks, { objectMode: false }), res);
      return undefined;
    },
  });
}
