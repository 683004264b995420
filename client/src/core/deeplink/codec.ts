// Pure encode/decode of the link state in the URL fragment (#v=1&q=…): short values as JSON, long ones deflated.
import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
import type { z } from "zod";
import { type CanvasStep, CanvasSteps, MAX_STEPS } from "../dataset/types";
import { QUERIES_PARAM } from "./params";
import { getEmptyLinkState, LinkCamera, LinkFilters, LinkPositions, LinkSelection, type LinkState } from "./types";

export const LINK_VERSION = "1";

/** JSON longer than this is deflated and base64url-encoded (prefixed "~"), keeping links with long queries short. */
export const COMPRESS_OVER = 300;

/** Positions are left out of a link when they alone would pass this many characters. */
export const MAX_POSITIONS_LENGTH = 12_000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** A JSON value as one URL parameter value: plain JSON when short, "~" + deflated base64url when long. */
export function encodeJson(value: unknown): string {
  const json = JSON.stringify(value);
  if (json.length <= COMPRESS_OVER) return json;
  const packed = `~${toBase64Url(deflateSync(strToU8(json), { level: 9 }))}`;
  return packed.length < json.length ? packed : json;
}

/** The JSON value of a parameter written by encodeJson; undefined when it is not readable. */
export function decodeJson(text: string): unknown {
  try {
    const json = text.startsWith("~") ? strFromU8(inflateSync(fromBase64Url(text.slice(1)))) : text;
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

function readPart<T>(params: URLSearchParams, name: string, schema: z.ZodType<T>): T | null {
  const raw = params.get(name);
  if (raw === null) return null;
  const parsed = schema.safeParse(decodeJson(raw));
  return parsed.success ? parsed.data : null;
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** The fragment (without "#") for a link state; empty parts are left out. */
export function encodeLink(state: LinkState): string {
  const params = new URLSearchParams();
  params.set("v", LINK_VERSION);
  if (state.steps.length > 0) params.set(QUERIES_PARAM, encodeJson(state.steps.slice(-MAX_STEPS)));
  if (state.selection) params.set("sel", `${state.selection.kind === "node" ? "n" : "e"}:${state.selection.id}`);
  if (Object.keys(state.filters).length > 0) params.set("f", encodeJson(state.filters));
  if (state.language) params.set("lang", state.language);
  if (state.camera) {
    const c = state.camera;
    params.set("cam", [round(c.x, 4), round(c.y, 4), round(c.ratio, 4), round(c.angle, 4)].join(","));
  }
  if (state.positions && Object.keys(state.positions).length > 0) {
    const rounded: LinkPositions = {};
    for (const [k, [x, y]] of Object.entries(state.positions)) rounded[k] = [round(x, 1), round(y, 1)];
    const encoded = encodeJson(rounded);
    if (encoded.length <= MAX_POSITIONS_LENGTH) params.set("pos", encoded);
  }
  return params.toString();
}

function readSelection(raw: string | null): LinkState["selection"] {
  const m = raw ? /^([ne]):(.+)$/s.exec(raw) : null;
  if (!m) return null;
  const parsed = LinkSelection.safeParse({ kind: m[1] === "n" ? "node" : "edge", id: m[2] });
  return parsed.success ? parsed.data : null;
}

function readCamera(raw: string | null): LinkCamera | null {
  if (!raw) return null;
  const [x, y, ratio, angle] = raw.split(",").map(Number);
  const parsed = LinkCamera.safeParse({ x, y, ratio, angle });
  return parsed.success ? parsed.data : null;
}

/**
 * Reads a fragment ("#v=1&…" or "v=1&…"). Null when it is not a link of this version (e.g. only "#token=…");
 * any part that is malformed is dropped, never trusted, and never throws.
 */
/** Whether opening this link (or no link) starts from the overview: no steps, or a first step that adds to it. */
export function startsWithOverview(link: { steps: readonly CanvasStep[] } | null): boolean {
  const first = link?.steps[0];
  return !first || !("mode" in first) || first.mode === "add";
}

export function decodeLink(fragment: string): LinkState | null {
  const params = new URLSearchParams(fragment.replace(/^#/, ""));
  if (params.get("v") !== LINK_VERSION) return null;
  const lang = params.get("lang");
  return {
    ...getEmptyLinkState(),
    steps: readPart<CanvasStep[]>(params, QUERIES_PARAM, CanvasSteps) ?? [],
    selection: readSelection(params.get("sel")),
    filters: readPart(params, "f", LinkFilters) ?? {},
    language: lang === "en" || lang === "ar" ? lang : null,
    camera: readCamera(params.get("cam")),
    positions: readPart(params, "pos", LinkPositions),
  };
}

/** The fragment with the link state replaced, keeping anything else in it (such as a #token= not yet read). */
export function fragmentWith(current: string, state: LinkState): string {
  const keep = new URLSearchParams(current.replace(/^#/, ""));
  for (const key of ["v", QUERIES_PARAM, "sel", "f", "lang", "cam", "pos"]) keep.delete(key);
  const rest = keep.toString();
  const link = encodeLink(state);
  return rest ? `${link}&${rest}` : link;
}
