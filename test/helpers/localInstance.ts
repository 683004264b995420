// Test helper: the local Neo4j instance this test run provisioned, for the tests that stop, freeze or restart it.
import { inject } from "vitest";
import type { Instance } from "../../server/provision/local/paths";

/**
 * The run's own local instance (a home under instances/test-runs/, or "test" under KG_KEEP_NEO4J=1), as the global
 * setup provisioned it. Throws when the tests run on another route (NEO4J_URI, Docker), which has no server to stop.
 */
export function localTestInstance(): Instance {
  const instance = inject("neo4jInstance");
  if (instance === null) throw new Error("the test Neo4j is not on the local route: there is no local server to stop");
  return instance;
}
