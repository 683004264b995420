// Test helpers: where the seed and the ingest fixture documents live.
import { resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");

export const SEED_MANIFEST = resolve(root, "seed/documents/bofa-china-ai-capex/document.json");
export const SEED_TEXT = resolve(root, "seed/documents/bofa-china-ai-capex/source.txt");
export const SEED_SOURCE_ID = "bofa-china-ai-capex";
export const FOLLOWUP_MANIFEST = resolve(root, "test/fixtures/documents/followup-en/document.json");
export const BROKEN_MANIFEST = resolve(root, "test/fixtures/documents/broken-quote/document.json");
export const UNKNOWN_EXTERNAL_MANIFEST = resolve(root, "test/fixtures/ingest/unknown-external/document.json");
/** An independent English wire report: agrees with the seed on Stargate, disagrees on China's 2025 AI capex. */
export const WIRE_MANIFEST = resolve(root, "test/fixtures/documents/corroboration-wire-en/document.json");
export const WIRE_SOURCE_ID = "corroboration-wire-en";
/** An English newsletter citing the same Bank of America report as the seed: derived, not independent. */
export const DERIVED_MANIFEST = resolve(root, "test/fixtures/documents/corroboration-derived-en/document.json");
export const DERIVED_SOURCE_ID = "corroboration-derived-en";
