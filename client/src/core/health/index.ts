// The health store: polls /api/health, faster while something is down, and tells the app when service returns.
import { checkHealth } from "../../api/health";
import { onUnreachable } from "../../api/http";
import { atom } from "../utils/atoms";
import type { HealthState } from "./types";
import { healthChecked, isHealthy } from "./utils";

export const healthAtom = atom<HealthState>({ api: true, neo4j: true, checkedAt: null, failures: 0 });

export const HEALTHY_INTERVAL_MS = 10_000;
export const DOWN_INTERVAL_MS = 2_000;

/** Starts polling; `onRecovered` runs when the service comes back after being down. Returns a stop function. */
export function pollHealth(onRecovered: () => void): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    clearTimeout(timer);
    const wasHealthy = isHealthy(healthAtom.get());
    const status = await checkHealth();
    running = false;
    if (stopped) return;
    healthAtom.set(healthChecked(status, Date.now()));
    const healthy = isHealthy(healthAtom.get());
    if (healthy && !wasHealthy) onRecovered();
    timer = setTimeout(tick, healthy ? HEALTHY_INTERVAL_MS : DOWN_INTERVAL_MS);
  };
  // A request that finds the server gone triggers a check now rather than at the next interval.
  const unsubscribe = onUnreachable(() => void tick());
  void tick();
  return () => {
    stopped = true;
    unsubscribe();
    clearTimeout(timer);
  };
}
