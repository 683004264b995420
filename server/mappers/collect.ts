// Finds the nodes and relationships the driver decoded anywhere in a record's values; a map is never taken for one.
import { isNode, isPath, isRelationship, type Node, type Relationship } from "neo4j-driver";

export interface GraphElements {
  nodes: Node[];
  relationships: Relationship[];
}

/** A Cypher map as the driver decodes it: a plain object (temporal values, points and Integers are class instances). */
function isMap(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Adds to `into` every value the driver decoded as a node or relationship (`isNode`, `isRelationship`), and the nodes
 * and relationships of every path (`isPath`), searching lists and maps at any depth, in the order they appear. A map
 * shaped like a node (`{elementId, labels, properties}`) or holding a copied `quotes` list is only searched inside.
 */
export function collectGraphElements(
  value: unknown,
  into: GraphElements = { nodes: [], relationships: [] },
): GraphElements {
  if (value === null || typeof value !== "object") return into;
  if (isNode(value)) into.nodes.push(value);
  else if (isRelationship(value)) into.relationships.push(value);
  else if (isPath(value)) {
    into.nodes.push(value.start);
    for (const s of value.segments) {
      into.relationships.push(s.relationship);
      into.nodes.push(s.end);
    }
  } else if (Array.isArray(value)) for (const v of value) collectGraphElements(v, into);
  else if (isMap(value)) for (const k of Object.keys(value)) collectGraphElements(value[k], into);
  return into;
}
