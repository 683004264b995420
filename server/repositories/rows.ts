// Small helpers that read Neo4j records as plain values, in one place.
import neo4j, { type Integer, type Record as Neo4jRecord } from "neo4j-driver";
import type { PlainNode, PlainRelationship } from "../mappers/types";
import { toPlain } from "../neo4j/values";

export const plainNode = (value: unknown): PlainNode => toPlain(value) as PlainNode;
export const plainRelationship = (value: unknown): PlainRelationship => toPlain(value) as PlainRelationship;
export const plainNodes = (value: unknown): PlainNode[] => (toPlain(value) as PlainNode[] | null) ?? [];
export const plainRelationships = (value: unknown): PlainRelationship[] =>
  (toPlain(value) as PlainRelationship[] | null) ?? [];

export function field<T = unknown>(record: Neo4jRecord | undefined, key: string): T {
  return toPlain(record?.get(key)) as T;
}

/** zod leaves absent optional lists undefined; Cypher wants null for "no filter". */
export const orNull = <T>(v: T | undefined): T | null =>
  v === undefined || (Array.isArray(v) && v.length === 0) ? null : v;

/** JS numbers reach Cypher as floats; LIMIT, SKIP and list slices need integers. */
export const int = (n: number): Integer => neo4j.int(n);
