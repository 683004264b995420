import { describe, expect, it } from "vitest";
import type { HealthState } from "./types";
import { healthChecked, isHealthy } from "./utils";

const up: HealthState = { api: true, neo4j: true, checkedAt: null, failures: 0 };

describe("health", () => {
  it("should count consecutive failures and reset them on recovery", () => {
    const down = healthChecked({ api: false, neo4j: false }, 1)(up);
    const stillDown = healthChecked({ api: true, neo4j: false }, 2)(down);
    expect(stillDown.failures).toBe(2);
    expect(isHealthy(stillDown)).toBe(false);
    const back = healthChecked({ api: true, neo4j: true }, 3)(stillDown);
    expect(back).toEqual({ api: true, neo4j: true, checkedAt: 3, failures: 0 });
  });
});
