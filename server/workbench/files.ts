// The workbench's files: drafts (JSON and the uploaded original), commit records, and the saved document folders.
// Every file is written to a temporary name and renamed into place, so a reader never sees half a file.
import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { CommitStatus, Draft } from "@domain/contracts/workbench";
import type { DocumentManifest } from "@domain/model/document";

export interface WorkbenchFiles {
  root: string;
  draftFile(id: string): string;
  originalFile(id: string): string;
  commitFile(key: string): string;
  /**
   * The saved folder of a source: the one already saved, else (for a first commit) a new name,
   * documents/<commit time, UTC to the ms>-<sourceId with ":" as "~">, e.g. `20261130T020812345Z-harbor-r1-f76097`.
   * The time first makes the folders' name order their commit order, which is the order `npm run ingest` reads a
   * folder's documents in: a rebuild appends evidence, aliases and sourceIds in the order the commits did, so the
   * seed plus the saved folders give the same graph, list order included.
   */
  documentFolder(sourceId: string, now?: Date): Promise<string>;
}

/** Source ids may hold ":" (namespaces), which some file systems refuse in names. */
export const folderName = (sourceId: string): string => sourceId.replaceAll(":", "~");

const STAMP = /^\d{8}T\d{9}Z-/;
/** `2026-11-30T02:08:12.345Z` → `20261130T020812345Z`: sorts as the time does, and is a valid name everywhere. */
const stamp = (at: Date): string => at.toISOString().replace(/[-:.]/g, "");

async function findDocumentFolder(root: string, sourceId: string, now: Date): Promise<string> {
  const name = folderName(sourceId);
  const names = await readdir(join(root, "documents")).catch(() => [] as string[]);
  const saved = names.find((n) => STAMP.test(n) && n.slice(n.indexOf("-") + 1) === name);
  return join(root, "documents", saved ?? `${stamp(now)}-${name}`);
}

export function workbenchFiles(root: string): WorkbenchFiles {
  return {
    root,
    draftFile: (id) => join(root, "drafts", `${id}.json`),
    originalFile: (id) => join(root, "drafts", `${id}.original`),
    commitFile: (key) => join(root, "commits", `${key}.json`),
    documentFolder: (sourceId, now = new Date()) => findDocumentFolder(root, sourceId, now),
  };
}

/** Writes a file atomically (temporary name, then rename). */
export async function writeAtomic(path: string, data: string | Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${randomBytes(6).toString("hex")}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, path);
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

export async function readDraft(files: WorkbenchFiles, id: string): Promise<Draft | undefined> {
  const raw = await readJson(files.draftFile(id));
  return raw === undefined ? undefined : Draft.parse(raw);
}

export async function writeDraft(files: WorkbenchFiles, draft: Draft): Promise<void> {
  await writeAtomic(files.draftFile(draft.id), `${JSON.stringify(draft, null, 2)}\n`);
}

export async function listDrafts(files: WorkbenchFiles): Promise<Draft[]> {
  const dir = join(files.root, "drafts");
  const names = await readdir(dir).catch(() => [] as string[]);
  const drafts: Draft[] = [];
  for (const name of names.filter((n) => /^d-[0-9a-f]{16}\.json$/.test(n)).sort()) {
    const draft = await readDraft(files, name.slice(0, -".json".length));
    if (draft) drafts.push(draft);
  }
  return drafts;
}

export async function deleteDraft(files: WorkbenchFiles, id: string): Promise<void> {
  await rm(files.draftFile(id), { force: true });
  await rm(files.originalFile(id), { force: true });
}

export async function readCommit(files: WorkbenchFiles, key: string): Promise<CommitStatus | undefined> {
  const raw = await readJson(files.commitFile(key));
  return raw === undefined ? undefined : CommitStatus.parse(raw);
}

export async function writeCommit(files: WorkbenchFiles, status: CommitStatus): Promise<void> {
  await writeAtomic(files.commitFile(status.key), `${JSON.stringify(status, null, 2)}\n`);
}

/** The saved folder's manifest, or undefined when the workbench saved no folder for this source. */
export async function readSavedManifest(files: WorkbenchFiles, sourceId: string): Promise<unknown> {
  return readJson(join(await files.documentFolder(sourceId), "document.json"));
}

/** A document folder in the seed/documents/ format, staged beside its final place until `place` renames it in. */
export interface StagedFolder {
  path: string;
  place(): Promise<void>;
  discard(): Promise<void>;
}

/**
 * Writes document.json, source.txt (the text, byte-exact UTF-8) and the original file to a temporary folder next to
 * the final one. `place()` swaps it in (the previous folder, if any, is removed after), `discard()` removes it.
 */
export async function stageFolder(
  files: WorkbenchFiles,
  manifest: DocumentManifest,
  text: string,
  original: Buffer | undefined,
): Promise<StagedFolder> {
  const final = await files.documentFolder(manifest.source.id);
  // Outside documents/, so `npm run ingest -- <dir>/documents` never finds a half-written or replaced folder.
  const scratch = join(files.root, "staging");
  const staging = join(scratch, `${folderName(manifest.source.id)}.${randomBytes(6).toString("hex")}`);
  await mkdir(staging, { recursive: true });
  await writeFile(join(staging, "document.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  await writeFile(join(staging, manifest.source.textFile), text, "utf8");
  if (original && manifest.source.original) await writeFile(join(staging, manifest.source.original.file), original);
  return {
    path: staging,
    async place() {
      const previous = `${staging}.previous`;
      await mkdir(dirname(final), { recursive: true });
      await rename(final, previous).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== "ENOENT") throw error;
      });
      await rename(staging, final);
      await rm(previous, { recursive: true, force: true });
    },
    async discard() {
      await rm(staging, { recursive: true, force: true });
    },
  };
}
