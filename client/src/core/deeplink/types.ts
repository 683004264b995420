// What a shared link records: how the canvas was built (queries), selection, filters, language, camera, positions.
import { z } from "zod";
import type { CanvasStep } from "../dataset/types";

const finite = z.number().finite();

export const LinkSelection = z.object({ kind: z.enum(["node", "edge"]), id: z.string().min(1).max(400) });
export type LinkSelection = z.infer<typeof LinkSelection>;

export const LinkCamera = z.object({ x: finite, y: finite, ratio: finite.positive(), angle: finite });
export type LinkCamera = z.infer<typeof LinkCamera>;

const names = z.array(z.string().max(200)).max(500);

/** The filters' fields; a link carries only those that differ from the defaults. */
export const LinkFilters = z
  .object({
    hiddenNodeTypes: names,
    hiddenRelationTypes: names,
    sourceIds: names.nullable(),
    attributedTo: names.nullable(),
    period: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
    keepUndated: z.boolean(),
    singleSourceOnly: z.boolean(),
    supportHighlight: z.enum(["single", "multiple"]),
    hideIsolated: z.boolean(),
  })
  .partial();
export type LinkFilters = z.infer<typeof LinkFilters>;

/** Node positions, [x, y] rounded, so the colleague sees the same drawing. */
export const LinkPositions = z.record(z.string().max(400), z.tuple([finite, finite]));
export type LinkPositions = z.infer<typeof LinkPositions>;

export interface LinkState {
  /** How the canvas was built; empty means the overview. */
  steps: CanvasStep[];
  selection: LinkSelection | null;
  filters: LinkFilters;
  language: "en" | "ar" | null;
  camera: LinkCamera | null;
  positions: LinkPositions | null;
}

export function getEmptyLinkState(): LinkState {
  return { steps: [], selection: null, filters: {}, language: null, camera: null, positions: null };
}
