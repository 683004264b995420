// Health state: what the last check of /api/health found.
import type { HealthStatus } from "../../api/health";

export interface HealthState extends HealthStatus {
  checkedAt: number | null;
  /** Consecutive failed checks. */
  failures: number;
}
