// Network-facing protections mounted before every route (helmet/CSP, auth token, rate limits, input limits).
// The safety work (issue 6) fills this in; the app calls it first so nothing reaches a route unprotected.
import type { Express } from "express";
import type { AppContext } from "../context";

export function applySecurity(_app: Express, _ctx: AppContext): void {}
