// Pure health updates: record a check, count consecutive failures.
import type { HealthStatus } from "../../api/health";
import type { HealthState } from "./types";

export const healthChecked = (status: HealthStatus, now: number) => (state: HealthState) => ({
  ...status,
  checkedAt: now,
  failures: status.api && status.neo4j ? 0 : state.failures + 1,
});

export function isHealthy(state: HealthStatus): boolean {
  return state.api && state.neo4j;
}
