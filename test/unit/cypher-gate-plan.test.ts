// The gate's plan decision on EXPLAIN plans captured from Neo4j 5.26 (test/fixtures/plans), and on plans made unsafe.
import { describe, expect, it } from "vitest";
import {
  checkPlan,
  type PlanCheckOptions,
  procedureOfDetails,
  READ_OPERATORS,
  REFUSED_OPERATORS,
  splitOperatorType,
} from "../../server/cypherGate/plan";
import { DEFAULT_FUNCTION_ALLOWLIST, DEFAULT_PROCEDURE_ALLOWLIST } from "../../server/cypherGate/rules";
import fixtures from "../fixtures/plans/plans.json";

const OPTIONS: PlanCheckOptions = {
  database: "neo4j",
  procedureAllowlist: DEFAULT_PROCEDURE_ALLOWLIST,
  functionAllowlist: DEFAULT_FUNCTION_ALLOWLIST,
  userFunctions: [],
};

const planOf = (name: string): unknown => {
  const fixture = fixtures.find((f) => f.name === name);
  if (!fixture) throw new Error(`no plan fixture ${name}`);
  return structuredClone(fixture.plan);
};

const codeOf = (plan: unknown, options: Partial<PlanCheckOptions> = {}) =>
  checkPlan(plan, { ...OPTIONS, ...options })?.code ?? null;

const op = (operatorType: string, children: unknown[] = [], Details?: string) => ({
  operatorType,
  arguments: Details === undefined ? {} : { Details },
  children,
});

describe("checkPlan", () => {
  it("should refuse a missing, malformed or database-less plan", () => {
    for (const plan of [undefined, null, false, {}, { operatorType: "" }, "ProduceResults@neo4j"]) {
      expect(codeOf(plan), JSON.stringify(plan)).toBe("CYPHER_PLAN_UNAVAILABLE");
    }
    expect(codeOf(op("ProduceResults@neo4j", [{ operatorType: 3 }]))).toBe("CYPHER_PLAN_UNAVAILABLE");
    expect(codeOf(op("ProduceResults"))).toBe("CYPHER_PLAN_UNAVAILABLE");
    expect(codeOf(planOf("read-db-labels"), { database: undefined })).toBe("CYPHER_PLAN_UNAVAILABLE");
  });

  it("should refuse an operator it does not know, naming it, so a newer server fails closed", () => {
    const plan = op("ProduceResults@neo4j", [op("Projection@neo4j", [op("FancyNewScan@neo4j")])]);
    const refusal = checkPlan(plan, OPTIONS);
    expect(refusal?.code).toBe("CYPHER_OPERATOR_NOT_ALLOWED");
    expect(refusal?.reason).toMatch(/FancyNewScan/);
    expect(codeOf(op("ProduceResults@neo4j", [op("constructor@neo4j")]))).toBe("CYPHER_OPERATOR_NOT_ALLOWED");
    expect(codeOf(op("ProduceResults@neo4j", [op("NodeUniqueIndexSeek(Locking)@neo4j")]))).toBe("CYPHER_NOT_READ_ONLY");
  });

  it("should refuse LOAD CSV, SHOW, TERMINATE, admin and schema commands from their captured plans", () => {
    expect(codeOf(planOf("load-csv-http"))).toBe("CYPHER_LOAD_CSV_NOT_ALLOWED");
    expect(codeOf(planOf("show-transactions"))).toBe("CYPHER_ADMIN_NOT_ALLOWED");
    expect(codeOf(planOf("terminate-transactions"))).toBe("CYPHER_ADMIN_NOT_ALLOWED");
    expect(codeOf(planOf("create-index"))).toBe("CYPHER_ADMIN_NOT_ALLOWED");
    // SHOW USERS is planned on the system database: refused before its operator is even looked at.
    expect(codeOf(planOf("show-users"))).toBe("CYPHER_USE_NOT_ALLOWED");
    expect(codeOf(planOf("show-users"), { database: "system" })).toBe("CYPHER_ADMIN_NOT_ALLOWED");
  });

  it("should refuse writes, including FOREACH and MERGE whose updates hide in their own details", () => {
    for (const name of ["create", "merge", "set", "foreach"])
      expect(codeOf(planOf(name)), name).toBe("CYPHER_NOT_READ_ONLY");
  });

  it("should refuse CALL … IN TRANSACTIONS even when its body only reads (Neo4j calls that query type r)", () => {
    expect(fixtures.find((f) => f.name === "read-in-transactions")?.queryType).toBe("r");
    expect(codeOf(planOf("read-in-transactions"))).toBe("CYPHER_IN_TRANSACTIONS_NOT_ALLOWED");
  });

  it("should refuse procedures off the allowlist by the name in the ProcedureCall details", () => {
    expect(codeOf(planOf("procedure-dbms-listConfig"))).toBe("CYPHER_PROCEDURE_NOT_ALLOWED");
    expect(codeOf(planOf("procedure-db-stats-retrieve"))).toBe("CYPHER_PROCEDURE_NOT_ALLOWED");
    expect(codeOf(planOf("read-db-labels"), { procedureAllowlist: ["db.schema.*"] })).toBe(
      "CYPHER_PROCEDURE_NOT_ALLOWED",
    );
    const unnamed = op("ProduceResults@neo4j", [op("ProcedureCall@neo4j", [], "`odd name`() :: ()")]);
    expect(codeOf(unnamed, { procedureAllowlist: ["*"] })).toBe("CYPHER_PROCEDURE_NOT_ALLOWED");
  });

  it("should refuse a plan that runs anywhere but the explorer's database (USE)", () => {
    expect(codeOf(planOf("procedure-on-system"))).toBe("CYPHER_USE_NOT_ALLOWED");
    const elsewhere = JSON.parse(JSON.stringify(planOf("read-db-labels")).replaceAll("@neo4j", "@other"));
    expect(codeOf(elsewhere)).toBe("CYPHER_USE_NOT_ALLOWED");
    expect(codeOf(elsewhere, { database: "OTHER" })).toBeNull();
  });

  it("should refuse a user-defined function off the allowlist named in any operator's details", () => {
    // vector.similarity.cosine is built in; here it stands for a plugin function the server would list.
    const userFunctions = ["vector.similarity.cosine"];
    expect(codeOf(planOf("read-vector-function"), { userFunctions })).toBe("CYPHER_FUNCTION_NOT_ALLOWED");
    expect(codeOf(planOf("read-vector-function"), { userFunctions, functionAllowlist: ["vector.*"] })).toBeNull();
    expect(codeOf(planOf("read-vector-function"), { userFunctions: ["apoc.text.join"] })).toBeNull();
  });

  it("should allow the captured reads: paths, subqueries, UNION, EXISTS, COUNT, SHORTEST, db.labels, fulltext", () => {
    for (const name of [
      "read-paths-between",
      "read-subqueries",
      "read-quantified-shortest",
      "read-db-labels",
      "read-fulltext",
      "read-vector-function",
    ]) {
      expect(codeOf(planOf(name)), name).toBeNull();
    }
  });

  it("should walk a plan thousands of operators deep without overflowing the stack", () => {
    let plan: unknown = op("Argument@neo4j");
    for (let i = 0; i < 50_000; i++) plan = op("Apply@neo4j", [plan]);
    expect(codeOf(plan)).toBeNull();
    plan = op("LoadCSV@neo4j");
    for (let i = 0; i < 50_000; i++) plan = op("Apply@neo4j", [plan]);
    expect(codeOf(plan)).toBe("CYPHER_LOAD_CSV_NOT_ALLOWED");
  });
});

describe("splitOperatorType and procedureOfDetails", () => {
  it("should find no database or procedure where there is none", () => {
    expect(splitOperatorType("Filter")).toEqual(["Filter", undefined]);
    expect(splitOperatorType("@neo4j")).toEqual(["@neo4j", undefined]);
    expect(procedureOfDetails(undefined)).toBeUndefined();
    expect(procedureOfDetails("no call here")).toBeUndefined();
  });

  it("should split at the last @ and read the procedure's dotted name", () => {
    expect(splitOperatorType("Expand(All)@neo4j")).toEqual(["Expand(All)", "neo4j"]);
    expect(procedureOfDetails("db.index.fulltext.queryNodes($a, $b) :: (node :: NODE)")).toBe(
      "db.index.fulltext.queryNodes",
    );
  });
});

describe("the operator lists", () => {
  it("should never list an operator as both read and refused", () => {
    expect(Object.keys(REFUSED_OPERATORS).filter((o) => READ_OPERATORS.has(o))).toEqual([]);
    expect(READ_OPERATORS.has("ProcedureCall")).toBe(false);
  });
});
