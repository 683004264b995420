// Validates a request's params, query and body with zod; the parsed values are what handlers use from then on.
import type { Request } from "express";
import type { z } from "zod";
import { KgError } from "../errors";

export type Location = "params" | "query" | "body";

export interface Issue {
  path: (string | number)[];
  location: Location;
  message: string;
}

export class RequestValidationError extends KgError {
  readonly issues: Issue[];
  constructor(issues: Issue[]) {
    const first = issues[0];
    const where = first ? `${first.location}${first.path.length ? ` ${first.path.join(".")}` : ""}` : "request";
    super("VALIDATION_FAILED", `${where}: ${first?.message ?? "is invalid"}`);
    this.issues = issues;
  }
}

export interface RequestSchemas {
  params?: z.ZodType | undefined;
  query?: z.ZodType | undefined;
  body?: z.ZodType | undefined;
}

export interface Parsed {
  params: unknown;
  query: unknown;
  body: unknown;
}

/** Parses every part that has a schema, collecting every issue of every part before refusing. */
export function parseRequest(req: Request, schemas: RequestSchemas): Parsed {
  const issues: Issue[] = [];
  const out: Parsed = { params: req.params, query: req.query, body: req.body };
  for (const location of ["params", "query", "body"] as const) {
    const schema = schemas[location];
    if (!schema) continue;
    const input = location === "body" ? (req.body ?? {}) : req[location];
    const result = schema.safeParse(input);
    if (result.success) out[location] = result.data;
    else
      for (const i of result.error.issues) {
        issues.push({ location, path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)), message: i.message });
      }
  }
  if (issues.length > 0) throw new RequestValidationError(issues);
  return out;
}
