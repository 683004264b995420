import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { type SvgInput, writeSvg } from "./svg";

const input = (): SvgInput => ({
  width: 400,
  height: 300,
  title: "kg-explorer view",
  citations: '{"sources":[{"id":"doc-a"}],"note":"<&>"}',
  nodes: [
    { key: "a", x: 50, y: 60, size: 10, color: "#2563eb", label: "Bank <of> America", rtl: false },
    { key: "b", x: 250, y: 160, size: 8, color: "#db2777", label: "ماتي تشاو", rtl: true },
    { key: "tiny", x: 10, y: 10, size: 2, color: "#aaa", label: "hidden label", rtl: false },
  ],
  edges: [
    {
      key: "b|WORKS_FOR|a",
      source: "b",
      target: "a",
      color: "#b8bec8",
      size: 1.5,
      label: "works for",
      evidence: [{ sourceId: "doc-a", quote: 'ماتي "تشاو" & co', start: 3, end: 19, gloss: "Matty Zhao" }],
    },
    { key: "dangling", source: "a", target: "zzz", color: "#000", size: 1, label: "x", evidence: [] },
  ],
  sources: [{ id: "doc-a", title: "تقرير", publisher: "Al-Arabiya", url: "https://example.org/a" }],
});

describe("SVG export", () => {
  it("should skip edges whose ends are not drawn and not label nodes too small to read", () => {
    const svg = writeSvg(input());
    expect(svg).not.toContain("dangling");
    expect(svg).not.toMatch(/<text[^>]*>hidden label/);
  });

  it("should write well-formed SVG with each edge's quotes in its title and the bibliography below", () => {
    const svg = writeSvg(input());
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    const root = doc.documentElement;
    expect(root?.getAttribute("height")).toBe(String(300 + 16 + 16 * 2));
    const edge = doc.getElementsByTagName("g").item(1);
    expect(edge?.getAttribute("data-key")).toBe("b|WORKS_FOR|a");
    const title = edge?.getElementsByTagName("title").item(0)?.textContent ?? "";
    expect(title).toBe('works for\n«ماتي "تشاو" & co» (doc-a, 3–19) — Matty Zhao');
    expect(doc.getElementsByTagName("polygon").length).toBe(1);
    expect(doc.getElementsByTagName("circle").length).toBe(3);
    const texts = [
      ...Array.from(
        { length: doc.getElementsByTagName("text").length },
        (_, i) => doc.getElementsByTagName("text").item(i)?.textContent,
      ),
    ];
    expect(texts).toContain("Bank <of> America");
    expect(texts).toContain("[doc-a] تقرير. Al-Arabiya. https://example.org/a");
    expect(doc.getElementsByTagName("metadata").item(0)?.textContent).toBe(input().citations);
  });

  it("should draw Arabic labels right-to-left", () => {
    expect(writeSvg(input())).toContain('direction="rtl" unicode-bidi="embed" text-anchor="end">ماتي تشاو</text>');
  });
});
