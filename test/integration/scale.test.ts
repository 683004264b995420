// Scale: the bench generator through the real ingest (smoke size), the NDJSON graph stream, and the layout job.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GraphStreamLine } from "@domain/contracts/graphStream";
import { LayoutStatus } from "@domain/contracts/layout";
import Graph from "graphology";
import request from "supertest";
import { afterAll, describe, expect, inject, it } from "vitest";
import { readEnv } from "../../server/config/env";
import { createApp } from "../../server/http/app";
import { createLayoutJobs } from "../../server/layout/layoutJob";
import { createLogger } from "../../server/log/logger";
import { cypher } from "../../server/neo4j/cypherFiles";
import { toPlain } from "../../server/neo4j/values";
import { generateDocuments } from "../bench/data/generate";
import { ingestFiles } from "../bench/data/ingestBench";
import { writeDocuments } from "../bench/data/writeDocuments";
import { testDb } from "../helpers/db";

const db = testDb();
const app = createApp({ db, connection: inject("neo4j"), env: readEnv({}), logger: createLogger("silent") });
const BENCH_MARKER = ":bench-";
let dir = "";

afterAll(async () => {
  await db.write(cypher("test/delete-bench-data"), { marker: BENCH_MARKER });
  await db.write(cypher("test/remove-positions"));
  await db.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function count(query: string, params: Record<string, unknown> = {}): Promise<number> {
  return toPlain((await db.read(query, params)).records[0]?.get(0)) as number;
}

function parseLines(text: string): GraphStreamLine[] {
  return text
    .trim()
    .split("\n")
    .map((line) => GraphStreamLine.parse(JSON.parse(line)));
}

describe("bench data through the ingest pipeline (smoke size)", () => {
  it("should ingest 200 generated nodes with about two sourced edges each, every quote at its offsets", async () => {
    dir = await mkdtemp(join(tmpdir(), "kg-bench-smoke-"));
    const files = await writeDocuments(dir, generateDocuments({ nodes: 200 }));
    const { figures } = await ingestFiles(db, files);
    expect(figures.nodes).toBe(200);
    expect(figures.edges).toBeGreaterThanOrEqual(380);
    const bad = await count(
      `MATCH (a)-[r]->(b) WHERE a.id CONTAINS $m OR b.id CONTAINS $m
       MATCH (s:Source {id: r.sourceIds[0]})
       WITH r, s WHERE substring(s.text, r.starts[0], r.ends[0] - r.starts[0]) <> r.quotes[0]
       RETURN count(r)`,
      { m: BENCH_MARKER },
    );
    expect(bad).toBe(0);
  });
});

describe("GET /api/graph/stream", () => {
  it("should answer 400 naming the parameter for a chunk out of range", async () => {
    const res = await request(app).get("/api/graph/stream?chunk=5");
    expect(res.status).toBe(400);
    expect(res.body.issues.map((i: { path: string[] }) => i.path)).toContainEqual(["chunk"]);
  });

  it("should stream the same graph as /api/graph, in chunks, that graph.import() rebuilds", async () => {
    const whole = await request(app).get("/api/graph?limit=20000");
    const res = await request(app)
      .get("/api/graph/stream?chunk=100")
      .buffer(true)
      .parse((r, done) => {
        let text = "";
        r.on("data", (c: Buffer) => {
          text += c.toString();
        });
        r.on("end", () => done(null, text));
      });
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/application\/x-ndjson/);
    const lines = parseLines(res.body as string);
    const first = lines[0];
    const last = lines.at(-1);
    if (first?.kind !== "start" || last?.kind !== "end") throw new Error("the stream must start and end");
    const graph = new Graph({ multi: true, type: "directed", allowSelfLoops: true });
    for (const line of lines) {
      if (line.kind === "nodes") {
        expect(line.nodes.length).toBeLessThanOrEqual(100);
        graph.import({ nodes: line.nodes });
      }
      if (line.kind === "edges") graph.import({ edges: line.edges });
    }
    expect(lines.filter((l) => l.kind === "nodes").length).toBeGreaterThan(1);
    expect(graph.order).toBe(whole.body.graph.nodes.length);
    expect(graph.size).toBe(whole.body.graph.edges.length);
    expect(first.expected).toEqual({ nodes: graph.order, edges: graph.size });
    expect(last).toMatchObject({ truncated: false, sent: { nodes: graph.order, edges: graph.size } });
  });

  it("should cap at limit, send only edges between sent nodes, and say it was cut", async () => {
    const res = await request(app).get("/api/graph/stream?limit=10&chunk=100");
    const lines = parseLines(res.text);
    const keys = new Set(lines.flatMap((l) => (l.kind === "nodes" ? l.nodes.map((n) => n.key) : [])));
    const edges = lines.flatMap((l) => (l.kind === "edges" ? l.edges : []));
    expect(keys.size).toBe(10);
    for (const e of edges) expect(keys.has(e.source) && keys.has(e.target)).toBe(true);
    expect(lines.at(-1)).toMatchObject({ kind: "end", truncated: true });
  });
});

describe("POST /api/layout", () => {
  it("should refuse unknown fields and iterations out of range", async () => {
    const res = await request(app).post("/api/layout").send({ iterations: 0, extra: 1 });
    expect(res.status).toBe(400);
  });

  it("should compute positions in a worker, report progress, store x and y, and serve them in /api/graph", async () => {
    const started = await request(app).post("/api/layout").send({ iterations: 20 });
    expect(started.status).toBe(202);
    expect(started.body.started).toBe(true);
    const again = await request(app).post("/api/layout").send({});
    expect(again.body.started).toBe(false);
    let status = LayoutStatus.parse((await request(app).get("/api/layout")).body);
    const seen = new Set<string>([status.phase]);
    for (let i = 0; i < 600 && status.running; i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = LayoutStatus.parse((await request(app).get("/api/layout")).body);
      seen.add(status.phase);
    }
    expect(status).toMatchObject({ phase: "done", progress: 1, iterations: { done: 20, total: 20 } });
    expect(status.written).toBe(status.nodes);
    const unplaced = await count("MATCH (n) WHERE (n:Entity OR n:Claim OR n:Source) AND n.x IS NULL RETURN count(n)");
    expect(unplaced).toBe(0);
    const graph = await request(app).get("/api/graph?limit=20000");
    for (const n of graph.body.graph.nodes) {
      expect(Number.isFinite(n.attributes.x) && Number.isFinite(n.attributes.y)).toBe(true);
    }
    const details = await request(app).get(`/api/nodes/${encodeURIComponent(graph.body.graph.nodes[0].key)}`);
    expect(details.body.properties.x).toBeUndefined();
  });
});

describe("the scale layout (core + neighbours), with its threshold lowered", () => {
  const positions = async () =>
    (
      await db.read("MATCH (n) WHERE n:Entity OR n:Claim OR n:Source RETURN n.id AS id, n.x AS x, n.y AS y ORDER BY id")
    ).records.map((r) => [r.get("id"), r.get("x"), r.get("y")]);
  const layout = async () => {
    await db.write(cypher("test/remove-positions"));
    const jobs = createLayoutJobs(db, () => {}, { scaleAbove: 50, coreNodes: 40 });
    jobs.start({ iterations: 500 });
    return jobs.settled();
  };

  it("should give every node finite x and y with ForceAtlas2 on the core only, the same on every run", async () => {
    const status = await layout();
    expect(status).toMatchObject({ phase: "done", method: "core-and-neighbours", iterations: { total: 100 } });
    expect(status.nodes).toBeGreaterThan(50);
    expect(status.written).toBe(status.nodes);
    const bad = await count(
      `MATCH (n) WHERE (n:Entity OR n:Claim OR n:Source)
         AND (n.x IS NULL OR n.y IS NULL OR isNaN(n.x) OR isNaN(n.y) OR abs(n.x) > 1e12 OR abs(n.y) > 1e12)
       RETURN count(n)`,
    );
    expect(bad).toBe(0);
    const first = await positions();
    expect((await layout()).phase).toBe("done");
    expect(await positions()).toEqual(first);
  });
});
