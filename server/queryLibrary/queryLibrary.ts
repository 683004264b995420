// Loads the researcher query library: every cypher/queries/*.cypher file, parsed and checked, sorted by id.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseQueryFile } from "@domain/queries/parseQueryFile";
import type { QueryDefinition } from "@domain/queries/queryDefinition";
import { KgError } from "../errors";
import { CYPHER_DIR } from "../neo4j/cypherFiles";

export const QUERY_DIR = join(CYPHER_DIR, "queries");

/** Throws a CONFIG_INVALID error naming every malformed file: the library ships with the code, so it must be right. */
export function loadQueryLibrary(dir: string = QUERY_DIR): QueryDefinition[] {
  const queries: QueryDefinition[] = [];
  const problems: string[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".cypher"))
    .sort()) {
    const parsed = parseQueryFile(file.replace(/\.cypher$/, ""), readFileSync(join(dir, file), "utf8"));
    if (parsed.ok) queries.push(parsed.query);
    else problems.push(...parsed.errors.map((e) => `${join(dir, file)}: ${e}`));
  }
  if (problems.length > 0) throw new KgError("CONFIG_INVALID", `Malformed query files:\n${problems.join("\n")}`);
  return queries;
}
