// The house's walls as a check (`npm run walls`, part of `npm test`): which room may import which. docs/architecture.md
// draws the same rooms; a new arrow that breaks a wall fails CI.

/** The client core's floors, bottom to top: a folder may import only folders on lower floors (never the same one). */
const CORE_FLOORS = [
  ["utils", "testing"],
  ["notices", "health", "ui", "search", "details", "reader", "claims"],
  ["dataset", "positions"],
  ["history"],
  ["filters"],
  ["appearance"],
  ["selection", "trace"],
  ["chain"],
  ["sigma"],
  ["layout", "scale"],
  ["exploration", "workspace"],
  ["deeplink", "export", "workbench"],
];

const core = (folders) => `^client/src/core/(${folders.join("|")})/`;

/** One rule per floor: nothing on it may import its own floor's other folders or any floor above. */
const floorRules = CORE_FLOORS.flatMap((floor, level) => {
  const above = CORE_FLOORS.slice(level + 1).flat();
  return floor.map((folder) => ({
    name: `core-floor-${folder}`,
    comment: `client/src/core/${folder} is on floor ${level}: it may import only lower floors`,
    severity: "error",
    from: { path: core([folder]) },
    to: { path: core([...above, ...floor.filter((f) => f !== folder)]) },
  }));
});

/** Pure libraries the shared room's writers may use besides zod. */
const DOMAIN_PACKAGES = ["zod", "graphology", "graphology-[a-z-]+", "fflate", "xmlbuilder2"];

module.exports = {
  forbidden: [
    {
      name: "client-reaches-only-the-shared-room",
      comment: "The client imports nothing from server/ but the shared room (server/domain, as @domain/…)",
      severity: "error",
      from: { path: "^client/" },
      to: { path: "^server/(?!domain/)" },
    },
    {
      name: "shared-room-stays-pure",
      comment:
        "server/domain imports only itself, zod and the pure libraries its writers need: no express, driver, DOM",
      severity: "error",
      from: { path: "^server/domain/" },
      to: {
        pathNot: [
          "^server/domain/",
          ...DOMAIN_PACKAGES.map((p) => `^node_modules/${p}/`),
          "^node_modules/graphology-types/",
        ],
      },
    },
    {
      name: "shared-room-no-node-builtins",
      severity: "error",
      from: { path: "^server/domain/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "routes-never-import-the-driver",
      comment: "Routes reach Neo4j through repositories only",
      severity: "error",
      from: { path: "^server/http/routes/" },
      to: { path: ["^node_modules/neo4j-driver", "^server/neo4j/driver"] },
    },
    {
      name: "nothing-imports-http-but-the-entry-points",
      comment: "HTTP is the top of the server: repositories, the gate, mappers and neo4j never reach up into it",
      severity: "error",
      from: { path: "^server/", pathNot: ["^server/http/", "^server/cli/"] },
      to: { path: "^server/http/" },
    },
    {
      name: "repositories-below-http",
      severity: "error",
      from: {
        path: "^server/(repositories|cypherGate|cypherWorker|workers|workbench|corroboration|mappers|search|neo4j|ingest|layout)/",
      },
      to: { path: "^server/(cli|bootstrap)/" },
    },
    {
      name: "provisioning-only-from-entry-points",
      comment:
        "The local Neo4j provisioning is reached by npm start, npm run db, tests and the bench, never by a request",
      severity: "error",
      from: {
        path: "^server/(http|repositories|cypherGate|cypherWorker|workers|corroboration|mappers|search|neo4j|ingest|layout|domain)/",
      },
      to: { path: "^server/provision/" },
    },
    {
      name: "core-never-imports-views",
      severity: "error",
      from: { path: "^client/src/core/" },
      to: { path: "^client/src/views/" },
    },
    ...floorRules,
    {
      name: "no-unresolvable-imports",
      comment: "Every import resolves (a wrong path is not a way around a wall)",
      severity: "error",
      from: {},
      // Vite's asset suffixes (?url, ?raw) are resolved by the bundler, not by Node.
      to: { couldNotResolve: true, pathNot: "\\?(url|raw)$" },
    },
    {
      name: "no-circular",
      comment: "No import cycles between files",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["^client/dist/", "\\.test\\.tsx?$"] },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".cjs", ".mjs", ".json", ".d.ts"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
