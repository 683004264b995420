// The independence rule, without Neo4j: quotes of one document, citing documents, publishers, marks, and the count.
import { describe, expect, it } from "vitest";
import { buildIndependence, EXACT_LIMIT, originsOf, urlKey } from "../../server/corroboration/independence";
import type { SourceFacts, SourceMarkFacts } from "../../server/corroboration/types";
import { buildCorroborationView, NO_CORROBORATION } from "../../server/corroboration/view";
import { documentFacts } from "../helpers/corroborationFacts";

const REPORT = { title: "Bank of America report on China's AI capital expenditure", publisher: "Bank of America" };

const source = (id: string, extra: Partial<SourceFacts> = {}): SourceFacts => ({
  id,
  title: id.toUpperCase(),
  cites: [],
  ...extra,
});

const mark = (a: string, b: string, verdict: SourceMarkFacts["verdict"], at = "2026-11-30T10:00:00.000Z") => ({
  a,
  b,
  verdict,
  by: "tester",
  at,
});

describe("urlKey", () => {
  it("should refuse what the URL parser cannot read", () => {
    expect(urlKey("not a url")).toBeUndefined();
    expect(urlKey("")).toBeUndefined();
  });

  it("should read a URL as its parser does: host without www, path without trailing slash, query kept", () => {
    expect(urlKey("https://WWW.scmp.com/business/")).toBe("url:scmp.com/business");
    expect(urlKey("http://scmp.com/business")).toBe("url:scmp.com/business");
    expect(urlKey("https://example.org/a?id=1#top")).toBe("url:example.org/a?id=1");
  });
});

describe("the independence rule", () => {
  it("should count unknown sources as their own and an empty list as none", () => {
    const independence = buildIndependence([], []);
    expect(independence.count([])).toBe(0);
    expect(independence.count(["x", "y"])).toBe(2);
    expect(independence.explain(["x"]).origins).toEqual({ x: ["is not a source in the graph"] });
  });

  it("should count two quotes from one document once", () => {
    const independence = buildIndependence([source("a")], []);
    expect(independence.count(["a", "a"])).toBe(1);
    expect(independence.count(["a", "a", "a"])).toBe(1);
    expect(independence.dependence("a", "a")).toEqual({ dependent: true, reason: "the same document" });
  });

  it("should count two unrelated documents twice", () => {
    const independence = buildIndependence(
      [source("a", { publisher: "Meridian Wire" }), source("b", { publisher: "Pacific Ledger", cites: [REPORT] })],
      [],
    );
    expect(independence.count(["a", "b"])).toBe(2);
    expect(independence.dependence("a", "b")).toMatchObject({ dependent: false });
  });

  it("should count a document that cites another (recognised by the entity it is) as derived from it", () => {
    const report = source("bofa-report", { entityId: "report:bofa", publisher: "Bank of America" });
    const article = source("article", { cites: [{ title: "The BofA report", entityId: "report:bofa" }] });
    const independence = buildIndependence([report, article], []);
    expect(independence.count(["bofa-report", "article"])).toBe(1);
    expect(independence.dependence("article", "bofa-report").reason).toBe("«ARTICLE» cites «BOFA-REPORT»");
  });

  it("should recognise a cited source by its URL too", () => {
    const cited = source("scmp-piece", { url: "https://www.scmp.com/business/piece" });
    const citing = source("article", { cites: [{ title: "SCMP", url: "https://scmp.com/business/piece/" }] });
    expect(buildIndependence([cited, citing], []).count(["scmp-piece", "article"])).toBe(1);
  });

  it("should count two documents that cite the same report as both derived from it", () => {
    const a = source("a", { cites: [{ ...REPORT, entityId: "report:bofa" }] });
    const b = source("b", { cites: [{ ...REPORT, entityId: "report:bofa" }] });
    const independence = buildIndependence([a, b], []);
    expect(independence.count(["a", "b"])).toBe(1);
    expect(independence.dependence("a", "b").reason).toContain("cites «Bank of America report");
  });

  it("should make a document derived from what the works it cites derive from", () => {
    const report = source("report", { entityId: "report:x" });
    const article = source("article", { url: "https://news.example/a", cites: [{ title: "X", entityId: "report:x" }] });
    const blog = source("blog", { cites: [{ title: "The article", url: "https://news.example/a" }] });
    const other = source("other", { cites: [{ title: "Report X", entityId: "report:x" }] });
    const independence = buildIndependence([report, article, blog, other], []);
    expect(independence.dependence("blog", "other")).toMatchObject({ dependent: true });
    expect(independence.dependence("blog", "report").reason).toBe("«BLOG» cites «ARTICLE», which cites «REPORT»");
  });

  it("should end on a cycle of citations", () => {
    const a = source("a", { entityId: "doc:a", cites: [{ title: "B", entityId: "doc:b" }] });
    const b = source("b", { entityId: "doc:b", cites: [{ title: "A", entityId: "doc:a" }] });
    const origins = originsOf([a, b]);
    expect(origins.get("a")?.map((o) => o.key)).toEqual(expect.arrayContaining(["source:b", "entity:doc:b"]));
    expect(buildIndependence([a, b], []).count(["a", "b"])).toBe(1);
  });

  it("should count two documents of one publisher once, however the name is spelled", () => {
    const a = source("a", { publisher: "South China Morning Post" });
    const b = source("b", { publisher: "south china  morning-post" });
    const independence = buildIndependence([a, b], []);
    expect(independence.count(["a", "b"])).toBe(1);
    expect(independence.dependence("a", "b").reason).toBe(
      "«A» is published by South China Morning Post, and «B» is published by south china  morning-post",
    );
  });

  it("should let a researcher's mark win over the rule, either way, the latest mark of a pair counting", () => {
    const sources = [source("a", { publisher: "P" }), source("b", { publisher: "P" }), source("c")];
    const independent = buildIndependence(sources, [mark("b", "a", "independent")]);
    expect(independent.count(["a", "b"])).toBe(2);
    expect(independent.dependence("a", "b")).toMatchObject({
      dependent: false,
      reason: "marked independent by tester on 2026-11-30T10:00:00.000Z",
    });
    const dependent = buildIndependence(sources, [mark("a", "c", "dependent")]);
    expect(dependent.count(["a", "c"])).toBe(1);
    const later = buildIndependence(sources, [
      mark("a", "c", "dependent", "2026-11-30T10:00:00.000Z"),
      mark("c", "a", "independent", "2026-11-30T11:00:00.000Z"),
    ]);
    expect(later.count(["a", "c"])).toBe(2);
    expect(later.marks).toHaveLength(1);
  });

  it("should count the largest set of mutually independent sources, not the clusters", () => {
    // a, b and c all cite one report; a and b are marked independent: a and b count, c depends on both.
    const cite = { cites: [{ ...REPORT, entityId: "report:bofa" }] };
    const sources = [source("a", cite), source("b", cite), source("c", cite), source("d")];
    const independence = buildIndependence(sources, [mark("a", "b", "independent")]);
    expect(independence.count(["a", "b", "c"])).toBe(2);
    expect(independence.independentSet(["c", "a", "b", "d"])).toEqual(["a", "b", "d"]);
    expect(independence.count(["a", "c"])).toBe(1);
  });

  it("should not count sources sharing an origin pairwise as one when they share nothing all together", () => {
    // a and b share a publisher, b and c cite one work, a and c share nothing: a and c are independent.
    const sources = [
      source("a", { publisher: "P" }),
      source("b", { publisher: "P", cites: [{ title: "W" }] }),
      source("c", { cites: [{ title: "W" }] }),
    ];
    const independence = buildIndependence(sources, []);
    expect(independence.count(["a", "b", "c"])).toBe(2);
    expect(independence.count(["a", "c"])).toBe(2);
    expect(independence.count(["a", "b"])).toBe(1);
  });

  it("should still answer past the exact limit, with a set of mutually independent sources", () => {
    const n = EXACT_LIMIT + 6;
    const sources = Array.from({ length: n }, (_, i) => source(`s${i}`, { publisher: "P" }));
    // One publisher makes every pair dependent, but the even-numbered sources are marked independent of each other.
    const even = sources.filter((_, i) => i % 2 === 0).map((s) => s.id);
    const marks = even.flatMap((a, i) => even.slice(i + 1).map((b) => mark(a, b, "independent")));
    const independence = buildIndependence(sources, marks);
    const chosen = independence.independentSet(sources.map((s) => s.id));
    expect(chosen).toEqual(even);
    for (const a of chosen)
      for (const b of chosen) if (a !== b) expect(independence.dependence(a, b).dependent).toBe(false);
  });

  it("should explain a set: the count, one largest set, every pair with its reason, each source's origins", () => {
    const independence = buildIndependence([source("a", { publisher: "P" }), source("b", { publisher: "P" })], []);
    const answer = independence.explain(["a", "b", "a"]);
    expect(answer).toMatchObject({ sourceIds: ["a", "b"], independentSupport: 1, independentSourceIds: ["a"] });
    expect(answer.pairs).toEqual([
      { a: "a", b: "b", dependent: true, reason: "«A» is published by P, and «B» is published by P" },
    ]);
    expect(answer.origins.a).toEqual(["is this document", "is published by P"]);
  });

  it("should count every distinct source once when no dependence is known", () => {
    expect(NO_CORROBORATION.independentSupport(["a", "b", "a"])).toBe(2);
    expect(NO_CORROBORATION.claimGroup("claim:x")).toBeUndefined();
  });
});

describe("independence of the seed and the fixture documents", () => {
  it("should count the seed and the wire independent, and the newsletter that cites the same report derived", async () => {
    const docs = await Promise.all(
      [
        "seed/documents/bofa-china-ai-capex/document.json",
        "test/fixtures/documents/corroboration-wire-en/document.json",
        "test/fixtures/documents/corroboration-derived-en/document.json",
      ].map((f) => documentFacts(f)),
    );
    const view = buildCorroborationView({ sources: docs.map((d) => d.source), marks: [], claims: [] });
    const [seed, wire, derived] = docs.map((d) => d.source.id) as [string, string, string];
    expect(view.independentSupport([seed, wire])).toBe(2);
    expect(view.independentSupport([seed, derived])).toBe(1);
    expect(view.independentSupport([seed, wire, derived])).toBe(2);
    expect(view.independence.dependence(seed, derived).reason).toContain(
      "cites «Bank of America report on China's AI capital expenditure»",
    );
  });
});
