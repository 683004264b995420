// Test helpers: small in-memory documents for the pure ingest functions (no files, no Neo4j).
import { DocumentManifest } from "@domain/model/document";
import type { LoadedDocument } from "../../server/ingest/loadDocument";
import { type ValidDocument, validateDocument } from "../../server/ingest/validateDocument";

export const TEXT =
  "بنك أوف أمريكا يقدر إنفاق الصين. ديب سيك طورت R1. ديب سيك طورت V3. Tencent invests 36.6 billion yuan in China.";

/** A small valid manifest about this TEXT; pass a function to change it before parsing. */
export function manifest(edit: (m: Record<string, unknown>) => void = () => {}): DocumentManifest {
  const m: Record<string, unknown> = {
    source: { id: "doc-a", title: "Doc A", language: "ar", textFile: "source.txt" },
    entities: [
      { id: "org:bofa", type: "Organization", name: "Bank of America", nameAr: "بنك أوف أمريكا", aliases: ["BofA"] },
      { id: "org:deepseek", type: "Organization", name: "DeepSeek", nameAr: "ديب سيك" },
      { id: "model:r1", type: "AIModel", name: "DeepSeek-R1", aliases: ["R1"] },
      { id: "org:tencent", type: "Organization", name: "Tencent" },
      { id: "country:china", type: "Country", name: "China", nameAr: "الصين" },
    ],
    claims: [
      {
        id: "claim:tencent-36.6bn",
        kind: "figure",
        statement: "Tencent invests 36.6 billion yuan.",
        original: "Tencent invests 36.6 billion yuan in China.",
        quantity: { value: 36600000000, unit: "currency", currency: "CNY" },
        about: ["org:tencent"],
        evidence: [{ sourceId: "doc-a", quote: "Tencent invests 36.6 billion yuan" }],
      },
      {
        id: "claim:bofa-estimate",
        kind: "assertion",
        statement: "Bank of America estimates China's spending.",
        original: "بنك أوف أمريكا يقدر إنفاق الصين.",
        statedBy: ["org:bofa"],
        about: ["country:china"],
        evidence: [{ sourceId: "doc-a", quote: "يقدر إنفاق الصين", gloss: "estimates China's spending" }],
      },
    ],
    relations: [
      {
        from: "org:deepseek",
        to: "model:r1",
        type: "DEVELOPED",
        properties: { year: 2025 },
        evidence: [{ sourceId: "doc-a", quote: "ديب سيك طورت R1" }],
      },
      {
        from: "org:tencent",
        to: "country:china",
        type: "INVESTS_IN",
        evidence: [{ sourceId: "doc-a", quote: "invests 36.6 billion yuan in China" }],
      },
    ],
  };
  edit(m);
  return DocumentManifest.parse(m);
}

export function loaded(m: DocumentManifest = manifest(), text: string = TEXT): LoadedDocument {
  return {
    file: "fixture/document.json",
    manifestPath: "/fixture/document.json",
    textPath: "/fixture/source.txt",
    manifest: m,
    text,
  };
}

export function valid(m: DocumentManifest = manifest(), text: string = TEXT): ValidDocument {
  const result = validateDocument(loaded(m, text));
  if (!result.ok) throw new Error(`fixture is invalid: ${JSON.stringify(result.issues)}`);
  return result.document;
}

/** `list[i]`, failing the test when it is missing (instead of a non-null assertion). */
export function at<T>(list: readonly T[] | undefined, i: number): T {
  const item = list?.[i];
  if (item === undefined) throw new Error(`test fixture has no item ${i}`);
  return item;
}
