// Test helpers for the workbench: an app with its own workbench folder, a hand-made PDF, and the graph's checksum
// restricted to the model's own nodes (entities, claims, sources) and the edges between them.
import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Express } from "express";
import { inject } from "vitest";
import { readEnv } from "../../server/config/env";
import { createApp } from "../../server/http/app";
import { createLogger } from "../../server/log/logger";
import { cypher } from "../../server/neo4j/cypherFiles";
import type { Db } from "../../server/neo4j/driver";
import { canonical } from "./checksum";

export function workbenchApp(db: Db, vars: Record<string, string> = {}): { app: Express; dir: string } {
  const dir = vars.KG_WORKBENCH_DIR ?? mkdtempSync(join(tmpdir(), "kg-workbench-"));
  const env = readEnv({ KG_AUTHOR: "Test Researcher", ...vars, KG_WORKBENCH_DIR: dir });
  return { app: createApp({ db, connection: inject("neo4j"), env, logger: createLogger("silent") }), dir };
}

/** A one-page PDF whose text layer says `text` (Helvetica, PDF 1.4), or an empty page when text is undefined. */
export function pdfWithText(text: string | undefined): Buffer {
  const stream = text === undefined ? "" : `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

const MODEL_LABELS = new Set(["Entity", "Claim", "Source"]);

/** sha256 over the model's nodes and the relationships between them, typed values and all (no test markers). */
export async function modelChecksum(db: Db): Promise<{ nodes: number; relationships: number; sha256: string }> {
  const nodes = await db.read(cypher("test/graph-nodes"));
  const rels = await db.read(cypher("test/graph-relationships"));
  const lines: string[] = [];
  const ids = new Set<string>();
  for (const r of nodes.records) {
    const labels = r.get("labels") as string[];
    if (!labels.some((l) => MODEL_LABELS.has(l))) continue;
    ids.add(r.get("id"));
    lines.push(`N ${r.get("id")} ${[...labels].sort().join(":")} ${canonical(r.get("properties"))}`);
  }
  let relationships = 0;
  for (const r of rels.records) {
    if (!ids.has(r.get("from")) || !ids.has(r.get("to"))) continue;
    relationships++;
    lines.push(`R ${r.get("from")} ${r.get("type")} ${r.get("to")} ${canonical(r.get("properties"))}`);
  }
  lines.sort();
  return { nodes: ids.size, relationships, sha256: createHash("sha256").update(lines.join("\n")).digest("hex") };
}
