import { describe, expect, it } from "vitest";
import { chooseRoute } from "../../server/provision/chooseRoute";

const base = { neo4jUri: undefined, forcedRoute: undefined, dockerAvailable: false, purpose: "start" } as const;

describe("chooseRoute", () => {
  it("should refuse KG_NEO4J_ROUTE=env without NEO4J_URI", () => {
    expect(chooseRoute({ ...base, forcedRoute: "env" }).route).toBe("none");
  });

  it("should refuse KG_NEO4J_ROUTE=docker when no engine answers", () => {
    expect(chooseRoute({ ...base, forcedRoute: "docker" }).route).toBe("none");
  });

  it("should take NEO4J_URI first, even with Docker running", () => {
    expect(chooseRoute({ ...base, neo4jUri: "neo4j+s://x.databases.neo4j.io", dockerAvailable: true }).route).toBe(
      "env",
    );
  });

  it("should take docker compose for start when an engine runs", () => {
    expect(chooseRoute({ ...base, dockerAvailable: true }).route).toBe("docker-compose");
  });

  it("should take testcontainers for tests when an engine runs", () => {
    expect(chooseRoute({ ...base, dockerAvailable: true, purpose: "test" }).route).toBe("testcontainers");
  });

  it("should fall back to the local server without URI or Docker", () => {
    expect(chooseRoute({ ...base, purpose: "test" }).route).toBe("local");
  });

  it("should honour KG_NEO4J_ROUTE=local even with Docker running", () => {
    expect(chooseRoute({ ...base, dockerAvailable: true, forcedRoute: "local" }).route).toBe("local");
  });
});
