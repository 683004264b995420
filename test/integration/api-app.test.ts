// The app as a whole: the OpenAPI document, JSON 404s under /api, the SPA fallback, request ids and 503 when Neo4j is down.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  CypherResponse,
  GraphResponse,
  NeighborsResponse,
  NodeDetails,
  PathsResponse,
  SearchResponse,
  SourceDetails,
  SourcesResponse,
} from "@domain/contracts/api";
import { ClaimGroupsResponse, IndependenceAnswer, SourceMarksResponse } from "@domain/contracts/corroboration";
import request from "supertest";
import { afterAll, describe, expect, inject, it } from "vitest";
import type { z } from "zod";
import { readEnv } from "../../server/config/env";
import { createApp } from "../../server/http/app";
import { createLogger } from "../../server/log/logger";
import type { Neo4jConnection } from "../../server/neo4j/connection";
import { createDb } from "../../server/neo4j/driver";
import { testDb } from "../helpers/db";

const db = testDb();
const dist = mkdtempSync(join(tmpdir(), "kg-api-dist-"));
writeFileSync(join(dist, "index.html"), "<!doctype html><title>kg-explorer</title><div id=root></div>");
const env = readEnv({});
const app = createApp({ db, connection: inject("neo4j"), env, logger: createLogger("silent") }, { clientDist: dist });

// A Neo4j that is not there: a closed port on loopback answers at once with connection refused.
const nowhere: Neo4jConnection = { ...inject("neo4j"), uri: "bolt://127.0.0.1:1" };
const downDb = createDb(nowhere, { acquisitionTimeoutMs: env.KG_NEO4J_ACQUISITION_TIMEOUT_MS });
const down = createApp({ db: downDb, connection: nowhere, env, logger: createLogger("silent") });

afterAll(async () => {
  rmSync(dist, { recursive: true, force: true });
  await Promise.all([db.close(), downDb.close()]);
});

const ENDPOINTS = [
  ["get", "/api/graph"],
  ["get", "/api/search"],
  ["get", "/api/nodes/{id}"],
  ["get", "/api/nodes/{id}/neighbors"],
  ["get", "/api/paths"],
  ["get", "/api/sources"],
  ["get", "/api/sources/{id}"],
  ["get", "/api/queries"],
  ["post", "/api/cypher"],
  ["post", "/api/export"],
  ["get", "/api/claim-groups"],
  ["get", "/api/claim-groups/{id}"],
  ["post", "/api/claim-groups/merge"],
  ["post", "/api/claim-groups/split"],
  ["post", "/api/claim-groups/reset"],
  ["get", "/api/independence"],
  ["get", "/api/source-marks"],
  ["post", "/api/source-marks"],
  ["delete", "/api/source-marks"],
  ["get", "/api/health"],
  ["get", "/api/openapi.json"],
] as const;

describe("GET /api/openapi.json", () => {
  it("should answer 404 JSON for unknown API paths, never the client's page", async () => {
    const res = await request(app).get("/api/nope");
    expect(res.status).toBe(404);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe("NOT_FOUND");
    expect((await request(app).post("/api/graph").send({})).status).toBe(404);
  });

  it("should describe every endpoint, with its parameters and problem answers, from the zod schemas", async () => {
    const res = await request(app).get("/api/openapi.json");
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe("3.1.0");
    for (const [method, path] of ENDPOINTS) {
      expect(res.body.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    }
    const search = res.body.paths["/api/search"].get;
    expect(search.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(["q", "limit"]));
    expect(search.responses["400"].content["application/problem+json"]).toBeDefined();
    expect(res.body.paths["/api/nodes/{id}"].get.responses["404"]).toBeDefined();
    expect(res.body.paths["/api/cypher"].post.requestBody.content["application/json"].schema).toBeDefined();
    expect(res.body.paths["/api/cypher"].post.responses["403"]).toBeDefined();
    expect(res.body.components.schemas.Problem).toBeDefined();
  });
});

describe("the wire contract", () => {
  it("should answer every endpoint with a body its shared zod schema accepts, as the client parses it", async () => {
    const cases: [string, z.ZodType, request.Test][] = [
      ["graph", GraphResponse, request(app).get("/api/graph")],
      ["search", SearchResponse, request(app).get("/api/search").query({ q: "تنسنت" })],
      ["entity", NodeDetails, request(app).get("/api/nodes/org:deepseek")],
      ["claim", NodeDetails, request(app).get("/api/nodes/claim:china-ai-capex-2025-cny")],
      ["source node", NodeDetails, request(app).get("/api/nodes/bofa-china-ai-capex")],
      ["neighbors", NeighborsResponse, request(app).get("/api/nodes/country:china/neighbors?limit=3")],
      ["paths", PathsResponse, request(app).get("/api/paths?from=org:deepseek&to=org:alibaba")],
      ["sources", SourcesResponse, request(app).get("/api/sources")],
      ["source", SourceDetails, request(app).get("/api/sources/bofa-china-ai-capex")],
      [
        "cypher",
        CypherResponse,
        request(app).post("/api/cypher").send({ query: "MATCH p = ()-[:DEVELOPED]->() RETURN p" }),
      ],
      ["claim groups", ClaimGroupsResponse, request(app).get("/api/claim-groups")],
      ["independence", IndependenceAnswer, request(app).get("/api/independence?sourceIds=bofa-china-ai-capex")],
      ["source marks", SourceMarksResponse, request(app).get("/api/source-marks")],
    ];
    for (const [name, schema, pending] of cases) {
      const res = await pending;
      expect(res.status, name).toBe(200);
      const parsed = schema.safeParse(res.body);
      expect(parsed.success, `${name}: ${parsed.error?.message}`).toBe(true);
    }
  });
});

describe("the client and request ids", () => {
  it("should serve index.html for deep links outside /api", async () => {
    const res = await request(app).get("/explore/org:deepseek");
    expect(res.status).toBe(200);
    expect(res.text).toContain("kg-explorer");
  });

  it("should give every answer a request id, keeping a sane one the caller sent", async () => {
    const own = await request(app).get("/api/sources").set("X-Request-Id", "trace-123");
    expect(own.headers["x-request-id"]).toBe("trace-123");
    const fresh = await request(app).get("/api/nodes/org:nowhere").set("X-Request-Id", "bad id with spaces");
    expect(fresh.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(fresh.body.requestId).toBe(fresh.headers["x-request-id"]);
  });
});

describe("when Neo4j is unreachable", () => {
  it("should answer 503 problem+json with Retry-After, no stack trace, for every data endpoint", async () => {
    for (const res of await Promise.all([
      request(down).get("/api/graph"),
      request(down).get("/api/search?q=tencent"),
      request(down).get("/api/nodes/org:deepseek"),
      request(down).post("/api/cypher").send({ query: "RETURN 1" }),
      request(down)
        .post("/api/export")
        .send({ format: "json", select: { by: "ids", ids: ["org:deepseek"] } }),
    ])) {
      expect(res.status).toBe(503);
      expect(res.headers["retry-after"]).toBeDefined();
      expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(res.body.code).toBe("NEO4J_UNAVAILABLE");
      expect(JSON.stringify(res.body)).not.toMatch(/\bat .+\.(ts|js):\d+/);
    }
  });
});
