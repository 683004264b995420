// The process environment, validated once by zod at boot; every setting the project reads is listed here.
import { userInfo } from "node:os";
import { z } from "zod";
import { ConfigError } from "../errors";

/** The account running the explorer, as the author of researchers' decisions when KG_AUTHOR is not set. */
function accountName(): string {
  try {
    const name = userInfo().username.trim();
    return name === "" ? "kg-explorer" : name;
  } catch {
    return "kg-explorer";
  }
}

const Port = z.coerce.number().int().min(0).max(65535);
const Bool = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .transform((v) => v === "1" || v === "true" || v === "yes");

export const EnvSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^\s]+$/, {
      message: "must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI",
    })
    .optional(),
  NEO4J_USERNAME: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
  /** Force a provisioning route instead of the automatic order env → docker → local. */
  KG_NEO4J_ROUTE: z.enum(["env", "docker", "local"]).optional(),
  /** Where the local Neo4j server, its data and its generated credentials live. Outside git. */
  KG_CACHE_DIR: z.string().min(1).optional(),
  /** Keep a local Neo4j that tests started running after they finish (faster reruns). */
  KG_KEEP_NEO4J: Bool.default(false),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: Port.default(7400),
  /** Bearer token required on /api when HOST is not loopback. */
  API_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** How long a request waits for a pooled Neo4j connection before the API answers 503. */
  KG_NEO4J_ACQUISITION_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
  /** Time between the liveness probe's pings of Neo4j, in ms. */
  KG_NEO4J_PING_INTERVAL_MS: z.coerce.number().int().min(100).max(60_000).default(1000),
  /**
   * How long the probe's trivial ping may take, in ms, before Neo4j counts as frozen: the API then answers 503 at
   * once and /api/health "degraded". Applies to the ping (and health's own read) only, never to ordinary queries.
   */
  KG_NEO4J_PING_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(2000),
  /** Transaction timeout of a researcher's Cypher (POST /api/cypher, export by query). */
  KG_CYPHER_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** Rows returned by a researcher's Cypher before the answer is cut and marked truncated. */
  KG_CYPHER_MAX_ROWS: z.coerce.number().int().min(1).max(1_000_000).default(1000),
  /** Nodes in the graph of a researcher's Cypher before the answer is cut and marked truncated. */
  KG_CYPHER_MAX_NODES: z.coerce.number().int().min(1).max(1_000_000).default(5000),
  /**
   * Bytes (UTF-8) of the JSON answer of a researcher's Cypher, rows and graph together: the answer is cut at a row
   * boundary when the next row would not fit, and a cell over its share of it is sent as an `Omitted` placeholder.
   */
  KG_CYPHER_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(64 * 1024)
    .max(256 * 1024 * 1024)
    .default(4 * 1024 * 1024),
  /**
   * Worker threads that run researchers' Cypher (POST /api/cypher, export by query), each with its own driver and heap
   * cap, so decoding a huge record never stalls the HTTP thread. One query runs per worker at a time.
   */
  KG_CYPHER_WORKERS: z.coerce.number().int().min(1).max(16).default(2),
  /** Queries that may wait for a free Cypher worker; one more answers 503 CYPHER_BUSY at once. */
  KG_CYPHER_QUEUE: z.coerce.number().int().min(0).max(1000).default(8),
  /**
   * Heap cap of each Cypher worker, in MB (V8's old generation): a query whose answer needs more to decode answers 413
   * CYPHER_ANSWER_TOO_LARGE and its worker is replaced. Exports by query are collected there too, so it bounds them.
   */
  KG_CYPHER_WORKER_HEAP_MB: z.coerce.number().int().min(32).max(16_384).default(512),
  /**
   * A Cypher worker's wall clock is KG_CYPHER_TIMEOUT_MS plus this grace, in ms (for the driver's decoding and the
   * answer's building after Neo4j's timeout); past it the query answers 504 CYPHER_TIMEOUT and its worker is replaced.
   */
  KG_CYPHER_WORKER_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(5000),
  /**
   * Above this many nodes the client opens on an overview (the 20k most connected nodes, GET /api/overview) instead
   * of the whole graph.
   */
  KG_OVERVIEW_ABOVE: z.coerce.number().int().min(1).max(1_000_000_000).default(100_000),
  /** Nodes of that overview (the most connected), 1 to 20000: the default `limit` of GET /api/overview. */
  KG_OVERVIEW_NODES: z.coerce.number().int().min(1).max(20_000).default(20_000),
  /** Nodes one export may hold. */
  KG_EXPORT_MAX_NODES: z.coerce.number().int().min(1).max(10_000_000).default(100_000),
  /** Relationships one export by query may hold; over it (or over KG_EXPORT_MAX_NODES), the export answers 413. */
  KG_EXPORT_MAX_EDGES: z.coerce.number().int().min(1).max(50_000_000).default(1_000_000),
  /** Origins allowed to call the API from another site, comma-separated (e.g. https://a.example). Unset: no CORS. */
  KG_CORS_ORIGIN: z
    .string()
    .transform((v) =>
      v
        .split(",")
        .map((o) => o.trim())
        .filter((o) => o !== ""),
    )
    .pipe(z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, { message: "must list origins such as https://a.example" })))
    .optional(),
  /**
   * Host names the server answers to besides 127.0.0.1, localhost and ::1, comma-separated (e.g. a name a proxy
   * forwards). Any other Host header is refused (403), which defeats DNS rebinding. Off loopback (HOST not loopback),
   * unset means any Host is accepted, since the API token guards every request there.
   */
  KG_ALLOWED_HOSTS: z
    .string()
    .transform((v) =>
      v
        .split(",")
        .map((h) => h.trim().toLowerCase())
        .filter((h) => h !== ""),
    )
    .pipe(
      z.array(
        z
          .string()
          .regex(/^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/, { message: "must list host names such as explorer.example" }),
      ),
    )
    .optional(),
  /** Window of the rate limits on POST /api/cypher and /api/export. */
  KG_RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1000).max(86_400_000).default(60_000),
  /** Requests one client may send to POST /api/cypher per window. */
  KG_RATE_LIMIT_CYPHER: z.coerce.number().int().min(1).max(100_000_000).default(60),
  /** Requests one client may send to /api/export per window. */
  KG_RATE_LIMIT_EXPORT: z.coerce.number().int().min(1).max(100_000_000).default(20),
  /**
   * Who researchers' decisions are recorded as (marks on sources, merges and splits of claim groups, and the source
   * workbench's edits): a name or handle, stored with each decision and its time. Default: the account running it.
   */
  KG_AUTHOR: z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(200, "must be at most 200 characters")
    .default(accountName),
  /**
   * Where the workbench keeps drafts, commit records and the saved document folders (the durable record of what
   * it committed). Default: $XDG_DATA_HOME/kg-explorer/workbench (~/.local/share/kg-explorer/workbench). Never inside git.
   */
  KG_WORKBENCH_DIR: z.string().min(1).optional(),
  /** Largest file the workbench accepts as an upload, in bytes (the JSON body carries it base64, a third larger). */
  KG_WORKBENCH_MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(256 * 1024 * 1024)
    .default(16 * 1024 * 1024),
  /** Longest text a document may have once extracted, in UTF-16 code units (characters). */
  KG_WORKBENCH_MAX_TEXT_CHARS: z.coerce.number().int().min(100).max(50_000_000).default(2_000_000),
  /** Most pages a PDF may have. */
  KG_WORKBENCH_MAX_PDF_PAGES: z.coerce.number().int().min(1).max(100_000).default(500),
  /** Largest JSON body the API reads, in bytes. */
  KG_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(64 * 1024 * 1024)
    .default(2 * 1024 * 1024),
});
export type Env = z.infer<typeof EnvSchema>;

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Parse the environment, naming every bad variable in one error. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join("\n  ")}`);
  }
  if (!isLoopback(parsed.data.HOST) && !parsed.data.API_TOKEN) {
    throw new ConfigError(
      `Invalid configuration:\n  API_TOKEN: is required when HOST (${parsed.data.HOST}) is not a loopback address`,
    );
  }
  return parsed.data;
}
