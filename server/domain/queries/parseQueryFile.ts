// Parses a query library file's comment header (title, description, params) and checks it against the Cypher body.
import type { QueryDefinition, QueryParam, QueryParamType } from "./queryDefinition";

export type ParsedQueryFile = { ok: true; query: QueryDefinition } | { ok: false; errors: string[] };

const HEADER_LINE = /^\/\/\s*([a-z]+):\s*(.*)$/;
const PARAM =
  /^([A-Za-z_][A-Za-z0-9_]*)\s+(string\[\]|string|integer|number|boolean)\s+"((?:[^"\\]|\\.)*)"(\s+\(optional\))?(?:\s+example\s+(.+))?$/;
const TYPE_CHECKS: Record<QueryParamType, (v: unknown) => boolean> = {
  string: (v) => typeof v === "string",
  integer: (v) => Number.isSafeInteger(v),
  number: (v) => typeof v === "number" && Number.isFinite(v),
  boolean: (v) => typeof v === "boolean",
  "string[]": (v) => Array.isArray(v) && v.every((x) => typeof x === "string"),
};

/** Whether `value` fits a parameter type; used for header examples and for request values alike. */
export const fitsParamType = (type: QueryParamType, value: unknown): boolean => TYPE_CHECKS[type](value);

/** `$name` parameters used in the Cypher body, ignoring comments and string literals. */
export function parametersUsed(body: string): Set<string> {
  const code = body
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
  return new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] as string));
}

function parseParam(value: string, errors: string[]): QueryParam | undefined {
  const m = PARAM.exec(value.trim());
  if (!m) {
    errors.push(`param line must look like: name type "description" [(optional)] [example <JSON>], not: ${value}`);
    return undefined;
  }
  const [, name = "", type = "string", rawDescription = "", optional, rawExample] = m;
  const description = JSON.parse(`"${rawDescription}"`) as string;
  const param: QueryParam = { name, type: type as QueryParamType, description, optional: optional !== undefined };
  if (rawExample !== undefined) {
    try {
      param.example = JSON.parse(rawExample);
    } catch {
      errors.push(`param ${name}: example must be JSON, e.g. "org:deepseek" or 10`);
      return undefined;
    }
    if (!fitsParamType(param.type, param.example)) errors.push(`param ${name}: example is not of type ${param.type}`);
  } else if (!param.optional) {
    errors.push(`param ${name}: a required param needs an example`);
  }
  return param;
}

/**
 * Parses `text` (the file `<id>.cypher`). The header is the leading block of `// key: value` lines: one `title`,
 * one `description`, any number of `param`. Every declared param must be used and every `$param` declared.
 */
export function parseQueryFile(id: string, text: string): ParsedQueryFile {
  const errors: string[] = [];
  const lines = text.split(/\r?\n/);
  let title: string | undefined;
  let description: string | undefined;
  const params: QueryParam[] = [];
  let i = 0;
  for (; i < lines.length; i += 1) {
    const line = (lines[i] ?? "").trim();
    if (!line.startsWith("//")) break;
    if (line.replace(/^\/\/\s*/, "") === "") continue;
    const m = HEADER_LINE.exec(line);
    const key = m?.[1];
    const value = (m?.[2] ?? "").trim();
    if (key === "title" || key === "description") {
      if ((key === "title" ? title : description) !== undefined) errors.push(`${key} is given twice`);
      else if (value === "") errors.push(`${key} is empty`);
      else if (key === "title") title = value;
      else description = value;
    } else if (key === "param") {
      const param = parseParam(value, errors);
      if (param && params.some((p) => p.name === param.name)) errors.push(`param ${param.name} is declared twice`);
      else if (param) params.push(param);
    } else {
      errors.push(`header line ${i + 1} is not "// title: …", "// description: …" or "// param: …": ${line}`);
    }
  }
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) errors.push(`file name "${id}" must be kebab-case`);
  if (title === undefined) errors.push("the header needs a title");
  if (description === undefined) errors.push("the header needs a description");
  const body = lines.slice(i).join("\n");
  if (body.trim() === "") errors.push("the file has no Cypher after its header");
  const used = parametersUsed(body);
  for (const name of used) if (!params.some((p) => p.name === name)) errors.push(`$${name} is used but not declared`);
  for (const p of params) if (!used.has(p.name)) errors.push(`param ${p.name} is declared but never used`);
  if (errors.length > 0 || title === undefined || description === undefined) return { ok: false, errors };
  return { ok: true, query: { id, title, description, params, cypher: text } };
}
