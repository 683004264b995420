// The gate's decision on Neo4j's own EXPLAIN plan: every operator a known read on the explorer's database, or refused.
import { z } from "zod";
import { checkUserFunctions, nameAllowed } from "./functions";
import type { CypherRefusal, CypherRefusalCode } from "./refusal";

/**
 * Operators that only read, as Neo4j 5.26 names them in `operatorType` (before the "@database" suffix). Built from
 * the Cypher manual's operator summary (docs-cypher, planning-and-tuning/operators), the names the 5.26.30 server
 * spells in `LogicalPlan2PlanDescription` (neo4j-cypher-5.26.30.jar), and EXPLAIN of the query library, the app's own
 * reads and ~130 probe queries on the real server (test/fixtures/plans/). Anything not here is refused, so a newer
 * server's new operator fails closed until it is reviewed and added.
 */
export const READ_OPERATORS: ReadonlySet<string> = new Set([
  // Results, rows and control flow.
  "ProduceResults",
  "Projection",
  "Filter",
  "Limit",
  "ExhaustiveLimit",
  "Skip",
  "Sort",
  "PartialSort",
  "Top",
  "Top1WithTies",
  "PartialTop",
  "Distinct",
  "OrderedDistinct",
  "EagerAggregation",
  "OrderedAggregation",
  "Eager",
  "EmptyResult",
  "EmptyRow",
  "Unwind",
  "PartitionedUnwind",
  "CacheProperties",
  "Argument",
  "ArgumentTracker",
  "Optional",
  "Anti",
  "Union",
  "OrderedUnion",
  "CartesianProduct",
  "NodeHashJoin",
  "ValueHashJoin",
  "NodeLeftOuterHashJoin",
  "NodeRightOuterHashJoin",
  "Apply",
  "SemiApply",
  "AntiSemiApply",
  "LetSemiApply",
  "LetAntiSemiApply",
  "SelectOrSemiApply",
  "SelectOrAntiSemiApply",
  "LetSelectOrSemiApply",
  "LetSelectOrAntiSemiApply",
  "ConditionalApply",
  "AntiConditionalApply",
  "RollUpApply",
  "PreserveOrder",
  "NullifyMetadata",
  "ProjectEndpoints",
  // Node leaves.
  "AllNodesScan",
  "NodeByLabelScan",
  "UnionNodeByLabelsScan",
  "IntersectionNodeByLabelsScan",
  "SubtractionNodeByLabelsScan",
  "NodeByIdSeek",
  "NodeByElementIdSeek",
  "NodeCountFromCountStore",
  "NodeIndexScan",
  "NodeIndexSeek",
  "NodeIndexSeekByRange",
  "NodeUniqueIndexSeek",
  "NodeUniqueIndexSeekByRange",
  "NodeIndexContainsScan",
  "NodeIndexEndsWithScan",
  "MultiNodeIndexSeek",
  // Relationship leaves, each directed and undirected.
  ...["Directed", "Undirected"].flatMap((d) =>
    [
      "AllRelationshipsScan",
      "RelationshipTypeScan",
      "UnionRelationshipTypesScan",
      "RelationshipByIdSeek",
      "RelationshipByElementIdSeek",
      "RelationshipIndexScan",
      "RelationshipIndexSeek",
      "RelationshipIndexSeekByRange",
      "RelationshipUniqueIndexSeek",
      "RelationshipUniqueIndexSeekByRange",
      "RelationshipIndexContainsScan",
      "RelationshipIndexEndsWithScan",
    ].map((op) => `${d}${op}`),
  ),
  "RelationshipCountFromCountStore",
  // The parallel runtime's leaves (Enterprise, CYPHER runtime=parallel).
  "PartitionedAllNodesScan",
  "PartitionedNodeByLabelScan",
  "PartitionedUnionNodeByLabelsScan",
  "PartitionedIntersectionNodeByLabelsScan",
  "PartitionedSubtractionNodeByLabelsScan",
  "PartitionedNodeIndexScan",
  "PartitionedNodeIndexSeek",
  "PartitionedNodeIndexSeekByRange",
  ...["Directed", "Undirected"].flatMap((d) =>
    [
      "AllRelationshipsScan",
      "RelationshipTypeScan",
      "UnionRelationshipTypesScan",
      "RelationshipIndexScan",
      "RelationshipIndexSeek",
      "RelationshipIndexSeekByRange",
    ].map((op) => `Partitioned${d}${op}`),
  ),
  // Expansion and paths; the parenthesis names the expansion mode, All or Into.
  "Expand(All)",
  "Expand(Into)",
  "OptionalExpand(All)",
  "OptionalExpand(Into)",
  "VarLengthExpand(All)",
  "VarLengthExpand(Into)",
  "VarLengthExpand(Pruning)",
  "VarLengthExpand(Pruning,BFS,All)",
  "VarLengthExpand(Pruning,BFS,Into)",
  "ShortestPath",
  "StatefulShortestPath(All)",
  "StatefulShortestPath(Into)",
  "PathPropagatingBFS",
  "Repeat(Trail)",
  "Repeat(Walk)",
  "BidirectionalRepeat(Trail)",
  "TriadicSelection",
  "TriadicBuild",
  "TriadicFilter",
]);

/**
 * Operators known not to be plain reads, with the refusal each earns. Writes (FOREACH and MERGE carry their updates
 * in their own details, with no child operator), LOAD CSV, batched transactions, admin, SHOW, schema and the
 * composite databases' remote execution (USE). Operators in neither list are refused as unknown.
 */
export const REFUSED_OPERATORS: Readonly<Record<string, CypherRefusalCode>> = {
  LoadCSV: "CYPHER_LOAD_CSV_NOT_ALLOWED",
  TransactionApply: "CYPHER_IN_TRANSACTIONS_NOT_ALLOWED",
  TransactionForeach: "CYPHER_IN_TRANSACTIONS_NOT_ALLOWED",
  RunQueryAt: "CYPHER_USE_NOT_ALLOWED",
  ...Object.fromEntries(
    [
      "Create",
      "Merge",
      "LockingMerge",
      "LockNodes",
      "MergeInto",
      "MergeUniqueNode",
      "Delete",
      "DetachDelete",
      "SetProperty",
      "SetProperties",
      "SetDynamicProperty",
      "SetPropertiesFromMap",
      "SetNodePropertiesFromMap",
      "SetRelationshipPropertiesFromMap",
      "SetLabels",
      "RemoveLabels",
      "Foreach",
      "SubqueryForeach",
      "AssertSameNode",
      "AssertSameRelationship",
      "AssertingMultiNodeIndexSeek",
      "AssertingMultiRelationshipIndexSeek",
      // Seeks that lock what they find, planned under SET or MERGE (seen: NodeUniqueIndexSeek(Locking)).
      "NodeUniqueIndexSeek(Locking)",
      "NodeUniqueIndexSeekByRange(Locking)",
      "DirectedRelationshipUniqueIndexSeek(Locking)",
      "UndirectedRelationshipUniqueIndexSeek(Locking)",
    ].map((op) => [op, "CYPHER_NOT_READ_ONLY" as const]),
  ),
  ...Object.fromEntries(
    [
      "AdministrationCommand",
      "CreateIndex",
      "CreateConstraint",
      "DropIndex",
      "DropConstraint",
      "DoNothingIfExists(INDEX)",
      "DoNothingIfExists(CONSTRAINT)",
      "ShowIndexes",
      "ShowConstraints",
      "ShowProcedures",
      "ShowFunctions",
      "ShowSettings",
      "ShowTransactions",
      "TerminateTransactions",
    ].map((op) => [op, "CYPHER_ADMIN_NOT_ALLOWED" as const]),
  ),
};

/** One operator of the driver's `summary.plan`; children are checked one by one as the walk reaches them. */
export const PlanOperator = z.object({
  operatorType: z.string().min(1),
  arguments: z.record(z.string(), z.unknown()).default({}),
  children: z.array(z.unknown()).default([]),
});
export type PlanOperator = z.infer<typeof PlanOperator>;

export interface PlanCheckOptions {
  /** The database the query must run on: the `@…` suffix every operator must carry (summary.database.name). */
  database: string | undefined;
  procedureAllowlist: readonly string[];
  functionAllowlist: readonly string[];
  /** The server's non-built-in function names (SHOW FUNCTIONS … WHERE NOT isBuiltIn). */
  userFunctions: readonly string[];
}

const refusal = (code: CypherRefusalCode, reason: string): CypherRefusal => ({ code, reason });

/** "dbms.listConfig() :: (name :: STRING, …)" → "dbms.listConfig"; undefined unless it is a plain dotted name. */
export function procedureOfDetails(details: unknown): string | undefined {
  if (typeof details !== "string") return undefined;
  return /^([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)\(/.exec(details)?.[1];
}

/** "NodeByLabelScan@neo4j" → ["NodeByLabelScan", "neo4j"]; the database is undefined without a suffix. */
export function splitOperatorType(operatorType: string): [string, string | undefined] {
  const at = operatorType.lastIndexOf("@");
  return at <= 0 ? [operatorType, undefined] : [operatorType.slice(0, at), operatorType.slice(at + 1)];
}

/**
 * Walks the whole EXPLAIN plan (`plan`: the driver's summary.plan, any value) and refuses unless every operator is a
 * known read (READ_OPERATORS) on `options.database`, every ProcedureCall names an allowlisted procedure, and no
 * operator's details call a user-defined function off the function allowlist. Returns the first refusal (walk order)
 * or null. A missing or malformed plan is refused (CYPHER_PLAN_UNAVAILABLE). Pure; iterative, so a deep plan
 * cannot overflow the stack.
 */
export function checkPlan(plan: unknown, options: PlanCheckOptions): CypherRefusal | null {
  if (options.database === undefined) {
    return refusal("CYPHER_PLAN_UNAVAILABLE", "Neo4j did not say which database the query would run on.");
  }
  const expected = options.database.toLowerCase();
  const details: string[] = [];
  const stack: unknown[] = [plan];
  while (stack.length > 0) {
    const parsed = PlanOperator.safeParse(stack.pop());
    if (!parsed.success) {
      return refusal(
        "CYPHER_PLAN_UNAVAILABLE",
        "Neo4j returned no readable plan for the query, so it cannot be checked.",
      );
    }
    const { operatorType, arguments: args, children } = parsed.data;
    const [operator, database] = splitOperatorType(operatorType);
    if (database === undefined) {
      return refusal("CYPHER_PLAN_UNAVAILABLE", `The plan's operator ${operatorType} does not name its database.`);
    }
    if (database.toLowerCase() !== expected) {
      return refusal(
        "CYPHER_USE_NOT_ALLOWED",
        `Part of the query would run on the database "${database}"; queries here run on the explorer's graph only.`,
      );
    }
    if (typeof args.Details === "string") details.push(args.Details);
    if (operator === "ProcedureCall") {
      const name = procedureOfDetails(args.Details);
      if (name === undefined || !nameAllowed(name, options.procedureAllowlist)) {
        return refusal(
          "CYPHER_PROCEDURE_NOT_ALLOWED",
          `The procedure ${name ?? "in this query"} is not allowed here; allowed: ${options.procedureAllowlist.join(", ")}.`,
        );
      }
    } else if (!READ_OPERATORS.has(operator)) {
      const known = Object.hasOwn(REFUSED_OPERATORS, operator) ? REFUSED_OPERATORS[operator] : undefined;
      return known
        ? refusal(
            known,
            `Neo4j's plan for this query uses ${operator}, which is not a read; only read-only queries run here.`,
          )
        : refusal(
            "CYPHER_OPERATOR_NOT_ALLOWED",
            `Neo4j's plan uses the operator ${operator}, which the explorer does not know to be read-only, so the query is refused.`,
          );
    }
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]);
  }
  return checkUserFunctions(details, options.userFunctions, options.functionAllowlist);
}
