// Checks a run before it leaves the browser: parameters as JSON, every $name the query uses given; library forms.
import type { QueryDefinition, QueryParam } from "@domain/queries/queryDefinition";
import type { TextPosition, WorkspaceError } from "./types";

export const MAX_QUERY_LENGTH = 20_000;
const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export type Checked<T> = { ok: true; value: T } | { ok: false; error: WorkspaceError };

/** Line and column (1-based) of a 0-based offset in a text. */
export function positionAt(text: string, offset: number): TextPosition {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split("\n");
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** The 0-based offset of a 1-based line and column, clamped to the text. */
export function offsetAt(text: string, position: TextPosition): number {
  const lines = text.split("\n");
  const line = Math.min(Math.max(1, position.line), lines.length);
  let offset = 0;
  for (let i = 0; i < line - 1; i++) offset += (lines[i]?.length ?? 0) + 1;
  return Math.min(offset + Math.max(0, position.column - 1), text.length);
}

/** Where JSON.parse stopped, from its message ("… at position 12" or "… (line 2 column 5)"). */
function jsonErrorPosition(text: string, message: string): TextPosition | null {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const at = /position (\d+)/.exec(message);
  if (at) return positionAt(text, Number(at[1]));
  return /end of( JSON)? input/i.test(message) ? positionAt(text, text.length) : null;
}

const paramsError = (message: string, position: TextPosition | null = null): Checked<never> => ({
  ok: false,
  error: { code: "PARAMS_INVALID", message, in: "params", position },
});

/** Parses the parameters editor: empty means none; otherwise a JSON object whose keys are parameter names. */
export function parseParamsText(text: string): Checked<Record<string, unknown>> {
  if (text.trim() === "") return { ok: true, value: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return paramsError(`The parameters are not valid JSON: ${message}`, jsonErrorPosition(text, message));
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    return paramsError('The parameters must be a JSON object, e.g. {"entityId": "org:deepseek"}.');
  }
  const bad = Object.keys(parsed).find((k) => !PARAM_NAME.test(k));
  if (bad !== undefined) return paramsError(`"${bad}" is not a Cypher parameter name (letters, digits and _).`);
  return { ok: true, value: parsed as Record<string, unknown> };
}

/** Blanks out comments and string literals (keeping offsets), so only real code is scanned. */
export function codeOnly(query: string): string {
  return query.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`/g, (m) =>
    m.replace(/[^\n]/g, " "),
  );
}

/** The $parameters a query uses, in order of first use. */
export function queryParamNames(query: string): string[] {
  const names = new Set<string>();
  for (const m of codeOnly(query).matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) if (m[1]) names.add(m[1]);
  return [...names];
}

/** Everything checked before a run: a query, JSON parameters, and a value for each $name the query uses. */
export function checkRun(
  query: string,
  paramsText: string,
): Checked<{ query: string; params: Record<string, unknown> }> {
  if (query.trim() === "") {
    return { ok: false, error: { code: "QUERY_EMPTY", message: "Type a query first.", in: "query", position: null } };
  }
  if (query.length > MAX_QUERY_LENGTH) {
    return {
      ok: false,
      error: {
        code: "QUERY_TOO_LONG",
        message: `The query is ${query.length} characters long; the server takes at most ${MAX_QUERY_LENGTH}.`,
        in: "query",
        position: null,
      },
    };
  }
  const params = parseParamsText(paramsText);
  if (!params.ok) return params;
  const missing = queryParamNames(query).filter((name) => !(name in params.value));
  if (missing.length > 0) {
    const list = missing.map((n) => `$${n}`).join(", ");
    const example = JSON.stringify(Object.fromEntries(missing.map((n) => [n, "…"])));
    return {
      ok: false,
      error: {
        code: "PARAMS_MISSING",
        message: `The query uses ${list} but the parameters do not give ${missing.length === 1 ? "it" : "them"}: add ${example}.`,
        in: "params",
        position: null,
      },
    };
  }
  return { ok: true, value: { query, params: params.value } };
}

/** Parameters as pretty JSON for the editor. */
export function paramsToText(params: Record<string, unknown>): string {
  return Object.keys(params).length === 0 ? "" : JSON.stringify(params, null, 2);
}

/** A library form's starting values: each parameter's example, as text. */
/**
 * Whether a library parameter holds one entity's id, so its form offers an entity picker instead of a text field: the
 * library's convention (docs/model.md, Query library) is a `string` parameter named `id` or ending in `Id` (`entityId`,
 * `fromId`, `toId`).
 */
export function isEntityParam(param: Pick<QueryParam, "name" | "type">): boolean {
  return param.type === "string" && (param.name === "id" || param.name.endsWith("Id"));
}

export function formDefaults(definition: QueryDefinition): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of definition.params) {
    const example = p.example;
    out[p.name] =
      example === undefined || example === null
        ? ""
        : Array.isArray(example)
          ? example.join(", ")
          : String(example as string | number | boolean);
  }
  return out;
}

function fieldValue(param: QueryParam, raw: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const text = raw.trim();
  if (text === "") return param.optional ? { ok: true, value: null } : { ok: false, message: "Required." };
  switch (param.type) {
    case "string":
      return { ok: true, value: raw };
    case "integer":
      return /^-?\d+$/.test(text) && Number.isSafeInteger(Number(text))
        ? { ok: true, value: Number(text) }
        : { ok: false, message: "A whole number." };
    case "number":
      return Number.isFinite(Number(text)) ? { ok: true, value: Number(text) } : { ok: false, message: "A number." };
    case "boolean":
      return text === "true" || text === "false"
        ? { ok: true, value: text === "true" }
        : { ok: false, message: "true or false." };
    case "string[]":
      return {
        ok: true,
        value: text
          .split(",")
          .map((s) => s.trim())
          .filter((s) => s !== ""),
      };
  }
}

/** Typed parameters from a library form, or a message per field that is wrong. */
export function paramsFromForm(
  definition: QueryDefinition,
  values: Readonly<Record<string, string>>,
): { ok: true; params: Record<string, unknown> } | { ok: false; errors: Record<string, string> } {
  const params: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const p of definition.params) {
    const field = fieldValue(p, values[p.name] ?? "");
    if (field.ok) params[p.name] = field.value;
    else errors[p.name] = field.message;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, params };
}
