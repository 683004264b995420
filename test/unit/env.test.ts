import { describe, expect, it } from "vitest";
import { isLoopback, readEnv } from "../../server/config/env";
import { ConfigError } from "../../server/errors";

describe("readEnv", () => {
  it("should name the variable when PORT is not a number", () => {
    expect(() => readEnv({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => readEnv({ PORT: "eighty" })).toThrow(ConfigError);
  });

  it("should name NEO4J_URI when its scheme is unknown", () => {
    expect(() => readEnv({ NEO4J_URI: "http://localhost:7474" })).toThrow(/NEO4J_URI/);
  });

  it("should name KG_CYPHER_MAX_BYTES when it is not a number of bytes or is out of range", () => {
    expect(() => readEnv({ KG_CYPHER_MAX_BYTES: "4MB" })).toThrow(/KG_CYPHER_MAX_BYTES/);
    expect(() => readEnv({ KG_CYPHER_MAX_BYTES: "10" })).toThrow(/KG_CYPHER_MAX_BYTES/);
    expect(() => readEnv({ KG_EXPORT_MAX_EDGES: "0" })).toThrow(/KG_EXPORT_MAX_EDGES/);
  });

  it("should refuse a non-loopback HOST without API_TOKEN", () => {
    expect(() => readEnv({ HOST: "0.0.0.0" })).toThrow(/API_TOKEN/);
  });

  it("should accept a non-loopback HOST with a long enough API_TOKEN", () => {
    expect(readEnv({ HOST: "0.0.0.0", API_TOKEN: "a-very-long-token-123" }).HOST).toBe("0.0.0.0");
  });

  it("should accept neo4j+s:// for Aura and default to loopback", () => {
    const env = readEnv({ NEO4J_URI: "neo4j+s://abcd.databases.neo4j.io", NEO4J_PASSWORD: "x" });
    expect(env.NEO4J_URI).toBe("neo4j+s://abcd.databases.neo4j.io");
    expect(env.HOST).toBe("127.0.0.1");
    expect(isLoopback(env.HOST)).toBe(true);
  });

  it("should name KG_AUTHOR when it is blank, and default it to the account running the explorer", () => {
    expect(() => readEnv({ KG_AUTHOR: "   " })).toThrow(/KG_AUTHOR: must not be empty/);
    expect(readEnv({ KG_AUTHOR: " Dana Researcher " }).KG_AUTHOR).toBe("Dana Researcher");
    expect(readEnv({}).KG_AUTHOR.length).toBeGreaterThan(0);
  });

  it("should bound a Cypher answer at 4 MiB of JSON unless told otherwise", () => {
    expect(readEnv({}).KG_CYPHER_MAX_BYTES).toBe(4 * 1024 * 1024);
    expect(readEnv({ KG_CYPHER_MAX_BYTES: "1048576" }).KG_CYPHER_MAX_BYTES).toBe(1048576);
  });
});
