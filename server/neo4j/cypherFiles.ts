// Loads Cypher from cypher/*.cypher by name, once; values are always passed as parameters, never spliced in.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const CYPHER_DIR = resolve(import.meta.dirname, "../../cypher");

const cache = new Map<string, string>();

/** `cypher("read/node-by-id")` reads cypher/read/node-by-id.cypher. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(CYPHER_DIR, `${name}.cypher`), "utf8");
    cache.set(name, text);
  }
  return text;
}

/** Split a multi-statement file (such as schema.cypher) on ";" at line ends, dropping // comments. */
export function statements(text: string): string[] {
  return text
    .split(/;\s*(?:\n|$)/)
    .map((s) =>
      s
        .split("\n")
        .filter((line) => !line.trim().startsWith("//"))
        .join("\n")
        .trim(),
    )
    .filter((s) => s.length > 0);
}
