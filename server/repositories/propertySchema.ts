// Reads the stored type of every property from db.schema, for the properties the domain's type table does not know.
import { fromNeo4jSchemaTypes, type SchemaPropertyTypes } from "@domain/export/propertyTypes";
import { cypher } from "../neo4j/cypherFiles";
import type { Db } from "../neo4j/driver";

type Rows = { name: string; types: string[][] }[];

/** Property name → every Neo4j type name db.schema reports for it, over all label sets or relationship types. */
async function typesByName(db: Db, query: string): Promise<Rows> {
  const result = await db.read(cypher(query));
  return result.records.map((r) => ({ name: String(r.get("name")), types: r.get("types") as string[][] }));
}

/** Rows of db.schema → one type per property name, and the names holding both integers and floats. */
export function schemaTypesOf(rows: Rows): {
  types: Record<string, SchemaPropertyTypes["node"][string]>;
  mixed: string[];
} {
  const types: Record<string, SchemaPropertyTypes["node"][string]> = {};
  const mixed: string[] = [];
  for (const row of rows) {
    const resolved = fromNeo4jSchemaTypes(row.types.flat());
    Object.defineProperty(types, row.name, { value: resolved.type, enumerable: true });
    if (resolved.mixedNumbers) mixed.push(row.name);
  }
  return { types, mixed };
}

/**
 * The types db.schema.nodeTypeProperties() and relTypeProperties() report for every stored property, merged over
 * label sets and relationship types (a name typed two ways is `double` for integers and floats, else `string`).
 * Both procedures read the whole store, so this runs once per export, and only for formats that declare types.
 */
export async function readSchemaTypes(db: Db): Promise<SchemaPropertyTypes> {
  const [nodes, edges] = await Promise.all([
    typesByName(db, "export/node-type-properties"),
    typesByName(db, "export/rel-type-properties"),
  ]);
  const n = schemaTypesOf(nodes);
  const e = schemaTypesOf(edges);
  return { node: n.types, edge: e.types, mixed: { node: n.mixed, edge: e.mixed } };
}
