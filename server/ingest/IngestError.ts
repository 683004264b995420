// Ingest problems: each issue names the file, the JSON path inside it and the reason; one error carries them all.
import { KgError } from "../errors";

export interface IngestIssue {
  /** The manifest or text file the problem is in. */
  file: string;
  /** A JSON path inside the manifest, such as `$.relations[3].evidence[0].quote`; `$` for the whole file. */
  path: string;
  reason: string;
}

export function formatIssue(issue: IngestIssue): string {
  return `${issue.file}: ${issue.path}: ${issue.reason}`;
}

/** `["relations", 3, "evidence"]` → `$.relations[3].evidence`. */
export function jsonPath(segments: ReadonlyArray<PropertyKey>): string {
  let out = "$";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else if (typeof s === "string" && /^[A-Za-z_$][\w$]*$/.test(s)) out += `.${s}`;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out;
}

export class IngestError extends KgError {
  readonly issues: readonly IngestIssue[];
  constructor(issues: readonly IngestIssue[], options?: { cause?: unknown }) {
    const count = `${issues.length} problem${issues.length === 1 ? "" : "s"}`;
    super(
      "INGEST_INVALID",
      `Ingest refused (${count}; nothing was written):\n${issues.map(formatIssue).join("\n")}`,
      options,
    );
    this.issues = issues;
  }
}
