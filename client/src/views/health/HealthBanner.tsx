// The outage banner: shown while /api/health fails or reports Neo4j unreachable; gone when service returns.
import { healthAtom } from "../../core/health";
import { isHealthy } from "../../core/health/utils";
import { useAtomValue } from "../../core/utils/useAtom";

export function HealthBanner() {
  const health = useAtomValue(healthAtom);
  if (isHealthy(health)) return null;
  const text = !health.api
    ? "The explorer's server is not answering."
    : "The graph database (Neo4j) is not reachable, so new data cannot be loaded.";
  return (
    <div className="health-banner" role="alert" data-testid="health-banner">
      <strong>Service interrupted.</strong> {text} What is on screen stays available; retrying every few seconds…
    </div>
  );
}
