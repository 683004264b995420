// The workbench's settings: where it keeps its files, who the author is, and the limits of an added document.
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import type { Env } from "../config/env";

export interface WorkbenchSettings {
  /** Root folder: drafts/, commits/ and documents/ (the saved folders, in the seed/documents/ format). */
  dir: string;
  /** Recorded as `addedBy` on each piece of evidence (KG_AUTHOR, which defaults to the account running it). */
  author: string;
  /** Largest uploaded file, in bytes. */
  maxUploadBytes: number;
  /** Longest extracted text, in UTF-16 code units. */
  maxTextChars: number;
  maxPdfPages: number;
}

export const DEFAULT_WORKBENCH_SETTINGS: Omit<WorkbenchSettings, "dir" | "author"> = {
  maxUploadBytes: 16 * 1024 * 1024,
  maxTextChars: 2_000_000,
  maxPdfPages: 500,
};

export function resolveWorkbenchSettings(env: Env, processEnv: NodeJS.ProcessEnv = process.env): WorkbenchSettings {
  const dataHome = processEnv.XDG_DATA_HOME || join(homedir(), ".local", "share");
  return {
    dir: resolve(env.KG_WORKBENCH_DIR ?? join(dataHome, "kg-explorer", "workbench")),
    author: env.KG_AUTHOR,
    maxUploadBytes: env.KG_WORKBENCH_MAX_UPLOAD_BYTES,
    maxTextChars: env.KG_WORKBENCH_MAX_TEXT_CHARS,
    maxPdfPages: env.KG_WORKBENCH_MAX_PDF_PAGES,
  };
}

/** Bytes of a JSON body that carries an upload of `maxUploadBytes` as base64, with room for the rest of the request. */
export const uploadBodyBytes = (s: Pick<WorkbenchSettings, "maxUploadBytes" | "maxTextChars">): number =>
  Math.max(Math.ceil(s.maxUploadBytes / 3) * 4, s.maxTextChars * 6) + 64 * 1024;
