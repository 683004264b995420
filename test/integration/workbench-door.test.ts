// The workbench's write door: a cross-site page cannot write, off loopback the token is needed, uploads are read by
// real parsers and refused with a reason; and the start-up migration recomputes stale search keys once.
import { rmSync } from "node:fs";
import { Draft, WorkbenchInfo } from "@domain/contracts/workbench";
import { NORMALIZER_VERSION } from "@domain/text/normalize";
import neo4j from "neo4j-driver";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { runMigrations } from "../../server/bootstrap/migrations";
import { graphChecksum } from "../helpers/checksum";
import { deleteNamespace, testDb, testNamespace } from "../helpers/db";
import { pdfWithText, workbenchApp } from "../helpers/workbench";

const db = testDb();
const ns = testNamespace();
const { app, dir } = workbenchApp(db, { KG_WORKBENCH_MAX_UPLOAD_BYTES: "4096" });
const TOKEN = "test-token-0123456789abcdef";
const guarded = workbenchApp(db, { HOST: "0.0.0.0", API_TOKEN: TOKEN });

afterAll(async () => {
  await deleteNamespace(db, ns);
  rmSync(dir, { recursive: true, force: true });
  rmSync(guarded.dir, { recursive: true, force: true });
  await db.close();
});

const paste = { title: "Door", content: { kind: "paste", text: "DeepSeek developed R1." } };
const file = (name: string, bytes: Buffer) => ({
  title: name,
  content: { kind: "file", name, base64: bytes.toString("base64") },
});

describe("the write door", () => {
  it("should refuse writes from another site's page, whatever the spelling, and writes under a rebound host", async () => {
    const before = await graphChecksum(db);
    for (const origin of ["https://evil.example", "null", "http://127.0.0.1.evil.example", "http://localhost:1"]) {
      const res = await request(app)
        .post("/api/workbench/documents")
        .set("Host", "127.0.0.1:7400")
        .set("Origin", origin)
        .send(paste);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe("ORIGIN_NOT_ALLOWED");
    }
    const form = await request(app)
      .post("/api/workbench/retract")
      .set("Sec-Fetch-Site", "cross-site")
      .send({ what: "source", sourceId: "x" });
    expect(form.body.code).toBe("ORIGIN_NOT_ALLOWED");
    const rebound = await request(app).post("/api/workbench/documents").set("Host", "evil.example").send(paste);
    expect(rebound.body.code).toBe("HOST_NOT_ALLOWED");
    expect(await graphChecksum(db)).toEqual(before);
    const own = await request(app)
      .post("/api/workbench/documents")
      .set("Host", "127.0.0.1:7400")
      .set("Origin", "http://127.0.0.1:7400")
      .send(paste);
    expect(own.status).toBe(201);
  });

  it("should need the API token off loopback", async () => {
    const res = await request(guarded.app).post("/api/workbench/documents").send(paste);
    expect(res.status).toBe(401);
    const ok = await request(guarded.app)
      .post("/api/workbench/documents")
      .set("Authorization", `Bearer ${TOKEN}`)
      .send(paste);
    expect(ok.status).toBe(201);
  });

  it("should keep /api/cypher read-only beside it", async () => {
    const res = await request(app).post("/api/cypher").send({ query: "CREATE (n:Workbench) RETURN n" });
    expect(res.status).toBe(403);
  });
});

describe("uploads", () => {
  it("should tell the browser the author, the limits and the file types it reads, and need the token off loopback", async () => {
    expect((await request(guarded.app).get("/api/workbench/settings")).status).toBe(401);
    const res = await request(app).get("/api/workbench/settings");
    expect(res.status).toBe(200);
    const info = WorkbenchInfo.parse(res.body);
    expect(info).toMatchObject({ author: "Test Researcher", maxUploadBytes: 4096 });
    expect(info.uploadTypes).toEqual(
      expect.arrayContaining([
        { extension: "pdf", mediaType: "application/pdf" },
        { extension: "md", mediaType: "text/markdown" },
        { extension: "htm", mediaType: "text/html" },
      ]),
    );
    expect(JSON.stringify(res.body)).not.toContain(dir);
  });

  it("should refuse an unknown type, bad UTF-8, an image-only PDF, a broken PDF and a file over the limit, naming the field", async () => {
    const cases: Array<[unknown, number, string]> = [
      [file("a.docx", Buffer.from("x")), 422, "DOCUMENT_UNREADABLE"],
      [file("a.txt", Buffer.from([0xff, 0xfe, 0x00])), 422, "DOCUMENT_UNREADABLE"],
      [file("scan.pdf", pdfWithText(undefined)), 422, "DOCUMENT_UNREADABLE"],
      [file("broken.pdf", Buffer.from("%PDF-1.4 nothing")), 422, "DOCUMENT_UNREADABLE"],
      [file("big.txt", Buffer.alloc(5000, 0x61)), 413, "DOCUMENT_TOO_LARGE"],
    ];
    for (const [body, status, code] of cases) {
      const res = await request(app)
        .post("/api/workbench/documents")
        .send(body as object);
      expect([res.status, res.body.code]).toEqual([status, code]);
      expect(res.body.issues[0].location).toBe("body");
    }
  });

  it("should read a PDF's text layer and an HTML page's text, keeping the original beside the draft", async () => {
    const pdf = Draft.parse(
      (
        await request(app)
          .post("/api/workbench/documents")
          .send(file("note.pdf", pdfWithText("Alibaba invests in China")))
      ).body,
    );
    expect(pdf).toMatchObject({
      text: "Alibaba invests in China",
      extractedAs: "pdf",
      original: { mediaType: "application/pdf", pages: 1 },
    });
    const html =
      "<html><head><title>T</title><style>p{}</style></head><body><p>علي &amp; بابا</p><script>alert(1)</script><p>two</p></body></html>";
    const page = Draft.parse(
      (
        await request(app)
          .post("/api/workbench/documents")
          .send(file("page.html", Buffer.from(html)))
      ).body,
    );
    expect(page.text).toBe("T\nعلي & بابا\ntwo");
  });
});

describe("the normaliser migration", () => {
  it("should recompute stale search keys when the stored version is older, and write nothing on a second run", async () => {
    await db.write(
      "CREATE (:Entity {id: $id, type: 'Organization', name: 'Ali\u200fbaba Labs', aliases: [], searchKeys: ['stale'], searchText: 'stale', sourceIds: []})",
      { id: `${ns}:labs` },
    );
    await db.write("MERGE (m:KgMeta {id: 'kg-explorer-graph-meta'}) SET m.normalizerVersion = 1");
    const first = await runMigrations(db);
    expect(first.searchKeysRecomputed).toBeGreaterThanOrEqual(1);
    const [row] = (await db.read("MATCH (n:Entity {id: $id}) RETURN n.searchKeys AS keys", { id: `${ns}:labs` }))
      .records;
    expect(row?.get("keys")).toEqual(["alibabalabs"]);
    const version = (await db.read("MATCH (m:KgMeta) RETURN m.normalizerVersion AS v")).records[0]?.get("v");
    expect(neo4j.integer.toNumber(version)).toBe(NORMALIZER_VERSION);
    const before = await graphChecksum(db);
    expect(await runMigrations(db)).toMatchObject({ searchKeysRecomputed: 0, authorshipFilled: 0, degreesSet: 0 });
    expect(await graphChecksum(db)).toEqual(before);
  });
});
