import { describe, expect, it } from "vitest";
import { jvmArgs, MEMORY_PROFILES, renderNeo4jConf } from "../../server/provision/local/neo4jConf";

const conf = renderNeo4jConf({
  boltPort: 7699,
  dataDir: "/c/data",
  logsDir: "/c/logs",
  memory: MEMORY_PROFILES.dev,
  transactionTimeout: "60s",
});
const settings = new Map(
  conf
    .split("\n")
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => l.split("=", 2) as [string, string]),
);

describe("renderNeo4jConf", () => {
  it("should listen on loopback only, with HTTP off", () => {
    expect(settings.get("server.default_listen_address")).toBe("127.0.0.1");
    expect(settings.get("server.bolt.listen_address")).toBe("127.0.0.1:7699");
    expect(settings.get("server.http.enabled")).toBe("false");
    expect(settings.get("server.https.enabled")).toBe("false");
  });

  it("should keep auth on, CSV file URLs off and a transaction timeout", () => {
    expect(settings.get("dbms.security.auth_enabled")).toBe("true");
    expect(settings.get("dbms.security.allow_csv_import_from_file_urls")).toBe("false");
    expect(settings.get("db.transaction.timeout")).toBe("60s");
  });

  it("should allow only introspection procedures", () => {
    const allowed = settings.get("dbms.security.procedures.allowlist")?.split(",") ?? [];
    expect(allowed).toContain("db.labels");
    expect(allowed.some((p) => p.startsWith("apoc") || p.startsWith("dbms.security"))).toBe(false);
  });

  it("should size heap and page cache for the machine and pass the heap to the JVM", () => {
    expect(settings.get("server.memory.heap.max_size")).toBe("2g");
    expect(settings.get("server.memory.pagecache.size")).toBe("2g");
    expect(jvmArgs(MEMORY_PROFILES.dev)).toContain("-Xmx2g");
  });

  it("should cap the heap one transaction may use below the heap of every instance", () => {
    expect(settings.get("db.memory.transaction.max")).toBe("512m");
    const bytes = (size: string) => Number.parseInt(size, 10) * (size.endsWith("g") ? 1024 : 1);
    for (const p of Object.values(MEMORY_PROFILES)) expect(bytes(p.transactionMax)).toBeLessThan(bytes(p.heap));
  });
});
