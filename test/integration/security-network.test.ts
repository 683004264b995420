// Network exposure: strict CSP and headers, no CORS unless allowlisted, bearer token on /api, rate limits.
import type { Express } from "express";
import request from "supertest";
import { afterAll, describe, expect, inject, it } from "vitest";
import { readEnv } from "../../server/config/env";
import { createApp } from "../../server/http/app";
import { createLogger } from "../../server/log/logger";
import { testDb } from "../helpers/db";

const db = testDb();
const TOKEN = "test-token-0123456789abcdef";

function appWith(vars: Record<string, string>): Express {
  return createApp({ db, connection: inject("neo4j"), env: readEnv(vars), logger: createLogger("silent") });
}

afterAll(async () => {
  await db.close();
});

describe("security headers", () => {
  it("should send a strict Content-Security-Policy the explorer can run under", async () => {
    const res = await request(appWith({})).get("/api/health");
    const csp = Object.fromEntries(
      String(res.headers["content-security-policy"])
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values.join(" ")]),
    );
    expect(csp).toMatchObject({
      "default-src": "'self'",
      "script-src": "'self'",
      "worker-src": "'self' blob:",
      "img-src": "'self' data: blob:",
      "connect-src": "'self'",
      "object-src": "'none'",
      "frame-ancestors": "'none'",
    });
    expect(csp["script-src"]).not.toMatch(/unsafe/);
    expect(res.headers["x-frame-options"]).toBe("DENY");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["x-powered-by"]).toBeUndefined();
  });
});

describe("CORS", () => {
  it("should send no CORS headers by default, even to a preflight", async () => {
    const app = appWith({});
    const res = await request(app).get("/api/health").set("Origin", "https://evil.example");
    expect(res.headers["access-control-allow-origin"]).toBeUndefined();
    const preflight = await request(app)
      .options("/api/cypher")
      .set("Origin", "https://evil.example")
      .set("Access-Control-Request-Method", "POST");
    expect(preflight.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("should allow only the origins listed in KG_CORS_ORIGIN", async () => {
    const app = appWith({ KG_CORS_ORIGIN: "https://notebook.example, http://127.0.0.1:5173" });
    const allowed = await request(app).get("/api/health").set("Origin", "https://notebook.example");
    expect(allowed.headers["access-control-allow-origin"]).toBe("https://notebook.example");
    const other = await request(app).get("/api/health").set("Origin", "https://evil.example");
    expect(other.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("should refuse a malformed KG_CORS_ORIGIN at boot", () => {
    expect(() => readEnv({ KG_CORS_ORIGIN: "*" })).toThrow(/KG_CORS_ORIGIN/);
  });
});

describe("bearer token (API_TOKEN)", () => {
  const app = appWith({ API_TOKEN: TOKEN });

  it("should answer a missing or wrong token with 401 problem+json and WWW-Authenticate", async () => {
    for (const auth of [undefined, "Bearer wrong-token-0123456789", `Basic ${TOKEN}`, `Bearer ${TOKEN}x`]) {
      const req = request(app).get("/api/search?q=china");
      const res = await (auth ? req.set("Authorization", auth) : req);
      expect(res.status).toBe(401);
      expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(res.headers["www-authenticate"]).toMatch(/^Bearer/);
      expect(res.body).toMatchObject({ status: 401, code: "UNAUTHORIZED" });
      expect(res.body.issues[0]).toMatchObject({ path: ["authorization"], location: "header" });
    }
    const post = await request(app).post("/api/cypher").send({ query: "RETURN 1" });
    expect(post.status).toBe(401);
  });

  it("should let the right token through", async () => {
    const res = await request(app).get("/api/health").set("Authorization", `Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.body.neo4j).toMatchObject({ reachable: true, version: expect.stringMatching(/^5\./) });
  });

  it("should answer /api/health without the token with reachability only", async () => {
    const res = await request(app).get("/api/health");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "ok", neo4j: { reachable: true } });
  });

  it("should not protect the static client, which must load to ask for the token", async () => {
    const res = await request(app).get("/");
    expect(res.status).not.toBe(401);
  });

  it("should require no token when API_TOKEN is not set", async () => {
    const res = await request(appWith({})).get("/api/health");
    expect(res.body.neo4j).toHaveProperty("version");
  });
});

describe("rate limits", () => {
  it("should answer 429 problem+json with Retry-After past the Cypher limit, and leave other endpoints alone", async () => {
    const app = appWith({ KG_RATE_LIMIT_CYPHER: "2", KG_RATE_LIMIT_WINDOW_MS: "60000" });
    const send = () => request(app).post("/api/cypher").send({ query: "RETURN 1 AS one" });
    expect((await send()).status).not.toBe(429);
    expect((await send()).status).not.toBe(429);
    const limited = await send();
    expect(limited.status).toBe(429);
    expect(limited.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    expect(limited.body).toMatchObject({ status: 429, code: "RATE_LIMITED" });
    expect((await request(app).get("/api/health")).status).toBe(200);
  });

  it("should limit /api/export on its own budget", async () => {
    const app = appWith({ KG_RATE_LIMIT_EXPORT: "1" });
    const body = { format: "json", select: { by: "ids", ids: ["org:none"] } };
    expect((await request(app).post("/api/export").send(body)).status).not.toBe(429);
    expect((await request(app).post("/api/export").send(body)).status).toBe(429);
    expect((await request(app).post("/api/cypher").send({ query: "RETURN 1" })).status).not.toBe(429);
  });
});

describe("Host and Origin (DNS rebinding, cross-site writes)", () => {
  const app = appWith({});

  it("should refuse a request whose Host is another name, before any route reads the graph", async () => {
    for (const host of ["evil.example", "127.0.0.1.evil.example:7400", "localhost.evil.example", "0.0.0.0:7400"]) {
      const res = await request(app).get("/api/search?q=Zhao").set("Host", host);
      expect(res.status, host).toBe(403);
      expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ code: "HOST_NOT_ALLOWED", issues: [{ location: "header", path: ["host"] }] });
      expect(JSON.stringify(res.body)).not.toContain("Zhao");
    }
    expect((await request(app).get("/").set("Host", "evil.example")).status).toBe(403);
  });

  it("should refuse a write from another site's page, and let the explorer's own page and scripts write", async () => {
    const body = { query: "RETURN 1 AS one" };
    for (const origin of ["http://evil.example", "null", "http://127.0.0.1:1"]) {
      const res = await request(app).post("/api/cypher").set("Origin", origin).send(body);
      expect(res.status, origin).toBe(403);
      expect(res.body.code).toBe("ORIGIN_NOT_ALLOWED");
    }
    const crossSite = await request(app).post("/api/cypher").set("Sec-Fetch-Site", "cross-site").send(body);
    expect(crossSite.body.code).toBe("ORIGIN_NOT_ALLOWED");
    const own = request(app).post("/api/cypher").set("Host", "127.0.0.1:7400").set("Origin", "http://127.0.0.1:7400");
    expect((await own.send(body)).status).toBe(200);
    expect((await request(app).post("/api/cypher").send(body)).status).toBe(200);
  });

  it("should serve any Host off loopback behind the token, and only listed names when KG_ALLOWED_HOSTS is set", async () => {
    const open = appWith({ HOST: "0.0.0.0", API_TOKEN: TOKEN });
    const listed = appWith({ HOST: "0.0.0.0", API_TOKEN: TOKEN, KG_ALLOWED_HOSTS: "explorer.example" });
    const auth = { Authorization: `Bearer ${TOKEN}` };
    expect((await request(open).get("/api/health").set(auth).set("Host", "explorer.example")).status).toBe(200);
    expect((await request(listed).get("/api/health").set(auth).set("Host", "explorer.example:7400")).status).toBe(200);
    expect((await request(listed).get("/api/health").set(auth).set("Host", "other.example")).status).toBe(403);
  });
});
