// Drafts: a document added to the workbench and everything marked in it, saved after each step (survives a reload).
import { createHash, randomBytes } from "node:crypto";
import type { AddDocumentRequest, Draft, DraftEvidence, DraftMark, DraftUpdate } from "@domain/contracts/workbench";
import { ProblemError } from "../errors";
import { checkExactSpan } from "../ingest/validateDocument";
import { NotFoundError } from "../repositories/errors";
import { extractDocument, guessLanguage } from "./extract";
import { listDrafts, readDraft, type WorkbenchFiles, writeAtomic, writeDraft } from "./files";
import type { WorkbenchSettings } from "./settings";

/** Pure: a readable source id from a title ("DeepSeek trains R2" → "deepseek-trains-r2"), with a suffix for uniqueness. */
export function proposeSourceId(title: string, text: string, taken: (id: string) => boolean): string {
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "")
    .slice(0, 6);
  const base = words.length > 0 ? words.join("-").slice(0, 60).replace(/-+$/, "") : "source";
  const hash = createHash("sha256").update(text).digest("hex");
  for (let n = 6; n <= 64; n += 2) {
    const id = `${base}-${hash.slice(0, n)}`;
    if (!taken(id)) return id;
  }
  return `${base}-${randomBytes(8).toString("hex")}`;
}

/** Pure: "rtl" when most letters are Arabic (or another right-to-left script). */
export function directionOf(text: string): "rtl" | "ltr" {
  const rtl = text.match(/[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/g)?.length ?? 0;
  const ltr = text.match(/[A-Za-z\u00C0-\u024F\u0400-\u04FF]/g)?.length ?? 0;
  return rtl > ltr ? "rtl" : "ltr";
}

const conflict = (detail: string) => new ProblemError("DRAFT_CONFLICT", 409, "The draft has changed", detail);

/** Pure: every evidence span of the marks checked against the text; the issues name `$.marks[k].evidence…`. */
export function checkMarks(
  text: string,
  marks: readonly DraftMark[],
): Array<{ path: Array<string | number>; message: string }> {
  const issues: Array<{ path: Array<string | number>; message: string }> = [];
  const ids = new Map<string, number>();
  marks.forEach((mark, k) => {
    const first = ids.get(mark.id);
    if (first !== undefined)
      issues.push({ path: ["marks", k, "id"], message: `duplicate mark id "${mark.id}" (also marks[${first}])` });
    ids.set(mark.id, k);
    const list = mark.kind === "mention" ? [mark.evidence] : mark.evidence;
    list.forEach((e, j) => {
      const problem = checkExactSpan(text, e.quote, e.start, e.end);
      const path = mark.kind === "mention" ? ["marks", k, "evidence"] : ["marks", k, "evidence", j];
      if (problem !== undefined) issues.push({ path, message: problem });
    });
  });
  return issues;
}

/** Pure: evidence without authorship gets the author and the time; evidence that has it keeps it. */
export function stampAuthorship(marks: readonly DraftMark[], author: string, now: string): DraftMark[] {
  const stamp = (e: DraftEvidence): DraftEvidence => ({
    ...e,
    addedBy: e.addedBy ?? author,
    addedAt: e.addedAt ?? now,
  });
  return marks.map((m) =>
    m.kind === "mention" ? { ...m, evidence: stamp(m.evidence) } : { ...m, evidence: m.evidence.map(stamp) },
  );
}

export interface DraftStore {
  create(request: AddDocumentRequest, sourceTaken: (id: string) => Promise<boolean>): Promise<Draft>;
  get(id: string): Promise<Draft>;
  list(): Promise<Draft[]>;
  update(id: string, update: DraftUpdate): Promise<Draft>;
  /** Applies a change under the draft's lock, without a revision check (commits and retracts). */
  change(id: string, fn: (draft: Draft) => Draft): Promise<Draft>;
  remove(id: string): Promise<void>;
}

export function createDraftStore(files: WorkbenchFiles, settings: WorkbenchSettings): DraftStore {
  // One writer per draft at a time in this process: a save reads, checks the revision and writes under it.
  const locks = new Map<string, Promise<unknown>>();
  const locked = <T>(id: string, fn: () => Promise<T>): Promise<T> => {
    const previous = locks.get(id) ?? Promise.resolve();
    const next = previous.then(fn, fn);
    const settled = next.catch(() => {});
    locks.set(id, settled);
    void settled.then(() => {
      if (locks.get(id) === settled) locks.delete(id);
    });
    return next;
  };
  const load = async (id: string): Promise<Draft> => {
    const draft = await readDraft(files, id);
    if (draft === undefined) throw new NotFoundError("draft", id);
    return draft;
  };
  const invalid = (issues: Array<{ path: Array<string | number>; message: string }>) =>
    new ProblemError(
      "VALIDATION_FAILED",
      400,
      "Invalid input",
      issues.map((i) => `body.${i.path.join(".")}: ${i.message}`).join("; "),
      {
        issues: issues.map((i) => ({ path: i.path, location: "body" as const, message: i.message })),
      },
    );
  return {
    async create(request, sourceTaken) {
      const extracted = await extractDocument(request.content, settings);
      const drafts = await listDrafts(files);
      const inDrafts = new Set(drafts.map((d) => d.source.id));
      let sourceId = request.sourceId;
      if (sourceId !== undefined && (inDrafts.has(sourceId) || (await sourceTaken(sourceId)))) {
        throw new ProblemError(
          "SOURCE_ID_TAKEN",
          409,
          "The source id is taken",
          `sourceId: "${sourceId}" is already a source or a draft's`,
          {
            issues: [{ path: ["sourceId"], location: "body", message: "is already used by a source or another draft" }],
          },
        );
      }
      if (sourceId === undefined) {
        const takenInGraph = new Set<string>();
        let candidate = proposeSourceId(request.title, extracted.text, (id) => inDrafts.has(id));
        while (await sourceTaken(candidate)) {
          takenInGraph.add(candidate);
          candidate = proposeSourceId(request.title, extracted.text, (id) => inDrafts.has(id) || takenInGraph.has(id));
        }
        sourceId = candidate;
      }
      const now = new Date().toISOString();
      const id = `d-${randomBytes(8).toString("hex")}`;
      const original = extracted.original;
      const draft: Draft = {
        id,
        revision: 1,
        createdAt: now,
        updatedAt: now,
        source: {
          id: sourceId,
          title: request.title,
          language: request.language ?? guessLanguage(extracted.text),
          ...(request.date ? { date: request.date } : {}),
          ...(request.publisher ? { publisher: request.publisher } : {}),
          ...(request.url ? { url: request.url } : {}),
        },
        text: extracted.text,
        direction: directionOf(extracted.text),
        extractedAs: extracted.extractedAs,
        ...(original
          ? {
              original: {
                uploadedName: original.uploadedName,
                mediaType: original.mediaType,
                bytes: original.bytes.length,
                sha256: original.sha256,
                ...(original.pages !== undefined ? { pages: original.pages } : {}),
              },
            }
          : {}),
        entities: [],
        marks: [],
        rejected: [],
      };
      if (original) await writeAtomic(files.originalFile(id), original.bytes);
      await writeDraft(files, draft);
      return draft;
    },
    get: load,
    list: () => listDrafts(files),
    update(id, update) {
      return locked(id, async () => {
        const draft = await load(id);
        if (update.revision !== draft.revision) {
          throw conflict(
            `revision: the draft is at revision ${draft.revision}, the save was made on ${update.revision}; load it again`,
          );
        }
        const issues = checkMarks(draft.text, update.marks);
        if (issues.length > 0) throw invalid(issues);
        if (update.source && update.source.id !== draft.source.id && draft.committed) {
          throw invalid([{ path: ["source", "id"], message: "cannot change once the draft is committed" }]);
        }
        const now = new Date().toISOString();
        const next: Draft = {
          ...draft,
          revision: draft.revision + 1,
          updatedAt: now,
          source: update.source ?? draft.source,
          entities: update.entities,
          marks: stampAuthorship(update.marks, settings.author, now),
          rejected: update.rejected,
        };
        await writeDraft(files, next);
        return next;
      });
    },
    change(id, fn) {
      return locked(id, async () => {
        const next = fn(await load(id));
        await writeDraft(files, next);
        return next;
      });
    },
    remove(id) {
      return locked(id, async () => {
        await load(id);
        const { deleteDraft } = await import("./files");
        await deleteDraft(files, id);
      });
    },
  };
}
