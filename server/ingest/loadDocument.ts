// Reads a document manifest and the source text beside it, and parses the manifest with the domain schema.
import { readFile } from "node:fs/promises";
import { dirname, relative, resolve, sep } from "node:path";
import { DocumentManifest } from "@domain/model/document";
import { type IngestIssue, jsonPath } from "./IngestError";

export interface LoadedDocument {
  /** The manifest path as shown in messages (relative to the working directory when inside it). */
  file: string;
  manifestPath: string;
  textPath: string;
  manifest: DocumentManifest;
  /** The source text exactly as stored in the file (UTF-8, nothing trimmed or normalised). */
  text: string;
}

export type LoadResult = { ok: true; document: LoadedDocument } | { ok: false; issues: IngestIssue[] };

/** How paths appear in messages: relative to the working directory when inside it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") ? rel : path;
}

const fail = (file: string, path: string, reason: string): LoadResult => ({
  ok: false,
  issues: [{ file: displayPath(file), path, reason }],
});

async function readUtf8(path: string): Promise<{ text: string } | { error: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: code === "ENOENT" ? "file not found" : `cannot read the file (${code ?? String(error)})` };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { error: "is not valid UTF-8" };
  }
}

export async function loadDocument(manifestFile: string): Promise<LoadResult> {
  const manifestPath = resolve(manifestFile);
  const raw = await readUtf8(manifestPath);
  if ("error" in raw) return fail(manifestPath, "$", raw.error);
  let json: unknown;
  try {
    json = JSON.parse(raw.text);
  } catch (error) {
    return fail(manifestPath, "$", `is not valid JSON (${(error as Error).message})`);
  }
  const parsed = DocumentManifest.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        file: displayPath(manifestPath),
        path: jsonPath(issue.path),
        reason: issue.message,
      })),
    };
  }
  const manifest = parsed.data;
  const dir = dirname(manifestPath);
  const textPath = resolve(dir, manifest.source.textFile);
  if (!textPath.startsWith(dir + sep)) {
    return fail(manifestPath, "$.source.textFile", "must name a file inside the manifest's folder");
  }
  const text = await readUtf8(textPath);
  if ("error" in text) return fail(manifestPath, "$.source.textFile", `${displayPath(textPath)}: ${text.error}`);
  if (text.text.length === 0) return fail(textPath, "$", "the source text is empty");
  return { ok: true, document: { file: displayPath(manifestPath), manifestPath, textPath, manifest, text: text.text } };
}
