// The process environment, validated once by zod at boot; every setting the project reads is listed here.
import { z } from "zod";
import { ConfigError } from "../errors";

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
