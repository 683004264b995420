// Declares a route once: Express handler with zod validation, and its OpenAPI entry from the same schemas.
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { Problem } from "@domain/contracts/problem";
import type { Request, Response, Router } from "express";
import type { z } from "zod";
import { openApiPath } from "./openapi";
import { parseRequest } from "./validation";

export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  /** Defaults to application/json; several when the answer's type depends on the request. */
  contentType?: string | string[];
}

export interface RouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  method: "get" | "post" | "put" | "delete";
  /** Express path relative to /api, e.g. "/nodes/:id". */
  path: string;
  summary: string;
  description?: string;
  tags?: string[];
  params?: P;
  query?: Q;
  body?: B;
  /** Success answers; the problem answers (400, 404, 500, 503) are added to every route. */
  responses: Record<number, ResponseSpec>;
  /** Extra request headers, documented in the OpenAPI entry (the handler reads them itself). */
  headers?: z.ZodObject;
  /** Other problem answers this route gives (e.g. 409, 413, 422), each with its description. */
  problems?: Record<number, string>;
  /** Answers `404` when the route can name something that does not exist. */
  notFound?: boolean;
  /** Returns the JSON body, or undefined when it wrote the response itself (streams). */
  handler: (
    input: { params: z.infer<P>; query: z.infer<Q>; body: z.infer<B> },
    req: Request,
    res: Response,
  ) => Promise<unknown>;
}

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: Problem } },
});

export function defineRoute<
  P extends z.ZodType = z.ZodUnknown,
  Q extends z.ZodType = z.ZodUnknown,
  B extends z.ZodType = z.ZodUnknown,
>(router: Router, registry: OpenAPIRegistry, spec: RouteSpec<P, Q, B>): void {
  const responses: Record<string, unknown> = {};
  for (const [status, r] of Object.entries(spec.responses)) {
    responses[status] = {
      description: r.description,
      ...(r.schema
        ? {
            content: Object.fromEntries(
              [r.contentType ?? "application/json"].flat().map((type) => [type, { schema: r.schema }]),
            ),
          }
        : {}),
    };
  }
  // The problem answers every route can give, unless the route declares its own answer for that status.
  responses["400"] ??= problem("Invalid input: `issues` names each offending field (location and path).");
  for (const [status, description] of Object.entries(spec.problems ?? {})) responses[status] ??= problem(description);
  if (spec.notFound) responses["404"] ??= problem("Not found.");
  responses["500"] ??= problem("Unexpected error (no details are disclosed; see the log by request id).");
  responses["503"] ??= problem("Neo4j is unreachable; retry after the Retry-After header's seconds.");
  registry.registerPath({
    method: spec.method,
    path: `/api${openApiPath(spec.path)}`,
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    tags: spec.tags ?? [],
    request: {
      ...(spec.params ? { params: spec.params as unknown as z.ZodObject } : {}),
      ...(spec.query ? { query: spec.query as unknown as z.ZodObject } : {}),
      ...(spec.headers ? { headers: spec.headers } : {}),
      ...(spec.body ? { body: { content: { "application/json": { schema: spec.body } }, required: true } } : {}),
    },
    responses: responses as never,
  });
  router[spec.method](spec.path, async (req, res) => {
    const parsed = parseRequest(req, { params: spec.params, query: spec.query, body: spec.body });
    const result = await spec.handler(parsed as { params: z.infer<P>; query: z.infer<Q>; body: z.infer<B> }, req, res);
    if (result !== undefined && !res.headersSent) res.json(result);
  });
}
