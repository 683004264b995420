// The query library's types: a researcher question stored as a parameterised .cypher file with a comment header.
import { z } from "zod";

export const QueryParamType = z.enum(["string", "integer", "number", "boolean", "string[]"]);
export type QueryParamType = z.infer<typeof QueryParamType>;

export const QueryParam = z.strictObject({
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/),
  type: QueryParamType,
  description: z.string().min(1),
  /** An optional parameter is passed as null when not given; the query handles null. */
  optional: z.boolean(),
  /** A value to run the query with, as in the header's `example` JSON. */
  example: z.unknown().optional(),
});
export type QueryParam = z.infer<typeof QueryParam>;

export const QueryDefinition = z.strictObject({
  /** The file name without `.cypher`, e.g. "who-states-what". */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: z.string().min(1),
  description: z.string().min(1),
  params: z.array(QueryParam),
  /** The whole file, header included (comments are valid Cypher). */
  cypher: z.string().min(1),
});
export type QueryDefinition = z.infer<typeof QueryDefinition>;

/** GET /api/queries: the whole library, sorted by id. */
export const QueriesResponse = z.object({ queries: z.array(QueryDefinition) }).meta({ id: "QueriesResponse" });
export type QueriesResponse = z.infer<typeof QueriesResponse>;
