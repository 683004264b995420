// The text scan's rules as pure functions: a cheap first refusal on the normalised skeleton; only the plan may allow.
import { checkUserFunctions, nameAllowed } from "./functions";
import type { CypherRefusal } from "./refusal";
import { scanCypher } from "./scan";

export type { CypherRefusal, CypherRefusalCode } from "./refusal";

/**
 * Procedures a researcher may call: schema introspection, and the read-only fulltext lookups the query library
 * (cypher/queries/search-claims) relies on.
 */
export const DEFAULT_PROCEDURE_ALLOWLIST: readonly string[] = [
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.schema.*",
  "db.index.fulltext.queryNodes",
  "db.index.fulltext.queryRelationships",
];

/** User-defined (plugin) functions a researcher may call: none by default. Same form as the procedure allowlist. */
export const DEFAULT_FUNCTION_ALLOWLIST: readonly string[] = [];

/** Commands that administer the server or change its schema, refused wherever a statement starts with them. */
const ADMIN_COMMANDS = [
  "SHOW",
  "CREATE",
  "DROP",
  "ALTER",
  "GRANT",
  "DENY",
  "REVOKE",
  "START",
  "STOP",
  "ENABLE",
  "DISABLE",
  "RENAME",
  "TERMINATE",
  "DEALLOCATE",
  "REALLOCATE",
];

type Rule = (skeleton: string) => CypherRefusal | null;

/** A keyword as a whole word that is not a property (`n.use`) or a parameter (`$use`). */
const word = (w: string) => new RegExp(`(?<![.$\\w])${w}(?!\\w)`, "i");

export const refuseLoadCsv: Rule = (s) =>
  /(?<![.$\w])LOAD\s+CSV(?!\w)/i.test(s)
    ? {
        code: "CYPHER_LOAD_CSV_NOT_ALLOWED",
        reason: "LOAD CSV reads files or URLs from the server; it is not allowed here.",
      }
    : null;

export const refuseUse: Rule = (s) =>
  /(?<![.$\w])USE\s+[\w`]/i.test(s)
    ? {
        code: "CYPHER_USE_NOT_ALLOWED",
        reason: "USE switches to another database; queries here always run on the explorer's graph.",
      }
    : null;

export const refuseInTransactions: Rule = (s) =>
  /(?<![.$\w])IN\s+(?:\S+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS(?!\w)/i.test(s)
    ? {
        code: "CYPHER_IN_TRANSACTIONS_NOT_ALLOWED",
        reason: "CALL { … } IN TRANSACTIONS is for batched writes; only single read-only queries run here.",
      }
    : null;

export const refuseExplainProfile: Rule = (s) =>
  /^\s*(?:CYPHER\b[^\n]*?\s)?(?:EXPLAIN|PROFILE)(?!\w)/i.test(s)
    ? {
        code: "CYPHER_EXPLAIN_PROFILE_NOT_ALLOWED",
        reason: "Leave out EXPLAIN and PROFILE: the explorer checks the plan itself.",
      }
    : null;

/** CREATE, DROP and ALTER start schema commands when a name follows (CREATE INDEX …), writes when a pattern does. */
const SCHEMA_VERBS = new Set(["CREATE", "DROP", "ALTER"]);

export const refuseAdmin: Rule = (s) => {
  const m = /^\s*(?:CYPHER(?:\s+(?:\d+|[\w.]+\s*=\s*[\w.]+))*\s+)?([A-Za-z]+)\s*(\S)?/i.exec(s);
  const first = m?.[1]?.toUpperCase();
  const patternFollows = m?.[2] === "(";
  if (first !== undefined && ADMIN_COMMANDS.includes(first) && !(SCHEMA_VERBS.has(first) && patternFollows)) {
    return {
      code: "CYPHER_ADMIN_NOT_ALLOWED",
      reason: `${first} commands administer the server or its schema; only read-only queries run here.`,
    };
  }
  if (word("(?:GRANT|REVOKE|DENY)\\s+(?:ROLE|ACCESS|TRAVERSE|READ|MATCH|WRITE|ALL)").test(s)) {
    return { code: "CYPHER_ADMIN_NOT_ALLOWED", reason: "Privilege commands are not allowed here." };
  }
  return null;
};

/** True when the procedure matches an allowlist entry; "x.*" allows every procedure under x. */
export function procedureAllowed(name: string, allowlist: readonly string[]): boolean {
  return nameAllowed(name, allowlist);
}

/** Every procedure named after CALL (a CALL followed by "{" or "(" is a subquery, not a procedure). */
export function calledProcedures(skeleton: string): string[] {
  const names: string[] = [];
  const re = /(?<![.$\w])CALL\s+((?:`_`|[A-Za-z_][\w]*)(?:\s*\.\s*(?:`_`|[A-Za-z_][\w]*))*)/gi;
  for (const m of skeleton.matchAll(re)) names.push((m[1] ?? "").replace(/\s+/g, ""));
  return names;
}

export const refuseProcedures =
  (allowlist: readonly string[]): Rule =>
  (s) => {
    const refused = calledProcedures(s).filter((p) => !procedureAllowed(p, allowlist));
    if (refused.length === 0) return null;
    return {
      code: "CYPHER_PROCEDURE_NOT_ALLOWED",
      reason: `The procedure ${refused[0]} is not allowed here; allowed: ${allowlist.join(", ")}.`,
    };
  };

export interface GateOptions {
  procedureAllowlist: readonly string[];
  functionAllowlist: readonly string[];
  /** The server's non-built-in function names (SHOW FUNCTIONS); runReadOnly reads them when not given. */
  userFunctions?: readonly string[];
}

export const DEFAULT_GATE_OPTIONS: GateOptions = {
  procedureAllowlist: DEFAULT_PROCEDURE_ALLOWLIST,
  functionAllowlist: DEFAULT_FUNCTION_ALLOWLIST,
};

export const refuseControl = (control: { codePoint: number } | null): CypherRefusal | null =>
  control
    ? {
        code: "CYPHER_CONTROL_CHARACTER",
        reason: `The query holds the control character U+${control.codePoint.toString(16).toUpperCase().padStart(4, "0")} outside a string; remove it.`,
      }
    : null;

/**
 * Applies every text rule to `text` (any string) after Neo4j's lexical normalisation (scan.ts) and returns the first
 * refusal, or null. Null never means "allowed": the plan check (plan.ts) decides that, against the server.
 */
export function checkCypher(text: string, options: Partial<GateOptions> = {}): CypherRefusal | null {
  const { procedureAllowlist, functionAllowlist, userFunctions = [] } = { ...DEFAULT_GATE_OPTIONS, ...options };
  const scanned = scanCypher(text);
  if (scanned.unterminated) {
    return {
      code: "CYPHER_UNTERMINATED",
      reason: "A string, quoted name or comment is never closed.",
    };
  }
  if (scanned.statements.length > 1) {
    return {
      code: "CYPHER_MULTIPLE_STATEMENTS",
      reason: `Found ${scanned.statements.length} statements separated by ";"; send one query at a time.`,
    };
  }
  const skeleton = scanned.statements[0] ?? "";
  const rules: Rule[] = [
    refuseExplainProfile,
    refuseAdmin,
    refuseUse,
    refuseLoadCsv,
    refuseInTransactions,
    refuseProcedures(procedureAllowlist),
  ];
  for (const rule of rules) {
    const refusal = rule(skeleton);
    if (refusal) return refusal;
  }
  return checkUserFunctions(scanned.named, userFunctions, functionAllowlist) ?? refuseControl(scanned.control);
}

/** EXPLAIN's summary.queryType: "r" is read-only; "rw", "w" and "s" (schema) are refused. */
export function checkQueryType(queryType: string | undefined): CypherRefusal | null {
  if (queryType === "r") return null;
  const what =
    queryType === "s"
      ? "changes the schema"
      : queryType === "w" || queryType === "rw"
        ? "writes to the graph"
        : "is not a plain read";
  return {
    code: "CYPHER_NOT_READ_ONLY",
    reason: `Neo4j's plan says this query ${what}; only read-only queries run here.`,
  };
}
