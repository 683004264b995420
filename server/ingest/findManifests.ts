// Expands the ingest CLI's arguments into manifest files: a manifest itself, or every document.json under a folder.
import { readdir, realpath, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { IngestIssue } from "./IngestError";
import { displayPath } from "./loadDocument";

export const MANIFEST_NAME = "document.json";

export async function findManifests(paths: readonly string[]): Promise<{ files: string[]; issues: IngestIssue[] }> {
  const files: string[] = [];
  const issues: IngestIssue[] = [];
  for (const path of paths) {
    const absolute = resolve(path);
    const info = await stat(absolute).catch(() => undefined);
    if (info === undefined) {
      issues.push({ file: displayPath(absolute), path: "$", reason: "no such file or folder" });
    } else if (info.isDirectory()) {
      const found = (await readdir(absolute, { recursive: true }))
        .filter((entry) => entry === MANIFEST_NAME || entry.endsWith(`/${MANIFEST_NAME}`))
        .map((entry) => join(absolute, entry))
        .sort();
      if (found.length === 0) {
        issues.push({ file: displayPath(absolute), path: "$", reason: `no ${MANIFEST_NAME} in this folder` });
      }
      files.push(...found);
    } else {
      files.push(absolute);
    }
  }
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const file of files) {
    const real = await realpath(file);
    if (!seen.has(real)) {
      seen.add(real);
      unique.push(file);
    }
  }
  return { files: unique, issues };
}
