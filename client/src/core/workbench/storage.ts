// Pure: what the workbench keeps in this browser so a reload comes back to it: whether it was open, the draft open
// in it, and a commit sent but not yet confirmed (its key, so the status can be asked after the reload).
import { DraftId, IdempotencyKey } from "@domain/contracts/workbench";
import { z } from "zod";

export const PLACE_KEY = "kg-explorer.workbench";
export const PENDING_COMMIT_KEY = "kg-explorer.workbench.pending-commit";

export const WorkbenchPlace = z.object({ open: z.boolean(), draftId: DraftId.nullable() });
export type WorkbenchPlace = z.infer<typeof WorkbenchPlace>;

export const PendingCommit = z.object({ draftId: DraftId, revision: z.number().int().min(1), key: IdempotencyKey });
export type PendingCommit = z.infer<typeof PendingCommit>;

const parsed = <T>(schema: z.ZodType<T>, raw: string | null): T | null => {
  if (raw === null) return null;
  try {
    const result = schema.safeParse(JSON.parse(raw));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
};

/** The stored place, or closed with no draft when nothing (or something unreadable) is stored. */
export const parsePlace = (raw: string | null): WorkbenchPlace =>
  parsed(WorkbenchPlace, raw) ?? { open: false, draftId: null };

export const parsePendingCommit = (raw: string | null): PendingCommit | null => parsed(PendingCommit, raw);
