// A node's properties, its claims and its relations, each piece of evidence placed in its source.
import type { NodeDetails, RelationSummary } from "@domain/contracts/api";
import type { Evidence } from "@domain/model/evidence";
import { edgeAttributes, edgeKey } from "../mappers/edges";
import { evidenceFromProperties } from "../mappers/evidence";
import { withContext } from "../mappers/evidenceContext";
import { nodeAttributes, nodeKey } from "../mappers/nodes";
import { cypher } from "../neo4j/cypherFiles";
import type { Db } from "../neo4j/driver";
import { corroborationOf } from "./corroboration";
import { NotFoundError } from "./errors";
import { field, int, plainNode, plainRelationship } from "./rows";
import { loadSources } from "./sourceTexts";

/** Claims and relations listed with a node; a high-degree node pages its neighbors through /neighbors. */
export const DETAIL_LIMIT = 200;

const HIDDEN_PROPERTIES = new Set(["searchKeys", "text", "x", "y"]);

export async function getNodeDetails(db: Db, id: string): Promise<NodeDetails> {
  const found = await db.read(cypher("read/node-by-id"), { id });
  const record = found.records[0];
  if (!record) throw new NotFoundError("node", id);
  const node = plainNode(record.get("n"));
  const [claimsResult, relationsResult, corroboration] = await Promise.all([
    db.read(cypher("read/node-claims"), { id, limit: int(DETAIL_LIMIT) }),
    db.read(cypher("read/node-relations"), { id, limit: int(DETAIL_LIMIT + 1) }),
    corroborationOf(db),
  ]);
  const claims = claimsResult.records.map((r) => ({
    node: plainNode(r.get("c")),
    role: r.get("role") as "states" | "about",
  }));
  const rels = relationsResult.records.slice(0, DETAIL_LIMIT).map((r) => ({
    rel: plainRelationship(r.get("r")),
    other: plainNode(r.get("m")),
    outgoing: r.get("outgoing") as boolean,
  }));

  const ownEvidence = evidenceFromProperties(node.properties);
  const claimEvidence = claims.map((c) => evidenceFromProperties(c.node.properties));
  const relAttributes = rels.map((r) => edgeAttributes(r.rel, corroboration));
  const relEvidence = relAttributes.map((a) => a.evidence);
  const all: Evidence[] = [ownEvidence, ...claimEvidence, ...relEvidence].flat();
  const sources = await loadSources(
    db,
    all.map((e) => e.sourceId),
    true,
  );

  const key = nodeKey(node);
  const relations: RelationSummary[] = rels.map(({ rel, other, outgoing }, i) => {
    const {
      evidence: _e,
      sourceIds: _s,
      type: _t,
      independentSupport,
      ...properties
    } = relAttributes[i] as ReturnType<typeof edgeAttributes>;
    const otherKey = nodeKey(other);
    const otherAttrs = nodeAttributes(other, corroboration);
    return {
      key: outgoing ? edgeKey(key, rel.type, otherKey) : edgeKey(otherKey, rel.type, key),
      type: rel.type,
      direction: outgoing ? "out" : "in",
      otherId: otherKey,
      otherLabel: otherAttrs.label,
      otherKind: otherAttrs.kind,
      properties,
      ...(typeof independentSupport === "number" ? { independentSupport } : {}),
      evidence: withContext(relEvidence[i] ?? [], sources),
    };
  });

  const properties: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node.properties)) if (!HIDDEN_PROPERTIES.has(k)) properties[k] = v;
  return {
    id: key,
    labels: node.labels,
    attributes: { ...nodeAttributes(node, corroboration), claimCount: claims.length },
    properties,
    evidence: withContext(ownEvidence, sources),
    claims: claims.map((c, i) => ({
      id: nodeKey(c.node),
      role: c.role,
      attributes: nodeAttributes(c.node, corroboration),
      evidence: withContext(claimEvidence[i] ?? [], sources),
    })),
    relations,
    relationsTruncated: relationsResult.records.length > DETAIL_LIMIT,
    degree: field<number>(record, "degree"),
  };
}
