// Fetchers of the Cypher workspace: run a query, read the query library, and download a server-side export.

import { CypherResponse, type ExportRequest } from "@domain/contracts/api";
import { Problem } from "@domain/contracts/problem";
import { QueriesResponse } from "@domain/queries/queryDefinition";
import { ApiError } from "./errors";
import { apiUrl, getJson, postJson } from "./http";
import { authHeaders } from "./token";

export const runCypher = (body: { query: string; params: Record<string, unknown> }, signal?: AbortSignal) =>
  postJson("/cypher", CypherResponse, body, signal ? { signal } : {});

export const fetchQueries = (signal?: AbortSignal) => getJson("/queries", QueriesResponse, signal ? { signal } : {});

/** POST /api/export, read as a blob while telling how many bytes have arrived. */
export async function downloadExport(
  body: ExportRequest,
  onBytes: (received: number) => void,
  signal?: AbortSignal,
): Promise<{ blob: Blob; fileName: string }> {
  const response = await fetch(apiUrl("/export"), {
    method: "POST",
    headers: { "Content-Type": "application/json", ...authHeaders() },
    body: JSON.stringify(body),
    ...(signal ? { signal } : {}),
  });
  if (!response.ok) {
    const problem = Problem.safeParse(await response.json().catch(() => null));
    if (problem.success) {
      throw new ApiError(problem.data.code, problem.data.detail ?? problem.data.title, response.status, {
        problem: problem.data,
      });
    }
    // No problem body (a proxy or a crashed server answered): unreachable when it says so, unexpected otherwise.
    const code = response.status >= 502 && response.status <= 504 ? "API_UNREACHABLE" : "INVALID_RESPONSE";
    throw new ApiError(code, `The server answered ${response.status}.`, response.status);
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1] ?? "kg-export";
  const type = response.headers.get("Content-Type") ?? "application/octet-stream";
  const reader = response.body?.getReader();
  if (!reader) return { blob: await response.blob(), fileName: name };
  const parts: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    received += value.length;
    onBytes(received);
  }
  return { blob: new Blob(parts as BlobPart[], { type }), fileName: name };
}
