// Types of @neo4j-cypher/codemirror: its package.json `exports` hides the .d.ts it ships, so point TypeScript at it.
declare module "@neo4j-cypher/codemirror" {
  export * from "@neo4j-cypher/codemirror/src/codemirror.d.ts";
}
