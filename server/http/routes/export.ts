// POST /api/export: a subgraph (by ids, query or neighborhood) as GEXF, GraphML, JSON, CSV, Cypher or a neo4j-admin zip.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { ExportRequest } from "@domain/contracts/api";
import { Problem } from "@domain/contracts/problem";
import { exportFileName, FORMATS } from "@domain/export/formats";
import type { ExportInput } from "@domain/export/types";
import { withVisualAttributes } from "@domain/export/visual";
import type { Router } from "express";
import { z } from "zod";
import { cypherWorkersFor } from "../../cypherWorker/cypherWorkers";
import { withPositions } from "../../layout/quickLayout";
import { cypher, statements } from "../../neo4j/cypherFiles";
import { readSchemaTypes } from "../../repositories/propertySchema";
import { selectSubgraph } from "../../repositories/subgraph";
import { abortOnClose } from "../abortOnClose";
import { coalesceChunks } from "../coalesceChunks";
import type { AppContext } from "../context";
import { defineRoute } from "../defineRoute";

const TYPED_FORMATS: ReadonlySet<string> = new Set(["gexf", "graphml", "cypher", "neo4j-admin"]);

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
      "nodes; no row cap) or neighborhood (every node within depth of id). Formats: gexf (1.3: edge kind = relation " +
      "type, typed attributes, viz), graphml (typed keys, bibliography as graph data), json (graphology), csv (the " +
      "spreadsheet zip: nodes.csv, edges.csv, sources.csv in fixed columns, with a BOM), cypher (a script that " +
      "rebuilds the subgraph with every stored property, its sources and the schema, idempotent) and neo4j-admin (a " +
      "zip of typed CSV files for `neo4j-admin database import full`, with import.sh and after-import.cypher). " +
      "Evidence goes into every format (a JSON `evidence` attribute plus readable `quotes`, `glosses` and `spans`), " +
      "with every source a node, edge or claim cites. gexf, graphml, json and csv carry each node's colour, size and " +
      "position (stored, else a quick ForceAtlas2 layout). Ids that name no node beside known ones are named (at " +
      "most 20, all counted) in X-Export-Unknown-Ids / X-Export-Unknown-Count and in the file's metadata. The body " +
      "streams as an attachment. A selection over KG_EXPORT_MAX_NODES nodes (or, by query, KG_EXPORT_MAX_EDGES " +
      "relationships) answers 413 EXPORT_TOO_LARGE, and a query that returns no node or relationship 422 " +
      "EXPORT_EMPTY, before any byte of the file: never a partial or empty file.",
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
      422: {
        description: "EXPORT_EMPTY: the query returned no node, relationship or path (only scalar values, or no row)",
        schema: Problem,
        contentType: "application/problem+json",
      },
    },
    handler: async ({ body }, req, res) => {
      const signal = abortOnClose(req, res);
      const spec = FORMATS[body.format];
      const at = new Date();
      const subgraph = await selectSubgraph(
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
        spec.needsStored,
        cypherWorkersFor(ctx).graphOfQuery,
      );
      const { sources, stored, notice } = subgraph;
      // The rebuilding formats carry data only; the others are drawn as the explorer draws them.
      const graph = spec.needsStored ? subgraph.graph : withVisualAttributes(withPositions(subgraph.graph));
      const input: ExportInput = {
        graph,
        sources,
        generatedAt: at.toISOString(),
        stored,
        notice,
        // Only the formats that declare a type per column or per value ask Neo4j for the types it stores.
        schemaTypes: TYPED_FORMATS.has(body.format) ? await readSchemaTypes(ctx.db) : undefined,
        schema: spec.needsStored ? statements(cypher("schema")) : undefined,
      };
      res.status(200);
      res.set("Content-Type", spec.contentType);
      res.set("Content-Disposition", `attachment; filename="${exportFileName(body.format, at)}"`);
      res.set("X-Export-Nodes", String(graph.nodes.length));
      res.set("X-Export-Edges", String(graph.edges.length));
      res.set("X-Export-Sources", String(sources.length));
      if (notice) {
        res.set("X-Export-Unknown-Count", String(notice.unknownCount));
        res.set("X-Export-Unknown-Ids", notice.unknownIds.join(","));
      }
      // One chunk per element would mean thousands of tiny socket writes: join them into ~64 KB pieces.
      const chunks = coalesceChunks(spec.write(input));
      await pipeline(Readable.from(chunks, { objectMode: false }), res);
      return undefined;
    },
  });
}
