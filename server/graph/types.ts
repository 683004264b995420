// Plain (JSON-safe) Neo4j nodes and relationships, as toPlain produces them: the input of every graph mapper.
export interface PlainNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface PlainRelationship {
  elementId: string;
  type: string;
  startNodeElementId: string;
  endNodeElementId: string;
  properties: Record<string, unknown>;
}

export function isPlainNode(value: unknown): value is PlainNode {
  const v = value as PlainNode | null;
  return typeof v === "object" && v !== null && typeof v.elementId === "string" && Array.isArray(v.labels);
}

export function isPlainRelationship(value: unknown): value is PlainRelationship {
  const v = value as PlainRelationship | null;
  return (
    typeof v === "object" &&
    v !== null &&
    typeof v.elementId === "string" &&
    typeof v.type === "string" &&
    typeof v.startNodeElementId === "string"
  );
}
