// Writes generated documents as DocumentManifest folders (document.json + text.txt), the input of the ingest pipeline.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { GeneratedDocument } from "./generate";

/** Empties `dir`, writes one folder per document, and returns the manifest paths in order. */
export async function writeDocuments(dir: string, documents: Iterable<GeneratedDocument>): Promise<string[]> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (const doc of documents) {
    const folder = join(dir, doc.folder);
    await mkdir(folder, { recursive: true });
    const manifestPath = join(folder, "document.json");
    await writeFile(join(folder, doc.manifest.source.textFile), doc.text, "utf8");
    await writeFile(manifestPath, `${JSON.stringify(doc.manifest)}\n`, "utf8");
    files.push(manifestPath);
  }
  return files;
}
