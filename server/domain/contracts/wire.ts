// The shapes the HTTP API sends and the client reads: graphology's serialization format with sourced edges.
import { z } from "zod";
import { Evidence } from "../model/evidence";
import { CorroborationStatus } from "./corroboration";

/** How many of an element's sources are independent (docs/model.md, Independence); the server always sends it. */
const IndependentSupport = z.number().int().min(0).optional().meta({
  description:
    "Independent sources among the evidence: two quotes of one document, or a document and one it derives from, count once.",
});

/** What kind of node this is in the explorer: an actor/thing, a claim, or a source document. */
export const NodeKind = z.enum(["entity", "claim", "source"]);
export type NodeKind = z.infer<typeof NodeKind>;

/** Neo4j integers outside JS's safe range arrive as decimal strings, never as rounded numbers. */
export const WireInteger = z.union([z.number().int(), z.string().regex(/^-?\d+$/)]);

export const WireNodeAttributes = z
  .object({
    kind: NodeKind,
    /** Entity type (its Neo4j label), "Claim" or "Source". */
    type: z.string(),
    /** English label. */
    label: z.string(),
    /** Arabic label when known. */
    labelAr: z.string().optional(),
    aliases: z.array(z.string()).optional(),
    description: z.string().optional(),
    /** Ids of the sources that mention this node. */
    sourceIds: z.array(z.string()).default([]),
    /** Number of claims about or stated by this node. */
    claimCount: z.number().int().optional(),
    /** Claim fields, when kind is "claim". */
    statement: z.string().optional(),
    original: z.string().optional(),
    value: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    unit: z.string().optional(),
    currency: z.string().optional(),
    periodStart: z.string().optional(),
    periodEnd: z.string().optional(),
    /** Claims: independent sources among the claim's evidence. */
    independentSupport: IndependentSupport,
    /** Figure claims: the id of the claim group it is compared in (GET /api/claim-groups/:id). */
    claimGroup: z.string().optional(),
    /** Figure claims: that group's status. */
    corroboration: CorroborationStatus.optional(),
    /** Precomputed layout position, when the server has one. */
    x: z.number().optional(),
    y: z.number().optional(),
  })
  .catchall(z.unknown());
export type WireNodeAttributes = z.infer<typeof WireNodeAttributes>;

export const WireEdgeAttributes = z
  .object({
    /** Relationship type, e.g. WORKS_FOR, STATES, ABOUT. */
    type: z.string(),
    /** Every piece of evidence behind this edge, at least one. */
    evidence: z.array(Evidence).min(1),
    /** Distinct source ids among the evidence. */
    sourceIds: z.array(z.string()),
    independentSupport: IndependentSupport,
  })
  .catchall(z.unknown());
export type WireEdgeAttributes = z.infer<typeof WireEdgeAttributes>;

/** graphology's SerializedGraph: the client only calls graph.import() on it. */
export const WireGraph = z.object({
  attributes: z.record(z.string(), z.unknown()).default({}),
  options: z.object({ type: z.literal("directed"), multi: z.literal(true), allowSelfLoops: z.literal(true) }),
  nodes: z.array(z.object({ key: z.string(), attributes: WireNodeAttributes })),
  edges: z.array(z.object({ key: z.string(), source: z.string(), target: z.string(), attributes: WireEdgeAttributes })),
});
export type WireGraph = z.infer<typeof WireGraph>;

/** A graph answer with the information the client needs when a cap was hit. */
export const GraphResponse = z.object({
  graph: WireGraph,
  truncated: z.boolean(),
  totals: z.object({ nodes: WireInteger, edges: WireInteger }),
});
export type GraphResponse = z.infer<typeof GraphResponse>;
