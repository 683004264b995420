// Pure choice of how to get a Neo4j: an explicit URI, then a Docker engine, then a local server.
import type { Neo4jRoute } from "../neo4j/connection";

export type ProvisionPurpose = "start" | "test" | "bench" | "ingest" | "db";

export interface RouteInputs {
  neo4jUri: string | undefined;
  forcedRoute: "env" | "docker" | "local" | undefined;
  dockerAvailable: boolean;
  purpose: ProvisionPurpose;
}

export type RouteDecision = { route: Neo4jRoute; reason: string } | { route: "none"; reason: string };

export function chooseRoute(inputs: RouteInputs): RouteDecision {
  const dockerRoute: Neo4jRoute = inputs.purpose === "test" ? "testcontainers" : "docker-compose";
  if (inputs.forcedRoute === "env" || (inputs.forcedRoute === undefined && inputs.neo4jUri)) {
    return inputs.neo4jUri
      ? { route: "env", reason: "NEO4J_URI is set" }
      : { route: "none", reason: "KG_NEO4J_ROUTE=env needs NEO4J_URI" };
  }
  if (inputs.forcedRoute === "docker") {
    return inputs.dockerAvailable
      ? { route: dockerRoute, reason: "KG_NEO4J_ROUTE=docker" }
      : { route: "none", reason: "KG_NEO4J_ROUTE=docker but no Docker engine answers" };
  }
  if (inputs.forcedRoute === "local") return { route: "local", reason: "KG_NEO4J_ROUTE=local" };
  if (inputs.dockerAvailable) return { route: dockerRoute, reason: "a Docker engine is running" };
  return { route: "local", reason: "no NEO4J_URI and no Docker engine: running a local Neo4j 5.26 server" };
}
