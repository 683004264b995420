// Health probe for the banner: is the explorer's server answering, and can it reach Neo4j.
import { HealthResponse } from "@domain/contracts/health";
import { apiUrl } from "./http";
import { authHeaders } from "./token";

export interface HealthStatus {
  api: boolean;
  neo4j: boolean;
}

export async function checkHealth(signal?: AbortSignal): Promise<HealthStatus> {
  try {
    const response = await fetch(apiUrl("/health"), {
      headers: { Accept: "application/json", ...authHeaders() },
      cache: "no-store",
      ...(signal ? { signal } : {}),
    });
    const parsed = HealthResponse.safeParse(await response.json());
    if (!parsed.success) return { api: false, neo4j: false };
    return { api: true, neo4j: parsed.data.neo4j.reachable };
  } catch {
    return { api: false, neo4j: false };
  }
}
