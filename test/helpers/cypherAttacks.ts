// Test helpers: queries the gate must refuse, and a seeded generator of the spellings an attacker would try for each.
import { CYPHER_WHITESPACE } from "../../server/cypherGate/lexical";
import { seededRandom } from "../../server/layout/seededRandom";

export interface Attack {
  kind: string;
  /** The query, tokens separated by single spaces; `%URL%` is the test's HTTP listener. */
  query: string;
  /** Must start the query (USE, admin and schema commands), so it cannot be put after a WITH. */
  standalone?: boolean;
  /** False only where the plan cannot tell (USE of the explorer's own database, which changes nothing). */
  planRefuses?: boolean;
}

export interface Variant {
  kind: string;
  how: string;
  query: string;
  planRefuses: boolean;
}

/** One of each kind of query the gate refuses, written plainly. */
export const ATTACKS: readonly Attack[] = [
  { kind: "LOAD CSV http", query: "LOAD CSV FROM '%URL%/a.csv' AS row RETURN row" },
  { kind: "LOAD CSV http headers", query: "LOAD CSV WITH HEADERS FROM '%URL%/b.csv' AS row RETURN row" },
  { kind: "LOAD CSV file", query: "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row" },
  { kind: "LOAD CSV in a subquery", query: "CALL { LOAD CSV FROM '%URL%/c.csv' AS row RETURN row } RETURN row" },
  {
    kind: "LOAD CSV after a read",
    query: "MATCH (n:Entity) WITH n LIMIT 1 LOAD CSV FROM '%URL%/d.csv' AS row RETURN row",
  },
  { kind: "SHOW USERS", query: "SHOW USERS", standalone: true },
  { kind: "SHOW CURRENT USER", query: "SHOW CURRENT USER", standalone: true },
  { kind: "SHOW DATABASES", query: "SHOW DATABASES", standalone: true },
  { kind: "SHOW TRANSACTIONS", query: "SHOW TRANSACTIONS", standalone: true },
  { kind: "SHOW SETTINGS", query: "SHOW SETTINGS YIELD name, value RETURN name, value", standalone: true },
  { kind: "SHOW PROCEDURES", query: "SHOW PROCEDURES", standalone: true },
  { kind: "SHOW FUNCTIONS", query: "SHOW FUNCTIONS", standalone: true },
  { kind: "SHOW INDEXES", query: "SHOW INDEXES", standalone: true },
  { kind: "TERMINATE TRANSACTIONS", query: "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", standalone: true },
  {
    kind: "CREATE USER",
    query: "CREATE USER gate_probe SET PASSWORD 'gate-probe-password' CHANGE NOT REQUIRED",
    standalone: true,
  },
  { kind: "ALTER USER", query: "ALTER USER gate_probe_missing SET PASSWORD 'gate-probe-password'", standalone: true },
  { kind: "RENAME USER", query: "RENAME USER gate_probe_missing TO gate_probe_other", standalone: true },
  { kind: "DROP USER", query: "DROP USER gate_probe_missing IF EXISTS", standalone: true },
  { kind: "CREATE DATABASE", query: "CREATE DATABASE gateprobe", standalone: true },
  { kind: "DROP DATABASE", query: "DROP DATABASE gateprobemissing IF EXISTS", standalone: true },
  { kind: "GRANT", query: "GRANT ROLE admin TO gate_probe_missing", standalone: true },
  { kind: "CREATE INDEX", query: "CREATE INDEX gate_probe FOR (n:GateProbe) ON (n.x)", standalone: true },
  {
    kind: "CREATE INDEX IF NOT EXISTS",
    query: "CREATE INDEX gate_probe IF NOT EXISTS FOR (n:GateProbe) ON (n.x)",
    standalone: true,
  },
  {
    kind: "CREATE CONSTRAINT",
    query: "CREATE CONSTRAINT gate_probe FOR (n:GateProbe) REQUIRE n.id IS UNIQUE",
    standalone: true,
  },
  {
    kind: "CREATE FULLTEXT INDEX",
    query: "CREATE FULLTEXT INDEX gate_probe FOR (n:GateProbe) ON EACH [n.x]",
    standalone: true,
  },
  { kind: "DROP INDEX", query: "DROP INDEX gate_probe_missing IF EXISTS", standalone: true },
  { kind: "DROP CONSTRAINT", query: "DROP CONSTRAINT gate_probe_missing IF EXISTS", standalone: true },
  { kind: "CREATE", query: "CREATE (n:GateProbe {id: 'x'}) RETURN n" },
  { kind: "MERGE", query: "MERGE (n:GateProbe {id: 'x'}) RETURN n" },
  { kind: "SET property", query: "MATCH (n:Entity {id: 'org:deepseek'}) SET n.gateProbe = 1 RETURN n" },
  { kind: "SET label", query: "MATCH (n:Entity {id: 'org:deepseek'}) SET n:GateProbe RETURN n" },
  { kind: "REMOVE", query: "MATCH (n:Entity {id: 'org:deepseek'}) REMOVE n.name RETURN n" },
  { kind: "DELETE", query: "MATCH (n:GateProbe)-[r]->() DELETE r" },
  { kind: "DETACH DELETE", query: "MATCH (n:GateProbe) DETACH DELETE n" },
  { kind: "FOREACH", query: "FOREACH (x IN [1] | CREATE (:GateProbe))" },
  {
    kind: "unit subquery write",
    query: "MATCH (n:Entity {id: 'org:deepseek'}) CALL (n) { SET n.gateProbe = 2 } RETURN n",
  },
  { kind: "IN TRANSACTIONS write", query: "CALL { CREATE (:GateProbe) } IN TRANSACTIONS" },
  { kind: "IN TRANSACTIONS read", query: "UNWIND [1] AS x CALL (x) { RETURN x AS y } IN TRANSACTIONS RETURN y" },
  {
    kind: "IN TRANSACTIONS OF ROWS",
    query: "UNWIND [1] AS x CALL (x) { RETURN x AS y } IN TRANSACTIONS OF 10 ROWS ON ERROR FAIL RETURN y",
  },
  { kind: "USE system", query: "USE system CALL db.labels() YIELD label RETURN label", standalone: true },
  { kind: "USE own database", query: "USE neo4j MATCH (n) RETURN n LIMIT 1", standalone: true, planRefuses: false },
  { kind: "dbms.listConfig", query: "CALL dbms.listConfig() YIELD name RETURN name" },
  { kind: "dbms.listConnections", query: "CALL dbms.listConnections() YIELD connectionId RETURN connectionId" },
  { kind: "dbms.setConfigValue", query: "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')" },
  { kind: "db.createLabel", query: "CALL db.createLabel('GateProbe')" },
  { kind: "tx.setMetaData", query: "CALL tx.setMetaData({gate: 'probe'})" },
  { kind: "db.stats.retrieve", query: "CALL db.stats.retrieve('GRAPH COUNTS') YIELD data RETURN data" },
  { kind: "db.info", query: "CALL db.info() YIELD id RETURN id" },
  {
    kind: "allowed procedure feeding a write",
    query: "CALL db.labels() YIELD label CALL db.createLabel(label) RETURN label",
  },
];

const hex4 = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
const escapeLetters = (word: string, which: (i: number) => boolean) =>
  [...word].map((c, i) => (which(i) && /[A-Za-z]/.test(c) ? hex4(c) : c)).join("");

/** Splits on spaces outside quotes, so 'a b' stays one token. */
export function tokens(query: string): string[] {
  return query.match(/(?:'[^']*'|[^\s'])+/g) ?? [];
}

const isKeyword = (t: string) => /^[A-Z]{2,}$/.test(t);
/** Procedure names and labels, the names an attacker would escape or quote. */
const NAME = /(?<=^|:)(?:[a-z]+(?:\.[A-Za-z]+)+(?=\()|(?<=:)[A-Z][A-Za-z]+)/g;

type TokenMap = (t: string, i: number, rnd: () => number) => string;

const keywords =
  (f: (word: string, rnd: () => number) => string): TokenMap =>
  (t, _i, rnd) =>
    isKeyword(t) ? f(t, rnd) : t;
const names =
  (f: (name: string) => string): TokenMap =>
  (t) =>
    t.replace(NAME, f);
const backtick = (name: string) =>
  name
    .split(".")
    .map((p) => `\`${p}\``)
    .join(".");
const escapeName = (name: string) => {
  const dot = name.lastIndexOf(".");
  return dot >= 0
    ? `${name.slice(0, dot + 1)}${hex4(name[dot + 1] as string)}${name.slice(dot + 2)}`
    : escapeLetters(name, (i) => i === 1);
};
const mixedCase = (w: string) => [...w].map((c, i) => (i % 2 ? c.toLowerCase() : c)).join("");

const TOKEN_MAPS: Record<string, TokenMap> = {
  "keywords lower case": keywords((w) => w.toLowerCase()),
  "keywords mixed case": keywords(mixedCase),
  "keywords' first letter escaped": keywords((w) => escapeLetters(w, (i) => i === 0)),
  "keywords fully escaped": keywords((w) => escapeLetters(w, () => true)),
  "names escaped": names(escapeName),
  "names backtick-quoted": names(backtick),
};

const COMMENT_SEPARATORS: Record<string, string> = {
  "block comments": "/**/",
  "block comments with words": "/* LOAD CSV; SHOW */",
  "line comments ended by LF": " //x\n",
  "line comments ended by CR": " //x\r",
  "line comments ended by an escaped LF": " //x\\u000a",
};

/** Wrappers that make a scanner that lexes unlike Neo4j see a harmless query. */
const WRAPPERS: Record<string, { clauseOnly: boolean; wrap: (q: string) => string }> = {
  "after a string closed by \\u0027": {
    clauseOnly: true,
    wrap: (q) => `WITH '\\u0027 AS gate_x ${q} //' AS gate_y RETURN gate_y`,
  },
  "after a line comment ended by CR": { clauseOnly: false, wrap: (q) => `// harmless\r${q}` },
  "after a line comment ended by \\u000d": { clauseOnly: false, wrap: (q) => `// harmless\\u000d${q}` },
  "after a read and a CR comment": { clauseOnly: true, wrap: (q) => `WITH 1 AS gate_x // c\r${q}` },
  "after a block comment closed by \\u002a/": { clauseOnly: false, wrap: (q) => `/* harmless \\u002a/ ${q}` },
};

const WHITESPACE = CYPHER_WHITESPACE.map((cp) => String.fromCharCode(cp));
const ALL_SEPARATORS = [" ", ...WHITESPACE, ...WHITESPACE.map(hex4), ...Object.values(COMMENT_SEPARATORS)];

function build(ts: string[], map: TokenMap | undefined, sep: (i: number) => string, rnd: () => number): string {
  return ts.map((t, i) => (map ? map(t, i, rnd) : t)).reduce((acc, t, i) => (i === 0 ? t : acc + sep(i) + t), "");
}

/** A combination: a random separator in every gap, a random spelling of every keyword and name, maybe a wrapper. */
function combination(attack: Attack, rnd: () => number): string {
  const maps = Object.values(TOKEN_MAPS);
  const perToken: TokenMap = (t, i, r) => {
    const m = maps[Math.floor(r() * (maps.length + 1))];
    return m ? m(t, i, r) : t;
  };
  let q = build(
    tokens(attack.query),
    perToken,
    () => ALL_SEPARATORS[Math.floor(rnd() * ALL_SEPARATORS.length)] as string,
    rnd,
  );
  const wrappers = Object.values(WRAPPERS).filter((w) => !(w.clauseOnly && attack.standalone));
  if (rnd() < 0.4) q = (wrappers[Math.floor(rnd() * wrappers.length)] as (typeof wrappers)[number]).wrap(q);
  return q;
}

/**
 * Every spelling of every attack: each Cypher whitespace character (raw and as \uXXXX) in every gap, comments in
 * every gap, keywords and names escaped, re-cased or backtick-quoted, the desynchronising wrappers, and `combinations`
 * random mixes each. With `sample`, a deterministic slice of a few per attack that still covers every whitespace
 * character and every technique across the list.
 */
export function attackVariants(options: { sample: boolean; combinations: number; seed?: number }): Variant[] {
  // Seeded (mulberry32), so a failing variant can be found again.
  const rnd = seededRandom(options.seed ?? 12);
  const out: Variant[] = [];
  ATTACKS.forEach((attack, a) => {
    const ts = tokens(attack.query);
    const planRefuses = attack.planRefuses ?? true;
    const seen = new Set<string>();
    const add = (how: string, query: string) => {
      if (!seen.has(query)) out.push({ kind: attack.kind, how, query, planRefuses });
      seen.add(query);
    };
    add("as written", attack.query);
    const pick = <T>(list: readonly T[], k: number): T[] =>
      options.sample
        ? list.filter((_, i) => i % Math.ceil(list.length / k) === a % Math.ceil(list.length / k))
        : [...list];
    for (const ch of pick(WHITESPACE, 2))
      add(
        `U+${hex4(ch).slice(2).toUpperCase()} between tokens`,
        build(ts, undefined, () => ch, rnd),
      );
    for (const ch of pick(WHITESPACE, 1))
      add(
        `escaped U+${hex4(ch).slice(2).toUpperCase()} between tokens`,
        build(ts, undefined, () => hex4(ch), rnd),
      );
    for (const [how, sep] of pick(Object.entries(COMMENT_SEPARATORS), 2))
      add(
        how,
        build(ts, undefined, () => sep, rnd),
      );
    for (const [how, map] of pick(Object.entries(TOKEN_MAPS), 3))
      add(
        how,
        build(ts, map, () => " ", rnd),
      );
    const wrappers = Object.entries(WRAPPERS).filter(([, w]) => !(w.clauseOnly && attack.standalone));
    for (const [how, w] of pick(wrappers, 1)) add(how, w.wrap(attack.query));
    for (let k = 0; k < options.combinations; k++) add(`combination ${k + 1}`, combination(attack, rnd));
  });
  return out;
}
