// How big the graph is, from /api/health's count store numbers: cheap, so the client can choose to stream up front.
import { z } from "zod";
import { apiUrl } from "../../api/http";
import { authHeaders } from "../../api/token";

const HealthCounts = z.object({ neo4j: z.object({ nodes: z.union([z.number(), z.string()]) }) });

/** Nodes in the database, or null when the server does not say (token-less health, outage, old server). */
export async function graphSizeHint(signal?: AbortSignal): Promise<number | null> {
  try {
    const response = await fetch(apiUrl("/health"), {
      headers: { Accept: "application/json", ...authHeaders() },
      cache: "no-store",
      ...(signal ? { signal } : {}),
    });
    if (!response.ok) return null;
    const parsed = HealthCounts.safeParse(await response.json());
    return parsed.success ? Number(parsed.data.neo4j.nodes) : null;
  } catch {
    return null;
  }
}
