import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { findManifests } from "../../server/ingest/findManifests";
import { loadDocument } from "../../server/ingest/loadDocument";

const fixture = (name: string) => resolve(import.meta.dirname, "../fixtures", name);

describe("loadDocument", () => {
  it("should name the file and the reason for a manifest that is not JSON", async () => {
    const result = await loadDocument(fixture("ingest/bad-json/document.json"));
    expect(result).toMatchObject({ ok: false, issues: [{ path: "$" }] });
    if (result.ok) return;
    expect(result.issues[0]?.file).toMatch(/test\/fixtures\/ingest\/bad-json\/document\.json$/);
    expect(result.issues[0]?.reason).toMatch(/^is not valid JSON/);
  });

  it("should list every schema error with its JSON path", async () => {
    const result = await loadDocument(fixture("ingest/schema-errors/document.json"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path).sort()).toEqual(
      ["$.entities[0].type", "$.relations[0].evidence", "$.source.id"].sort(),
    );
  });

  it("should refuse a missing text file and a text file outside the manifest's folder", async () => {
    for (const name of ["missing-text", "escaping-text"]) {
      const result = await loadDocument(fixture(`ingest/${name}/document.json`));
      expect(result).toMatchObject({ ok: false, issues: [{ path: "$.source.textFile" }] });
    }
  });

  it("should refuse a manifest that does not exist", async () => {
    expect(await loadDocument(fixture("ingest/nothing-here/document.json"))).toMatchObject({
      ok: false,
      issues: [{ path: "$", reason: "file not found" }],
    });
  });

  it("should load the manifest and its Arabic text unchanged", async () => {
    const result = await loadDocument(fixture("documents/broken-quote/document.json"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.manifest.source.id).toBe("broken-quote");
    expect(result.document.text).toContain("طور مختبر الاختبار نموذج نجمة");
  });
});

describe("findManifests", () => {
  it("should report a path that does not exist", async () => {
    const found = await findManifests([fixture("no-such-folder")]);
    expect(found.files).toEqual([]);
    expect(found.issues[0]?.reason).toBe("no such file or folder");
  });

  it("should find every document.json under a folder, sorted, once", async () => {
    const dir = fixture("documents");
    const found = await findManifests([dir, `${dir}/followup-en/document.json`]);
    expect(found.issues).toEqual([]);
    expect(found.files).toEqual([
      `${dir}/broken-quote/document.json`,
      `${dir}/corroboration-derived-en/document.json`,
      `${dir}/corroboration-wire-en/document.json`,
      `${dir}/followup-en/document.json`,
    ]);
  });
});
