// Input limits at the edge of /api, against the real app and Neo4j: every refusal is a 4xx problem naming field and reason.
import request from "supertest";
import { afterAll, describe, expect, inject, it } from "vitest";
import { readEnv } from "../../server/config/env";
import { createApp } from "../../server/http/app";
import { createLogger } from "../../server/log/logger";
import { testDb } from "../helpers/db";

const db = testDb();
const app = createApp({
  db,
  connection: inject("neo4j"),
  env: readEnv({ KG_MAX_BODY_BYTES: "65536" }),
  logger: createLogger("silent"),
});

afterAll(async () => {
  await db.close();
});

const postJson = (path: string, body: string) =>
  request(app).post(path).set("Content-Type", "application/json").send(body);

function expectProblem(res: request.Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, code, title: expect.any(String), detail: expect.any(String) });
  expect(res.body.issues?.length).toBeGreaterThan(0);
  expect(res.body.requestId).toBe(res.headers["x-request-id"]);
}

describe("input limits on /api", () => {
  it("should answer malformed JSON with 400 naming the body and the parser's reason", async () => {
    const res = await postJson("/api/cypher", '{"query": "RETURN 1",');
    expectProblem(res, 400, "MALFORMED_JSON");
    expect(res.body.issues[0]).toMatchObject({ path: [], location: "body" });
    expect(res.body.detail).toMatch(/^body: /);
  });

  it("should answer a JSON scalar at the top level with 400", async () => {
    expectProblem(await postJson("/api/cypher", '"RETURN 1"'), 400, "MALFORMED_JSON");
  });

  it("should answer a body that is not JSON with 415 naming the content-type header", async () => {
    const res = await request(app).post("/api/cypher").set("Content-Type", "text/plain").send("MATCH (n) RETURN n");
    expectProblem(res, 415, "UNSUPPORTED_MEDIA_TYPE");
    expect(res.body.issues[0]).toMatchObject({ path: ["content-type"], location: "header" });
    const form = await request(app).post("/api/export").type("form").send({ format: "json" });
    expectProblem(form, 415, "UNSUPPORTED_MEDIA_TYPE");
  });

  it("should answer JSON in another charset with 415", async () => {
    const res = await request(app)
      .post("/api/cypher")
      .set("Content-Type", "application/json; charset=latin1")
      .send('{"query":"RETURN 1"}');
    expectProblem(res, 415, "UNSUPPORTED_MEDIA_TYPE");
  });

  it("should answer an oversize body with 413 naming the limit", async () => {
    const res = await postJson(
      "/api/cypher",
      JSON.stringify({ query: "RETURN 1", params: { blob: "x".repeat(70_000) } }),
    );
    expectProblem(res, 413, "PAYLOAD_TOO_LARGE");
    expect(res.body.detail).toMatch(/65536 bytes/);
  });

  it("should answer deep Cypher parameters with 400 naming the path and the depth limit", async () => {
    const params = { a: { b: { c: { d: { e: 1 } } } } };
    const res = await postJson("/api/cypher", JSON.stringify({ query: "RETURN $a AS a", params }));
    expectProblem(res, 400, "INPUT_LIMIT_EXCEEDED");
    expect(res.body.issues[0]).toMatchObject({ path: ["params", "a", "b", "c", "d"], location: "body" });
    expect(res.body.detail).toBe("body params.a.b.c.d: must be nested at most 4 levels deep");
  });

  it("should answer oversize parameter lists and strings with 400 naming the field", async () => {
    const list = await postJson(
      "/api/cypher",
      JSON.stringify({ query: "RETURN $ids", params: { ids: new Array(1001).fill(1) } }),
    );
    expectProblem(list, 400, "INPUT_LIMIT_EXCEEDED");
    expect(list.body.issues[0].path).toEqual(["params", "ids"]);
    const text = await postJson(
      "/api/cypher",
      JSON.stringify({ query: "RETURN $t", params: { t: "x".repeat(10_001) } }),
    );
    expect(text.body.issues[0]).toMatchObject({ path: ["params", "t"], message: "must be at most 10000 characters" });
  });

  it("should answer a query longer than the limit with 400", async () => {
    const res = await postJson("/api/cypher", JSON.stringify({ query: `RETURN 1 ${"/* pad */".repeat(2500)}` }));
    expectProblem(res, 400, "INPUT_LIMIT_EXCEEDED");
    expect(res.body.issues[0].path).toEqual(["query"]);
  });

  it("should refuse prototype-pollution keys anywhere in a JSON body", async () => {
    for (const body of [
      '{"query":"RETURN 1","params":{"__proto__":{"admin":true}}}',
      '{"format":"json","select":{"by":"ids","ids":["a"],"constructor":{"prototype":{}}}}',
      '[{"prototype":1}]',
    ]) {
      const res = await postJson("/api/export", body);
      expectProblem(res, 400, "FORBIDDEN_KEY");
    }
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it("should refuse prototype-pollution keys and oversize values in query strings", async () => {
    for (const qs of ["__proto__=1", "a[__proto__][x]=1", "constructor=1", "q.prototype=1"]) {
      expectProblem(await request(app).get(`/api/search?${qs}`), 400, "FORBIDDEN_KEY");
    }
    const long = await request(app).get(`/api/search?q=${"x".repeat(2001)}`);
    expectProblem(long, 400, "INPUT_LIMIT_EXCEEDED");
    expect(long.body.issues[0]).toMatchObject({ path: ["q"], location: "query" });
  });

  it("should generate export file names and refuse one offered by the caller", async () => {
    const select = { by: "ids", ids: ["org:bank-of-america"] };
    const offered = await request(app)
      .post("/api/export")
      .send({ format: "gexf", select, filename: "../../etc/passwd" });
    expect(offered.status).toBe(400);
    expect(offered.body.code).toBe("VALIDATION_FAILED");
    expect(JSON.stringify(offered.body.issues)).toContain("filename");
    for (const format of ["gexf", "json", "csv"]) {
      const res = await request(app).post("/api/export").send({ format, select });
      expect(res.status).toBe(200);
      expect(res.headers["content-disposition"]).toMatch(
        /^attachment; filename="kg-export-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.(gexf|json|zip)"$/,
      );
    }
  });

  it("should let a well-formed request through to its route", async () => {
    const res = await request(app).get("/api/health");
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("ok");
  });
});
