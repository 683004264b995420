// The Cypher workers' settings from the environment: bounds refused by name, and the documented defaults.
import { describe, expect, it } from "vitest";
import { readEnv } from "../../server/config/env";
import { cypherWorkerSettings } from "../../server/cypherWorker/cypherWorkers";

describe("cypherWorkerSettings", () => {
  it("should name each worker variable that is not a number or is out of range", () => {
    expect(() => readEnv({ KG_CYPHER_WORKERS: "0" })).toThrow(/KG_CYPHER_WORKERS/);
    expect(() => readEnv({ KG_CYPHER_WORKERS: "two" })).toThrow(/KG_CYPHER_WORKERS/);
    expect(() => readEnv({ KG_CYPHER_QUEUE: "-1" })).toThrow(/KG_CYPHER_QUEUE/);
    expect(() => readEnv({ KG_CYPHER_WORKER_HEAP_MB: "16" })).toThrow(/KG_CYPHER_WORKER_HEAP_MB/);
    expect(() => readEnv({ KG_CYPHER_WORKER_HEAP_MB: "512MB" })).toThrow(/KG_CYPHER_WORKER_HEAP_MB/);
    expect(() => readEnv({ KG_CYPHER_WORKER_GRACE_MS: "1.5" })).toThrow(/KG_CYPHER_WORKER_GRACE_MS/);
  });

  it("should default to two workers, eight waiting queries, a 512 MB heap and a 5 s grace", () => {
    expect(cypherWorkerSettings(readEnv({}))).toEqual({ workers: 2, queue: 8, heapMb: 512, graceMs: 5000 });
  });

  it("should take each setting from its variable", () => {
    const env = readEnv({
      KG_CYPHER_WORKERS: "1",
      KG_CYPHER_QUEUE: "0",
      KG_CYPHER_WORKER_HEAP_MB: "128",
      KG_CYPHER_WORKER_GRACE_MS: "0",
    });
    expect(cypherWorkerSettings(env)).toEqual({ workers: 1, queue: 0, heapMb: 128, graceMs: 0 });
  });
});
