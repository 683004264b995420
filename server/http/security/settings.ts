// Security settings: one interface, the defaults, and how they are resolved from the validated environment.
import type { Env } from "../../config/env";

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
    maxBodyBytes: env.KG_MAX_BODY_BYTES,
    rateLimit: {
      windowMs: env.KG_RATE_LIMIT_WINDOW_MS,
      cypher: env.KG_RATE_LIMIT_CYPHER,
      export: env.KG_RATE_LIMIT_EXPORT,
    },
  };
}
