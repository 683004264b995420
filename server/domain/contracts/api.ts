// Request and response shapes of the HTTP API beyond the graph wire format; the OpenAPI document is generated from them.
import { z } from "zod";
import { Evidence } from "../model/evidence";
import { EntityType, PartialDate, RelationType, StableId } from "../model/ids";
import { Cell } from "./cell";
import { GraphResponse, WireEdgeAttributes, WireGraph, WireInteger, WireNodeAttributes } from "./wire";

/** A list given as "a,b,c" or as a repeated parameter (?x=a&x=b), parsed into a de-duplicated array. */
const csvList = <T extends z.ZodType<string>>(item: T) =>
  z
    .preprocess((v) => {
      const raw = Array.isArray(v) ? v : typeof v === "string" ? [v] : v;
      if (!Array.isArray(raw)) return raw;
      const parts = raw.flatMap((x) => (typeof x === "string" ? x.split(",") : [x]));
      return [...new Set(parts.map((x) => (typeof x === "string" ? x.trim() : x)).filter((x) => x !== ""))];
    }, z.array(item).max(100))
    .optional();

const queryBoolean = z
  .enum(["true", "false", "1", "0"])
  .transform((v) => v === "true" || v === "1")
  .meta({ type: "boolean" });

export const IdParams = z.object({ id: StableId.meta({ description: "A node's or source's stable id." }) });
export type IdParams = z.infer<typeof IdParams>;

// ---------- GET /api/graph ----------

export const GraphQuery = z.object({
  entityTypes: csvList(EntityType).meta({ description: "Keep entities of these types (comma-separated)." }),
  relationTypes: csvList(RelationType).meta({ description: "Keep edges of these types (comma-separated)." }),
  sourceIds: csvList(StableId).meta({ description: "Keep nodes and edges backed by these sources." }),
  from: PartialDate.optional().meta({ description: "Period start: keep claims whose period ends on or after it." }),
  to: PartialDate.optional().meta({ description: "Period end: keep claims whose period starts on or before it." }),
  claims: queryBoolean.default(true).meta({ description: "Include claim nodes (default true)." }),
  sources: queryBoolean.default(true).meta({ description: "Include source nodes (default true)." }),
  limit: z.coerce.number().int().min(1).max(20_000).default(2000).meta({ description: "Maximum number of nodes." }),
});
export type GraphQuery = z.infer<typeof GraphQuery>;

export { GraphResponse };

// ---------- GET /api/search ----------

export const SearchQuery = z.object({
  q: z.string().trim().min(1, "must not be empty").max(200).meta({ description: "Name or alias, English or Arabic." }),
  types: csvList(EntityType).meta({ description: "Only entities of these types." }),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export const MatchKind = z.enum(["exact", "prefix", "contains", "fuzzy"]);
export type MatchKind = z.infer<typeof MatchKind>;

export const SearchHit = z
  .object({
    id: z.string(),
    type: z.string(),
    label: z.string(),
    labelAr: z.string().optional(),
    matched: z.string().meta({ description: "The name or alias that matched." }),
    match: MatchKind,
    score: z.number(),
  })
  .meta({ id: "SearchHit" });
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResponse = z.object({ query: z.string(), normalized: z.string(), hits: z.array(SearchHit) });
export type SearchResponse = z.infer<typeof SearchResponse>;

// ---------- GET /api/nodes/:id ----------

/** A piece of evidence with the context around it in its source. */
export const EvidenceInSource = Evidence.extend({
  sourceTitle: z.string().optional(),
  before: z.string().meta({ description: "Up to 80 characters of the source before the quote." }),
  after: z.string().meta({ description: "Up to 80 characters of the source after the quote." }),
});
export type EvidenceInSource = z.infer<typeof EvidenceInSource>;

export const RelationSummary = z.object({
  key: z.string(),
  type: z.string(),
  direction: z.enum(["out", "in"]),
  otherId: z.string(),
  otherLabel: z.string(),
  otherKind: z.string(),
  properties: z.record(z.string(), z.unknown()),
  /** Independent sources among the relation's evidence (docs/model.md, Independence). */
  independentSupport: z.number().int().optional(),
  evidence: z.array(EvidenceInSource),
});
export type RelationSummary = z.infer<typeof RelationSummary>;

export const NodeDetails = z
  .object({
    id: z.string(),
    labels: z.array(z.string()),
    attributes: WireNodeAttributes,
    properties: z.record(z.string(), z.unknown()),
    /** The node's own evidence (claims carry it on the node). */
    evidence: z.array(EvidenceInSource),
    /** Claims the node states or is the subject of. */
    claims: z.array(
      z.object({
        id: z.string(),
        role: z.enum(["states", "about"]),
        attributes: WireNodeAttributes,
        evidence: z.array(EvidenceInSource),
      }),
    ),
    /** Direct relations of an entity, each with its evidence (capped; see /neighbors for paging). */
    relations: z.array(RelationSummary),
    relationsTruncated: z.boolean(),
    degree: WireInteger,
  })
  .meta({ id: "NodeDetails" });
export type NodeDetails = z.infer<typeof NodeDetails>;

// ---------- GET /api/nodes/:id/neighbors ----------

export const NeighborsQuery = z.object({
  relationTypes: csvList(RelationType).meta({ description: "Only edges of these types." }),
  direction: z.enum(["out", "in", "both"]).default("both"),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type NeighborsQuery = z.infer<typeof NeighborsQuery>;

export const NeighborsResponse = z
  .object({
    id: z.string(),
    graph: WireGraph.meta({ description: "The node, this page of neighbors, and the edges between them and it." }),
    total: WireInteger.meta({ description: "Edges matching the filter." }),
    offset: z.number().int(),
    limit: z.number().int(),
    returned: z.number().int(),
    more: z.number().int().meta({ description: "How many matching edges lie beyond this page." }),
    countsByType: z.record(z.string(), WireInteger).meta({ description: "All the node's edges, counted by type." }),
  })
  .meta({ id: "NeighborsResponse" });
export type NeighborsResponse = z.infer<typeof NeighborsResponse>;

// ---------- GET /api/paths ----------

export const PathsQuery = z.object({
  from: StableId,
  to: StableId,
  k: z.coerce.number().int().min(1).max(10).default(3).meta({ description: "Paths to return: the shortest and k-1." }),
  maxLength: z.coerce.number().int().min(1).max(8).default(6),
  via: z
    .enum(["auto", "entities", "claims", "any"])
    .default("auto")
    .meta({
      description:
        "entities: entity relations only; claims: also through claims; any: every edge, sources too; " +
        "auto (default): entities, and through claims only when no entity path exists.",
    }),
});
export type PathsQuery = z.infer<typeof PathsQuery>;

export const PathStep = z.object({
  key: z.string(),
  source: z.string(),
  target: z.string(),
  type: z.string(),
  /** "forward" when the edge points along the path, "backward" when it points against it. */
  direction: z.enum(["forward", "backward"]),
  attributes: WireEdgeAttributes,
});
export const PathResult = z.object({ nodes: z.array(z.string()), length: z.number().int(), steps: z.array(PathStep) });
export type PathResult = z.infer<typeof PathResult>;

export const PathsResponse = z
  .object({
    from: z.string(),
    to: z.string(),
    via: z.string(),
    paths: z.array(PathResult),
    graph: WireGraph.meta({ description: "Union of every path's nodes and edges." }),
  })
  .meta({ id: "PathsResponse" });
export type PathsResponse = z.infer<typeof PathsResponse>;

// ---------- GET /api/sources, /api/sources/:id ----------

export const CitedWorkOut = z.object({
  title: z.string(),
  publisher: z.string().optional(),
  url: z.string().optional(),
  entityId: z.string().optional(),
});

export const SourceSummary = z
  .object({
    id: z.string(),
    title: z.string(),
    language: z.string().optional(),
    date: z.string().optional(),
    publisher: z.string().optional(),
    url: z.string().optional(),
    length: z.number().int().meta({ description: "Length of the text in UTF-16 code units." }),
    evidenceCount: z.number().int(),
  })
  .meta({ id: "SourceSummary" });
export type SourceSummary = z.infer<typeof SourceSummary>;

export const SourceSpan = z.object({
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  gloss: z.string().optional(),
  addedBy: z.string().optional().meta({ description: "Who added this evidence (KG_AUTHOR), when recorded." }),
  addedAt: z.string().optional().meta({ description: "When it was added, ISO 8601 (UTC)." }),
  /** What the span supports: an edge (key, type, ends) or a claim node. */
  on: z.enum(["edge", "claim"]),
  key: z.string(),
  type: z.string(),
  source: z.string().optional(),
  target: z.string().optional(),
});
export type SourceSpan = z.infer<typeof SourceSpan>;

export const SourceDetails = SourceSummary.extend({
  text: z.string(),
  cites: z.array(CitedWorkOut),
  translation: z
    .object({
      language: z.string(),
      translator: z.string(),
      segments: z.array(
        z.object({ original: z.string(), text: z.string(), start: z.number().int(), end: z.number().int() }),
      ),
    })
    .optional(),
  spans: z.array(SourceSpan),
}).meta({ id: "SourceDetails" });
export type SourceDetails = z.infer<typeof SourceDetails>;

export const SourcesResponse = z.object({ sources: z.array(SourceSummary) });

// ---------- POST /api/cypher ----------

const CypherParams = z
  .record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be a Cypher parameter name"), z.unknown())
  .default({});

export const CypherRequest = z.strictObject({
  query: z.string().trim().min(1, "must not be empty").max(20_000, "must be at most 20000 characters"),
  params: CypherParams,
});
export type CypherRequest = z.infer<typeof CypherRequest>;

/** The cap an answer hit first: the row cap, the byte budget (rows, graph elements or a cell left out), the node cap. */
export const TruncatedReason = z.enum(["rows", "bytes", "nodes"]);
export type TruncatedReason = z.infer<typeof TruncatedReason>;

export const CypherResponse = z
  .object({
    columns: z.array(z.string()),
    rows: z.array(z.array(Cell)).meta({
      description:
        "One list of cells per row, in the order of `columns`, each in Neo4j's typed JSON (Query API): a map is a " +
        "`Map` cell whatever its keys; only values Neo4j returned as nodes, relationships and paths are `Node`, " +
        "`Relationship` and `Path` cells. A cell over its share of the byte budget is an `Omitted` cell.",
    }),
    graph: WireGraph.meta({
      description:
        "The nodes and relationships Neo4j returned (also inside lists, maps and paths), plus the ends of returned " +
        "relationships; never a map, whatever its shape. Keyed by domain id, or by elementId when two nodes share one.",
    }),
    truncated: z.boolean().meta({ description: "True when the answer is not the whole result (see truncatedReason)." }),
    truncatedReason: TruncatedReason.nullable().meta({
      description:
        "The cap hit first: rows (maxRows), bytes (maxBytes: a row or graph element did not fit and ended the answer, " +
        "or a cell was omitted) or nodes (maxNodes: further nodes left out of the graph); null when complete.",
    }),
    limits: z.object({
      timeoutMs: z.number().int(),
      maxRows: z.number().int(),
      maxNodes: z.number().int(),
      maxBytes: z.number().int().meta({ description: "Bytes of the whole JSON answer (UTF-8), graph included." }),
    }),
  })
  .meta({ id: "CypherResponse" });
export type CypherResponse = z.infer<typeof CypherResponse>;

// ---------- POST /api/export ----------

export const ExportFormat = z.enum(["gexf", "graphml", "json", "csv", "cypher", "neo4j-admin"]);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const ExportSelection = z.discriminatedUnion("by", [
  z.strictObject({ by: z.literal("ids"), ids: z.array(StableId).min(1).max(50_000) }),
  z.strictObject({ by: z.literal("query"), query: CypherRequest.shape.query, params: CypherParams }),
  z.strictObject({
    by: z.literal("neighborhood"),
    id: StableId,
    depth: z.number().int().min(1).max(4).default(1),
  }),
]);
export type ExportSelection = z.infer<typeof ExportSelection>;

export const ExportRequest = z
  .strictObject({
    format: ExportFormat,
    select: ExportSelection,
    /** Include claim nodes that connect to the selected entities (for ids and neighborhood selections). */
    includeClaims: z.boolean().default(true),
  })
  .meta({ id: "ExportRequest" });
export type ExportRequest = z.infer<typeof ExportRequest>;

/** One cited source in an export's bibliography. */
export const CitedSource = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string().optional(),
  url: z.string().optional(),
  language: z.string().optional(),
  date: z.string().optional(),
});
export type CitedSource = z.infer<typeof CitedSource>;
