// Turns request values (or a query's examples) into Neo4j parameters: checked types, null for optional, integers as Int.

import { fitsParamType } from "@domain/queries/parseQueryFile";
import type { QueryDefinition } from "@domain/queries/queryDefinition";
import neo4j from "neo4j-driver";

export type BoundParams = { ok: true; params: Record<string, unknown> } | { ok: false; errors: string[] };

/** Checks `values` against the query's params. Missing optional params become null; integers become Neo4j integers. */
export function bindParams(query: QueryDefinition, values: Readonly<Record<string, unknown>>): BoundParams {
  const errors: string[] = [];
  const params: Record<string, unknown> = {};
  for (const name of Object.keys(values)) {
    if (!query.params.some((p) => p.name === name)) errors.push(`${name}: not a parameter of ${query.id}`);
  }
  for (const p of query.params) {
    const value = values[p.name];
    if (value === undefined || value === null) {
      if (p.optional) params[p.name] = null;
      else errors.push(`${p.name}: is required`);
    } else if (!fitsParamType(p.type, value)) {
      errors.push(`${p.name}: must be of type ${p.type}`);
    } else {
      params[p.name] = p.type === "integer" ? neo4j.int(value as number) : value;
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, params };
}

/** The query's header examples, as request values. */
export function exampleValues(query: QueryDefinition): Record<string, unknown> {
  return Object.fromEntries(query.params.filter((p) => p.example !== undefined).map((p) => [p.name, p.example]));
}
