// Security settings: one interface, the defaults, and how they are resolved from the validated environment.
import { type Env, isLoopback } from "../../config/env";

/** Structural limits of a JSON value (a body, or the Cypher parameters inside it). */
export interface JsonLimits {
  /** Deepest nesting of objects and lists; the top level is depth 1. */
  maxDepth: number;
  maxStringLength: number;
  maxArrayLength: number;
  /** Keys of one object. */
  maxKeys: number;
  maxKeyLength: number;
  /** Values in the whole tree (objects, lists and scalars). */
  maxValues: number;
}

export interface QueryStringLimits {
  maxKeys: number;
  maxKeyLength: number;
  maxValueLength: number;
  /** Values of a repeated parameter (?x=a&x=b). */
  maxRepeats: number;
}

export interface SecuritySettings {
  apiToken: string | undefined;
  corsOrigins: string[];
  /** Host names served besides the loopback ones; whether the Host header is checked at all (see sameOrigin.ts). */
  allowedHosts: string[];
  checkHost: boolean;
  maxBodyBytes: number;
  body: JsonLimits;
  /** Applied to every `params` object in a body (Cypher parameters of /api/cypher and export by query). */
  params: JsonLimits;
  query: QueryStringLimits;
  rateLimit: { windowMs: number; cypher: number; export: number };
}

export const DEFAULT_SECURITY_SETTINGS: SecuritySettings = {
  apiToken: undefined,
  corsOrigins: [],
  allowedHosts: [],
  checkHost: true,
  maxBodyBytes: 2 * 1024 * 1024,
  // Room for an export of 50,000 ids and a 20,000-character query, nothing deeper than the API's own shapes need.
  body: {
    maxDepth: 12,
    maxStringLength: 20_000,
    maxArrayLength: 50_000,
    maxKeys: 200,
    maxKeyLength: 200,
    maxValues: 100_000,
  },
  params: {
    maxDepth: 4,
    maxStringLength: 10_000,
    maxArrayLength: 1000,
    maxKeys: 100,
    maxKeyLength: 100,
    maxValues: 5000,
  },
  query: { maxKeys: 30, maxKeyLength: 64, maxValueLength: 2000, maxRepeats: 100 },
  rateLimit: { windowMs: 60_000, cypher: 60, export: 20 },
};

export function resolveSecuritySettings(env: Env): SecuritySettings {
  return {
    ...DEFAULT_SECURITY_SETTINGS,
    apiToken: env.API_TOKEN,
    corsOrigins: env.KG_CORS_ORIGIN ?? [],
    allowedHosts: env.KG_ALLOWED_HOSTS ?? [],
    // On loopback every Host is checked (a DNS-rebinding page must not read or write); off loopback only when listed.
    checkHost: isLoopback(env.HOST) || (env.KG_ALLOWED_HOSTS ?? []).length > 0,
    maxBodyBytes: env.KG_MAX_BODY_BYTES,
    rateLimit: {
      windowMs: env.KG_RATE_LIMIT_WINDOW_MS,
      cypher: env.KG_RATE_LIMIT_CYPHER,
      export: env.KG_RATE_LIMIT_EXPORT,
    },
  };
}
