// The one fetch wrapper: GET JSON from /api, map failures to ApiError, and parse the body with a shared zod schema.

import { Problem } from "@domain/contracts/problem";
import type { z } from "zod";
import { ApiError } from "./errors";
import { authHeaders } from "./token";
import { apiUrl, type Query } from "./url";

/** Told whenever the server does not answer or answers 503, so the health banner can show at once. */
const unreachableListeners = new Set<() => void>();

export function onUnreachable(listener: () => void): () => void {
  unreachableListeners.add(listener);
  return () => unreachableListeners.delete(listener);
}

export { apiUrl, type Query } from "./url";

/** An id as one URL path segment. */
export const segment = (id: string) => encodeURIComponent(id);

export async function getJson<S extends z.ZodType>(
  path: string,
  schema: S,
  options: { query?: Query; signal?: AbortSignal } = {},
): Promise<z.infer<S>> {
  return requestJson(path, schema, options);
}

/** POSTs a JSON body to /api and parses the JSON answer like getJson. */
export async function postJson<S extends z.ZodType>(
  path: string,
  schema: S,
  body: unknown,
  options: { signal?: AbortSignal } = {},
): Promise<z.infer<S>> {
  return requestJson(path, schema, { ...options, body });
}

/** Options of a write (the workbench's PUT, DELETE and POST with headers such as Idempotency-Key). */
export interface SendOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/**
 * Sends a JSON body (or none) with any method to /api and parses the JSON answer like getJson; a 204 answer is
 * `undefined` (pass a schema that accepts it). A signal that fires by timeout (AbortSignal.timeout) is TIMED_OUT,
 * not ABORTED, so a caller can tell "no answer in time" from "replaced".
 */
export async function sendJson<S extends z.ZodType>(
  method: "POST" | "PUT" | "DELETE",
  path: string,
  schema: S,
  body?: unknown,
  options: SendOptions = {},
): Promise<z.infer<S>> {
  return requestJson(path, schema, { ...options, method, ...(body !== undefined ? { body } : {}) });
}

function abortedError(signal: AbortSignal | undefined, cause: unknown): ApiError | null {
  if (!signal?.aborted) return null;
  const reason: unknown = signal.reason;
  if (reason instanceof DOMException && reason.name === "TimeoutError") {
    return new ApiError("TIMED_OUT", "The server did not answer in time.", null, { cause });
  }
  return new ApiError("ABORTED", "The request was replaced by a newer one.", null, { cause });
}

async function requestJson<S extends z.ZodType>(
  path: string,
  schema: S,
  options: {
    query?: Query;
    signal?: AbortSignal;
    body?: unknown;
    method?: "GET" | "POST" | "PUT" | "DELETE";
    headers?: Record<string, string>;
  },
): Promise<z.infer<S>> {
  let response: Response;
  const withBody = options.body !== undefined;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method: options.method ?? (withBody ? "POST" : "GET"),
      headers: {
        Accept: "application/json",
        ...(withBody ? { "Content-Type": "application/json" } : {}),
        ...options.headers,
        ...authHeaders(),
      },
      ...(withBody ? { body: JSON.stringify(options.body) } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (cause) {
    const aborted = abortedError(options.signal, cause);
    if (aborted) throw aborted;
    for (const listener of unreachableListeners) listener();
    throw new ApiError("API_UNREACHABLE", "The explorer's server is not answering.", null, { cause });
  }
  if (response.status === 204) return schema.parse(undefined);
  let body: unknown;
  try {
    body = await response.json();
  } catch (cause) {
    const aborted = abortedError(options.signal, cause);
    if (aborted) throw aborted;
    throw new ApiError(
      response.ok ? "INVALID_RESPONSE" : "API_UNREACHABLE",
      `The server answered ${response.status} without JSON.`,
      response.status,
      { cause },
    );
  }
  if (!response.ok) {
    if (response.status === 503) for (const listener of unreachableListeners) listener();
    const problem = Problem.safeParse(body);
    if (problem.success) {
      throw new ApiError(problem.data.code, problem.data.detail ?? problem.data.title, response.status, {
        problem: problem.data,
      });
    }
    // No problem body (a proxy or a crashed server answered): unreachable when it says so, unexpected otherwise.
    const code = response.status >= 502 && response.status <= 504 ? "API_UNREACHABLE" : "INVALID_RESPONSE";
    throw new ApiError(code, `The server answered ${response.status}.`, response.status);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError("INVALID_RESPONSE", `Unexpected answer from ${path}: ${parsed.error.issues[0]?.message ?? ""}`);
  }
  return parsed.data;
}
