// The text of an added document: pasted text as sent; .txt and .md as written (UTF-8); .html through parse5 (the
// WHATWG parser), scripts and styles dropped; .pdf from its text layer through unpdf (PDF.js). Refusals name the reason.
import { createHash } from "node:crypto";
import type { DocumentContent, ExtractedAs, UploadMediaType } from "@domain/contracts/workbench";
import { type DefaultTreeAdapterMap, parse } from "parse5";
import { ProblemError } from "../errors";
import type { WorkbenchSettings } from "./settings";

export interface Extracted {
  /** The text evidence offsets will refer to. */
  text: string;
  extractedAs: ExtractedAs;
  /** The uploaded file, for files. */
  original?: { bytes: Buffer; uploadedName: string; mediaType: UploadMediaType; sha256: string; pages?: number };
}

type Limits = Pick<WorkbenchSettings, "maxUploadBytes" | "maxTextChars" | "maxPdfPages">;

const unreadable = (field: string, reason: string) =>
  new ProblemError("DOCUMENT_UNREADABLE", 422, "The document cannot be read", `${field}: ${reason}`, {
    issues: [{ path: field.split("."), location: "body", message: reason }],
  });
const tooLarge = (field: string, reason: string) =>
  new ProblemError("DOCUMENT_TOO_LARGE", 413, "The document is too large", `${field}: ${reason}`, {
    issues: [{ path: field.split("."), location: "body", message: reason }],
  });

/** File name extensions the workbench reads, and the media type each is read as. */
export const EXTENSIONS: Readonly<Record<string, UploadMediaType>> = {
  txt: "text/plain",
  text: "text/plain",
  md: "text/markdown",
  markdown: "text/markdown",
  html: "text/html",
  htm: "text/html",
  pdf: "application/pdf",
};
const KIND: Readonly<Record<UploadMediaType, ExtractedAs>> = {
  "text/plain": "txt",
  "text/markdown": "md",
  "text/html": "html",
  "application/pdf": "pdf",
};

/** Pure: how a file is read, from its declared media type or else its extension; undefined when neither says. */
export function mediaTypeOf(name: string, declared: UploadMediaType | undefined): UploadMediaType | undefined {
  if (declared) return declared;
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  return ext === undefined ? undefined : EXTENSIONS[ext];
}

function utf8(bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw unreadable("content.base64", "is not valid UTF-8 text (save the file as UTF-8)");
  }
}

const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "br",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "td",
  "th",
  "tr",
  "ul",
  "title",
]);
const SKIPPED = new Set(["script", "style", "noscript", "template", "svg", "math", "iframe", "object", "head"]);

type Node = DefaultTreeAdapterMap["node"];

/**
 * Pure: the readable text of an HTML document as parse5 (the WHATWG parsing algorithm) builds it: the title, then
 * the body's text nodes, whitespace collapsed as a browser renders it, one line per block element; script, style,
 * template and other non-text elements dropped. Entities are decoded by the parser.
 */
export function htmlToText(html: string): string {
  const document = parse(html);
  const lines: string[] = [];
  let line = "";
  const flush = () => {
    const t = line.replace(/[ \t\n\r\f]+/g, " ").trim();
    if (t !== "") lines.push(t);
    line = "";
  };
  const walk = (node: Node, inHead: boolean) => {
    if ("tagName" in node) {
      const tag = node.tagName;
      if (tag === "title" && inHead) {
        for (const c of node.childNodes) walk(c, false);
        flush();
        return;
      }
      if (SKIPPED.has(tag)) {
        if (tag === "head") for (const c of node.childNodes) if ("tagName" in c && c.tagName === "title") walk(c, true);
        return;
      }
      const block = BLOCKS.has(tag);
      if (block) flush();
      const children = tag === "template" ? [] : node.childNodes;
      for (const c of children) walk(c, inHead);
      if (block) flush();
      return;
    }
    if (node.nodeName === "#text" && "value" in node) line += node.value;
    else if ("childNodes" in node) for (const c of node.childNodes) walk(c, inHead);
  };
  walk(document, false);
  flush();
  return lines.join("\n");
}

/** The text layer of a PDF, pages separated by a blank line; refuses encrypted, image-only and unparseable files. */
export async function pdfToText(
  bytes: Buffer,
  limits: Pick<Limits, "maxPdfPages">,
): Promise<{ text: string; pages: number }> {
  const { getDocumentProxy } = await import("unpdf");
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes));
  } catch (error) {
    const name = (error as { name?: unknown }).name;
    if (name === "PasswordException") throw unreadable("content.base64", "the PDF is encrypted (it needs a password)");
    throw unreadable(
      "content.base64",
      `is not a readable PDF (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  try {
    if (pdf.numPages > limits.maxPdfPages) {
      throw tooLarge("content.base64", `the PDF has ${pdf.numPages} pages; at most ${limits.maxPdfPages} are read`);
    }
    const pages: string[] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      let text = "";
      for (const item of content.items) {
        if (!("str" in item)) continue;
        text += item.str;
        if (item.hasEOL) text += "\n";
      }
      pages.push(text.replace(/[ \t]+\n/g, "\n").trim());
    }
    const text = pages.join("\n\n").trim();
    if (text === "") {
      throw unreadable("content.base64", "the PDF has no text layer (scanned images?); run OCR on it first");
    }
    return { text, pages: pdf.numPages };
  } finally {
    await pdf.cleanup();
  }
}

/**
 * The document's text and, for a file, its original bytes. Sizes: the upload at most `maxUploadBytes` bytes
 * (413 DOCUMENT_TOO_LARGE), the text at most `maxTextChars` UTF-16 code units (413); an unknown type, bad UTF-8,
 * an encrypted or image-only PDF, or an empty text is 422 DOCUMENT_UNREADABLE.
 */
export async function extractDocument(content: DocumentContent, limits: Limits): Promise<Extracted> {
  let extracted: Extracted;
  if (content.kind === "paste") {
    extracted = { text: content.text, extractedAs: "paste" };
  } else {
    const mediaType = mediaTypeOf(content.name, content.mediaType);
    if (mediaType === undefined) {
      throw unreadable("content.name", "must end in .txt, .md, .html, .htm or .pdf (or give mediaType)");
    }
    const bytes = Buffer.from(content.base64, "base64");
    if (bytes.length > limits.maxUploadBytes) {
      throw tooLarge(
        "content.base64",
        `the file is ${bytes.length} bytes; at most ${limits.maxUploadBytes} are accepted`,
      );
    }
    if (bytes.length === 0) throw unreadable("content.base64", "the file is empty");
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const original = { bytes, uploadedName: content.name, mediaType, sha256 };
    if (mediaType === "application/pdf") {
      const pdf = await pdfToText(bytes, limits);
      extracted = { text: pdf.text, extractedAs: "pdf", original: { ...original, pages: pdf.pages } };
    } else {
      const raw = utf8(bytes);
      const text = mediaType === "text/html" ? htmlToText(raw) : raw;
      extracted = { text, extractedAs: KIND[mediaType], original };
    }
  }
  if (extracted.text.trim() === "") throw unreadable("content", "the document has no text");
  if (extracted.text.length > limits.maxTextChars) {
    throw tooLarge(
      "content",
      `the text has ${extracted.text.length} characters (UTF-16 code units); at most ${limits.maxTextChars} are accepted`,
    );
  }
  return extracted;
}

/** Pure: "ar" when most letters are Arabic, else "en". */
export function guessLanguage(text: string): "ar" | "en" {
  const arabic = text.match(/[\u0600-\u06FF]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return arabic > latin ? "ar" : "en";
}
