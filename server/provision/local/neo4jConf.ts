// Pure rendering of the local server's neo4j.conf and JVM flags: loopback only, auth on, locked down, sized for the box.
import type { InstanceKind } from "./paths";

export interface MemoryProfile {
  heap: string;
  pageCache: string;
  /**
   * Heap one transaction may use (`db.memory.transaction.max`): a query that builds a larger value (a huge list,
   * a big collect) fails with a memory-limit error instead of growing until the heap runs out. It also bounds the
   * size of any one record the explorer's driver must decode.
   */
  transactionMax: string;
}

/** Sized for 2 cores and 24 GiB: room for the app, Chromium and a second instance beside each server. */
export const MEMORY_PROFILES: Record<InstanceKind, MemoryProfile> = {
  dev: { heap: "2g", pageCache: "2g", transactionMax: "512m" },
  test: { heap: "1g", pageCache: "512m", transactionMax: "256m" },
  "test-run": { heap: "1g", pageCache: "512m", transactionMax: "256m" },
  bench: { heap: "4g", pageCache: "4g", transactionMax: "1g" },
  scratch: { heap: "512m", pageCache: "128m", transactionMax: "256m" },
};

/** Procedures the explorer needs; everything else stays unloaded as a second line of defence. */
export const PROCEDURE_ALLOWLIST = [
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.schema.*",
  "db.index.fulltext.*",
  "db.awaitIndexes",
  "db.ping",
  "dbms.components",
];

export interface ConfInputs {
  boltPort: number;
  dataDir: string;
  logsDir: string;
  memory: MemoryProfile;
  transactionTimeout: string;
}

export function renderNeo4jConf(inputs: ConfInputs): string {
  const lines: Array<[string, string]> = [
    ["server.default_listen_address", "127.0.0.1"],
    ["server.bolt.enabled", "true"],
    ["server.bolt.listen_address", `127.0.0.1:${inputs.boltPort}`],
    ["server.bolt.advertised_address", `127.0.0.1:${inputs.boltPort}`],
    ["server.http.enabled", "false"],
    ["server.https.enabled", "false"],
    ["dbms.security.auth_enabled", "true"],
    ["dbms.security.allow_csv_import_from_file_urls", "false"],
    ["dbms.security.procedures.allowlist", PROCEDURE_ALLOWLIST.join(",")],
    ["db.transaction.timeout", inputs.transactionTimeout],
    ["server.memory.heap.initial_size", inputs.memory.heap],
    ["server.memory.heap.max_size", inputs.memory.heap],
    ["server.memory.pagecache.size", inputs.memory.pageCache],
    ["db.memory.transaction.max", inputs.memory.transactionMax],
    ["server.directories.data", inputs.dataDir],
    ["server.directories.logs", inputs.logsDir],
    ["dbms.usage_report.enabled", "false"],
  ];
  return [
    "# Written by kg-explorer (server/provision/local). Regenerated at every start: edit the code, not this file.",
    ...lines.map(([k, v]) => `${k}=${v}`),
    "",
  ].join("\n");
}

/** The launcher script normally turns the heap settings into JVM flags; we start the JVM ourselves, so we do it here. */
export function jvmArgs(memory: MemoryProfile): string[] {
  return [
    `-Xms${memory.heap}`,
    `-Xmx${memory.heap}`,
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Dlog4j2.disable.jmx=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  ];
}
