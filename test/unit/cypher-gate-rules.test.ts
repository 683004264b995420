// The read-only gate's pure text rules: scanning by Cypher's lexical rules, static refusals, the query type, Neo4j errors.
import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { CypherInvalidError, CypherRefusedError, CypherTimeoutError } from "../../server/cypherGate/errors";
import { cleanMessage, parsePosition, toGateError } from "../../server/cypherGate/neo4jErrors";
import {
  calledProcedures,
  checkCypher,
  checkQueryType,
  DEFAULT_PROCEDURE_ALLOWLIST,
  procedureAllowed,
} from "../../server/cypherGate/rules";
import { scanCypher } from "../../server/cypherGate/scan";

const codeOf = (q: string) => checkCypher(q)?.code ?? null;

describe("scanCypher", () => {
  it("should flag a string that never closes", () => {
    expect(scanCypher("RETURN 'abc").unterminated).toBe(true);
    expect(scanCypher("RETURN 1 /* no end").unterminated).toBe(true);
  });

  it("should blank strings, quoted names and comments so their words are never keywords", () => {
    const { statements } = scanCypher('MATCH (n:`LOAD CSV`) // USE x;\nWHERE n.name = \'a;b\' /* ; */ RETURN "x\\"y"');
    expect(statements).toHaveLength(1);
    expect(statements[0]).not.toMatch(/LOAD|USE|a;b/);
  });

  it("should split statements on semicolons outside strings and drop an empty trailing one", () => {
    expect(scanCypher("RETURN 1;").statements).toEqual(["RETURN 1"]);
    expect(scanCypher("RETURN 1; RETURN 2").statements).toHaveLength(2);
  });

  it("should decode \\uXXXX escapes before lexing, as Neo4j does, also where they close a string or a comment", () => {
    expect(scanCypher("LO\\u0041D CSV").statements).toEqual(["LOAD CSV"]);
    expect(scanCypher("WITH '\\u0027 AS x LOAD CSV FROM 'u' AS r RETURN r //' AS y").statements[0]).toMatch(/LOAD CSV/);
    expect(scanCypher("WITH 1 AS x // c\\u000aLOAD CSV").statements[0]).toMatch(/LOAD CSV/);
    expect(scanCypher("RETURN 1\\u003b CREATE ()").statements).toHaveLength(2);
  });

  it("should end a line comment at CR as well as LF", () => {
    expect(scanCypher("WITH 1 AS x // c\rLOAD CSV").statements[0]).toMatch(/LOAD CSV/);
  });

  it("should turn every Cypher whitespace character into a space or a line feed", () => {
    for (const cp of [0x1c, 0x1f, 0xa0, 0x2003, 0x2028, 0x3000]) {
      expect(scanCypher(`LOAD${String.fromCharCode(cp)}CSV`).statements[0]).toMatch(/^LOAD\sCSV$/);
    }
  });

  it("should report the first control character outside strings, in code, comments and quoted names alike", () => {
    expect(scanCypher("RETURN '\u0000\u001b' AS x").control).toBeNull();
    expect(scanCypher("RETURN\u001c1").control).toEqual({ codePoint: 0x1c, offset: 6 });
    expect(scanCypher("RETURN 1 // \u0007").control?.codePoint).toBe(7);
    expect(scanCypher("RETURN 1 AS `a\u0085`").control?.codePoint).toBe(0x85);
    expect(scanCypher("RETURN 1 AS \\u0000x").control?.codePoint).toBe(0);
  });

  it("should keep quoted names' text in the named variant only", () => {
    const scanned = scanCypher("RETURN `apoc`.`text`.join('a') AS `x``y`");
    expect(scanned.statements[0]).toBe("RETURN `_`.`_`.join('') AS `_`");
    expect(scanned.named[0]).toBe("RETURN apoc.text.join('') AS x`y");
  });
});

describe("checkCypher", () => {
  it("should refuse more than one statement", () => {
    expect(codeOf("MATCH (n) RETURN n; MATCH (m) DETACH DELETE m")).toBe("CYPHER_MULTIPLE_STATEMENTS");
  });

  it("should refuse LOAD CSV, USE and CALL … IN TRANSACTIONS", () => {
    expect(codeOf("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line")).toBe("CYPHER_LOAD_CSV_NOT_ALLOWED");
    expect(codeOf("load  csv with headers from 'x' as l return l")).toBe("CYPHER_LOAD_CSV_NOT_ALLOWED");
    expect(codeOf("USE system MATCH (n) RETURN n")).toBe("CYPHER_USE_NOT_ALLOWED");
    expect(codeOf("MATCH (n) CALL (n) { RETURN 1 AS x } IN TRANSACTIONS OF 10 ROWS RETURN x")).toBe(
      "CYPHER_IN_TRANSACTIONS_NOT_ALLOWED",
    );
    expect(codeOf("MATCH (n) CALL { WITH n RETURN n AS m } IN CONCURRENT TRANSACTIONS RETURN m")).toBe(
      "CYPHER_IN_TRANSACTIONS_NOT_ALLOWED",
    );
  });

  it("should refuse admin and schema commands", () => {
    for (const q of [
      "SHOW USERS",
      "show databases",
      "CREATE INDEX foo FOR (n:X) ON (n.y)",
      "DROP CONSTRAINT entity_id",
      "ALTER USER neo4j SET PASSWORD 'x'",
      "GRANT ROLE admin TO bob",
      "STOP DATABASE neo4j",
      "CYPHER runtime=slotted SHOW TRANSACTIONS",
    ]) {
      expect(codeOf(q), q).toBe("CYPHER_ADMIN_NOT_ALLOWED");
    }
  });

  it("should leave CREATE followed by a pattern to the plan check, which refuses it as a write", () => {
    expect(codeOf("CREATE (n:X) RETURN n")).toBeNull();
    expect(checkQueryType("w")?.code).toBe("CYPHER_NOT_READ_ONLY");
  });

  it("should refuse procedures outside the allowlist", () => {
    expect(codeOf("CALL dbms.components()")).toBe("CYPHER_PROCEDURE_NOT_ALLOWED");
    expect(codeOf("CALL apoc.load.json('http://x') YIELD value RETURN value")).toBe("CYPHER_PROCEDURE_NOT_ALLOWED");
    expect(codeOf("CALL db . createLabel('x')")).toBe("CYPHER_PROCEDURE_NOT_ALLOWED");
    expect(codeOf("CALL db.index.fulltext.queryNodes('claim_texts', 'x')")).toBeNull();
    expect(codeOf("MATCH (n) CALL `dbms`.`killQuery`('x') RETURN n")).toBe("CYPHER_PROCEDURE_NOT_ALLOWED");
  });

  it("should refuse EXPLAIN and PROFILE written by the user", () => {
    expect(codeOf("PROFILE MATCH (n) RETURN n")).toBe("CYPHER_EXPLAIN_PROFILE_NOT_ALLOWED");
    expect(codeOf("explain MATCH (n) RETURN n")).toBe("CYPHER_EXPLAIN_PROFILE_NOT_ALLOWED");
  });

  it("should refuse an unterminated string rather than guess", () => {
    expect(codeOf("MATCH (n) WHERE n.x = 'abc RETURN n")).toBe("CYPHER_UNTERMINATED");
  });

  it("should accept plain reads, subqueries and the allowed procedures", () => {
    for (const q of [
      "MATCH (n:Entity {id: $id})-[r]-(m) RETURN n, r, m LIMIT 10",
      "MATCH (n) CALL (n) { MATCH (n)--(m) RETURN count(m) AS d } RETURN n, d",
      "CALL db.labels() YIELD label RETURN label",
      "CALL db.schema.visualization()",
      "MATCH (n) WHERE n.note = 'LOAD CSV; USE x; SHOW USERS' RETURN n",
      "MATCH (n) WHERE n.use = 1 RETURN n.show AS show",
      "MATCH (n) RETURN n;",
    ]) {
      expect(codeOf(q), q).toBeNull();
    }
  });

  it("should take a custom allowlist", () => {
    expect(checkCypher("CALL db.labels()", { procedureAllowlist: [] })?.code).toBe("CYPHER_PROCEDURE_NOT_ALLOWED");
  });

  it("should refuse what only Neo4j's lexical rules reveal: escapes, U+001C–U+001F, CR-ended comments", () => {
    for (const q of [
      "LOAD\u001cCSV FROM 'http://127.0.0.1:7999/x.csv' AS r RETURN r",
      "LO\\u0041D CSV FROM 'http://127.0.0.1:7999/x.csv' AS r RETURN r",
      "WITH 1 AS x // c\rLOAD CSV FROM 'http://127.0.0.1:7999/x.csv' AS r RETURN r",
      "WITH '\\u0027 AS x LOAD CSV FROM \"http://x\" AS r RETURN r //' AS y RETURN y",
      "LOAD\u3000CSV FROM 'x' AS r RETURN r",
    ]) {
      expect(codeOf(q), q).toBe("CYPHER_LOAD_CSV_NOT_ALLOWED");
    }
    expect(codeOf("SH\\u004fW TRANSACTIONS")).toBe("CYPHER_ADMIN_NOT_ALLOWED");
    expect(codeOf("UNWIND [1] AS x CALL (x) { RETURN x AS y } IN TR\\u0041NSACTIONS RETURN y")).toBe(
      "CYPHER_IN_TRANSACTIONS_NOT_ALLOWED",
    );
    expect(codeOf("WITH 1 AS x // \\u000aCALL db.stats.retrieve('QUERIES') YIELD data RETURN data")).toBe(
      "CYPHER_PROCEDURE_NOT_ALLOWED",
    );
  });

  it("should refuse a control character outside strings and accept it inside one", () => {
    expect(codeOf("RETURN\u00011")).toBe("CYPHER_CONTROL_CHARACTER");
    expect(codeOf("RETURN\u001c1")).toBe("CYPHER_CONTROL_CHARACTER");
    expect(codeOf("RETURN 1 /* \u0000 */")).toBe("CYPHER_CONTROL_CHARACTER");
    expect(checkCypher("RETURN\u001c1")?.reason).toMatch(/U\+001C/);
    expect(codeOf("RETURN '\u0001\u001c' AS x")).toBeNull();
    expect(codeOf("RETURN\t1\r\n")).toBeNull();
  });

  it("should refuse a user-defined function off the allowlist, however its name is written", () => {
    const userFunctions = ["apoc.text.join", "apoc.util.md5"];
    const code = (q: string, functionAllowlist: string[] = []) =>
      checkCypher(q, { userFunctions, functionAllowlist })?.code ?? null;
    for (const q of [
      "RETURN apoc.text.join(['a'], ',') AS s",
      "RETURN APOC.Text.Join(['a'], ',') AS s",
      "RETURN `apoc`.`text`.`join`(['a'], ',') AS s",
      "RETURN apoc . text /* x */ . join (['a'], ',') AS s",
      "RETURN ap\\u006fc.text.join(['a'], ',') AS s",
    ]) {
      expect(code(q), q).toBe("CYPHER_FUNCTION_NOT_ALLOWED");
    }
    expect(code("RETURN apoc.text.join(['a'], ',') AS s", ["apoc.text.*"])).toBeNull();
    expect(code("RETURN 'apoc.text.join(' AS s, n.apoc.text.join AS t")).toBeNull();
    expect(code("RETURN toUpper('a') AS s")).toBeNull();
  });
});

describe("procedureAllowed and calledProcedures", () => {
  it("should match exact names and x.* prefixes, case-insensitively", () => {
    expect(procedureAllowed("db.schema.nodeTypeProperties", DEFAULT_PROCEDURE_ALLOWLIST)).toBe(true);
    expect(procedureAllowed("DB.LABELS", DEFAULT_PROCEDURE_ALLOWLIST)).toBe(true);
    expect(procedureAllowed("db.labelsX", DEFAULT_PROCEDURE_ALLOWLIST)).toBe(false);
    expect(procedureAllowed("db.schemaX", DEFAULT_PROCEDURE_ALLOWLIST)).toBe(false);
  });

  it("should not take a subquery for a procedure", () => {
    expect(calledProcedures("CALL { RETURN 1 } CALL (x) { RETURN 2 } CALL db.labels()")).toEqual(["db.labels"]);
  });
});

describe("checkQueryType", () => {
  it("should refuse every type but r", () => {
    for (const t of ["w", "rw", "s", undefined]) expect(checkQueryType(t)?.code).toBe("CYPHER_NOT_READ_ONLY");
    expect(checkQueryType("r")).toBeNull();
  });
});

describe("toGateError", () => {
  const neo4jError = (code: string, message: string) => new Neo4jError(message, code, "", "");

  it("should leave errors it does not know unchanged", () => {
    const e = new Error("boom");
    expect(toGateError(e, 1000)).toBe(e);
    const outage = neo4jError("ServiceUnavailable", "down");
    expect(toGateError(outage, 1000)).toBe(outage);
  });

  it("should turn a syntax error into CypherInvalidError with the position minus the EXPLAIN line", () => {
    const message =
      "Invalid input 'RETURN': expected ')' (line 2, column 10 (offset: 17))\n\"MATCH (n RETURN n\"\n          ^";
    const error = toGateError(neo4jError("Neo.ClientError.Statement.SyntaxError", message), 1000, 1);
    expect(error).toBeInstanceOf(CypherInvalidError);
    expect(error).toMatchObject({ line: 1, column: 10, code: "CYPHER_INVALID" });
    // The message names the line the editor marks, the researcher's own, not the line after the gate's EXPLAIN.
    expect((error as Error).message).toBe("Invalid input 'RETURN': expected ')' (line 1, column 10)");
  });

  it("should turn a timeout into CypherTimeoutError and a write in read mode into a refusal", () => {
    expect(
      toGateError(neo4jError("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "x"), 10),
    ).toBeInstanceOf(CypherTimeoutError);
    const refused = toGateError(neo4jError("Neo.ClientError.Statement.AccessMode", "Writing not allowed"), 10);
    expect(refused).toBeInstanceOf(CypherRefusedError);
    expect((refused as CypherRefusedError).refusal).toBe("CYPHER_NOT_READ_ONLY");
  });

  it("should parse positions and clean messages", () => {
    expect(parsePosition("no position here")).toBeUndefined();
    expect(parsePosition("(line 1, column 3 (offset: 2))", 1)).toEqual({ line: 1, column: 3 });
    expect(cleanMessage('Bad\n"MATCH x"\n   ^')).toBe("Bad");
  });
});
