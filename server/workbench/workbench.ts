// The workbench: suggestions, review and commit of drafts through the ingest pipeline, and retract; one per app.
import { readFile, rm } from "node:fs/promises";
import { basename, join } from "node:path";
import type {
  CommitStatus,
  Draft,
  DraftMark,
  RetractRequest,
  RetractResponse,
  ReviewResponse,
  SuggestionsResponse,
  Vocabulary,
} from "@domain/contracts/workbench";
import { DocumentManifest } from "@domain/model/document";
import { ProblemError } from "../errors";
import { refreshDegrees, touchedNodes } from "../ingest/degrees";
import { type PlannedDocument, planAgainstGraph, writePlanned } from "../ingest/ingestDocuments";
import { evidenceKey } from "../ingest/planWrites";
import { validateDocument } from "../ingest/validateDocument";
import { cypher } from "../neo4j/cypherFiles";
import type { Db } from "../neo4j/driver";
import { classifyNeo4jError } from "../neo4j/errors";
import { toPlain } from "../neo4j/values";
import { NotFoundError } from "../repositories/errors";
import { createDraftStore, type DraftStore } from "./drafts";
import { readCommit, readSavedManifest, stageFolder, type WorkbenchFiles, workbenchFiles, writeCommit } from "./files";
import { retractFromManifest } from "./retractManifest";
import type { WorkbenchSettings } from "./settings";
import { createNameDictionary, type NameDictionary } from "./suggest/nameDictionary";
import { figureSuggestions, mentionSuggestions, relationCandidates } from "./suggest/suggestions";
import { draftPath, draftToManifest, type PathMap } from "./toManifest";

export interface Workbench {
  drafts: DraftStore;
  files: WorkbenchFiles;
  settings: WorkbenchSettings;
  suggestions(draftId: string): Promise<SuggestionsResponse>;
  vocabulary(): Promise<Vocabulary>;
  review(draftId: string): Promise<ReviewResponse>;
  /** Commits a draft's revision under an idempotency key; a repeated key answers the first commit's status. */
  commit(draftId: string, revision: number, key: string): Promise<CommitStatus>;
  commitStatus(key: string): Promise<CommitStatus>;
  retract(request: RetractRequest): Promise<RetractResponse>;
  sourceExists(id: string): Promise<boolean>;
  close(): Promise<void>;
}

const rows = async (db: Db, name: string, params: Record<string, unknown> = {}) =>
  (await db.read(cypher(name), params)).records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);

interface Prepared {
  draft: Draft;
  review: ReviewResponse;
  planned?: PlannedDocument;
  manifest?: DocumentManifest;
}

export function createWorkbench(db: Db, settings: WorkbenchSettings): Workbench {
  const files = workbenchFiles(settings.dir);
  const drafts = createDraftStore(files, settings);
  const dictionary: NameDictionary = createNameDictionary(db);
  const inFlight = new Map<string, Promise<CommitStatus>>();
  // Commits are written one at a time: a second tab's commit waits for the first, then sees what it wrote.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = queue.then(fn, fn);
    queue = next.catch(() => {});
    return next;
  };

  const sourceExists = async (id: string) => (await rows(db, "workbench/source-text", { id }))[0]?.exists === true;

  /** Validates the draft as ingest would, plans it against the graph, and says what it would change. */
  async function prepare(draft: Draft): Promise<Prepared> {
    const base = {
      draftId: draft.id,
      revision: draft.revision,
      sourceId: draft.source.id,
      newNodes: [],
      newEdges: [],
      evidenceAdded: [],
      links: [],
    };
    const built = draftToManifest(draft);
    if (!built.ok) return { draft, review: { ...base, ok: false, issues: built.issues } };
    const mapIssue = (paths: PathMap, i: { path: string; reason: string }) => ({
      path: draftPath(paths, i.path),
      reason: i.reason,
    });
    const loaded = {
      file: `workbench:${draft.id}`,
      manifestPath: files.draftFile(draft.id),
      textPath: files.draftFile(draft.id),
      manifest: built.manifest,
      text: draft.text,
    };
    const valid = validateDocument(loaded);
    if (!valid.ok) {
      const issues = valid.issues.map((i) => mapIssue(built.paths, i));
      return { draft, review: { ...base, ok: false, issues, manifest: built.manifest } };
    }
    const checked = await planAgainstGraph(db, [valid.document]);
    const planned = checked.planned[0];
    if (checked.issues.length > 0 || planned === undefined) {
      const issues = checked.issues.map((i) => mapIssue(built.paths, i));
      return { draft, review: { ...base, ok: false, issues, manifest: built.manifest } };
    }
    const plan = planned.plan;
    const edges = [
      ...plan.relations.map((r) => ({ ...r })),
      ...plan.states.map((r) => ({ ...r, type: "STATES" })),
      ...plan.sourceStates.map((r) => ({ ...r, type: "STATES" })),
      ...plan.about.map((r) => ({ ...r, type: "ABOUT" })),
      ...plan.sourceMentions.map((r) => ({ ...r, type: "MENTIONS" })),
    ];
    const [existing] = await rows(db, "workbench/review-existing", {
      entityIds: plan.entities.map((e) => e.id),
      claimIds: plan.claims.map((c) => c.id),
      edges: edges.map((e) => ({ from: e.from, type: e.type, to: e.to })),
      sourceId: plan.sourceId,
    });
    const knownEntities = new Set((existing?.entities as string[]) ?? []);
    const claimKeys = new Map(
      ((existing?.claims as Array<{ id: string; keys: string[] }>) ?? []).map((c) => [c.id, new Set(c.keys)]),
    );
    const edgeKeys = new Map(
      ((existing?.edges as Array<{ from: string; type: string; to: string; keys: string[] }>) ?? []).map((e) => [
        `${e.from}|${e.type}|${e.to}`,
        new Set(e.keys),
      ]),
    );
    const shown = (e: (typeof edges)[number]["evidence"][number]) => ({
      quote: e.quote,
      start: e.start,
      end: e.end,
      ...(e.gloss ? { gloss: e.gloss } : {}),
      ...(e.addedBy ? { addedBy: e.addedBy } : {}),
      ...(e.addedAt ? { addedAt: e.addedAt } : {}),
    });
    const review: ReviewResponse = { ...base, ok: true, issues: [], links: planned.links, manifest: built.manifest };
    if (existing?.sourceExists !== true) {
      review.newNodes.push({ id: plan.sourceId, kind: "source", type: "Source", label: draft.source.title });
    }
    for (const e of plan.entities) {
      if (!knownEntities.has(e.id)) review.newNodes.push({ id: e.id, kind: "entity", type: e.type, label: e.name });
    }
    for (const c of plan.claims) {
      const keys = claimKeys.get(c.id);
      if (keys === undefined) {
        review.newNodes.push({ id: c.id, kind: "claim", type: "Claim", label: String(c.properties.statement) });
      } else {
        const fresh = c.evidence.filter((e) => !keys.has(e.key));
        if (fresh.length > 0) review.evidenceAdded.push({ on: "claim", id: c.id, evidence: fresh.map(shown) });
      }
    }
    for (const e of edges) {
      const keys = edgeKeys.get(`${e.from}|${e.type}|${e.to}`);
      if (keys === undefined)
        review.newEdges.push({ from: e.from, type: e.type, to: e.to, evidence: e.evidence.map(shown) });
      else {
        const fresh = e.evidence.filter((x) => !keys.has(x.key));
        if (fresh.length > 0) {
          review.evidenceAdded.push({ on: "edge", from: e.from, type: e.type, to: e.to, evidence: fresh.map(shown) });
        }
      }
    }
    return { draft, review, planned, manifest: built.manifest };
  }

  /** Refusals already recorded as the commit's failed status. */
  const recorded = new WeakSet<ProblemError>();

  async function runCommit(draftId: string, revision: number, key: string): Promise<CommitStatus> {
    const draft = await drafts.get(draftId);
    const startedAt = new Date().toISOString();
    const status: CommitStatus = { key, draftId, revision, sourceId: draft.source.id, state: "running", startedAt };
    const fail = async (error: ProblemError): Promise<never> => {
      recorded.add(error);
      await writeCommit(files, {
        ...status,
        state: "failed",
        finishedAt: new Date().toISOString(),
        error: { code: error.code, detail: error.message },
      });
      throw error;
    };
    if (draft.revision !== revision) {
      throw new ProblemError(
        "DRAFT_CONFLICT",
        409,
        "The draft has changed",
        `revision: the draft is at revision ${draft.revision}, the commit names ${revision}; review it again`,
      );
    }
    if (draft.committed && draft.committed.revision === revision && draft.committed.key !== key) {
      throw new ProblemError(
        "DRAFT_ALREADY_COMMITTED",
        409,
        "This revision of the draft is already committed",
        `revision ${revision} was committed with Idempotency-Key ${draft.committed.key} at ${draft.committed.at}; ask GET /api/workbench/commits/${draft.committed.key}`,
      );
    }
    await writeCommit(files, status);
    const progress = { graphWritten: false };
    try {
      return await writeCommitted(draft, status, key, revision, fail, progress);
    } catch (error) {
      // Anything else that stopped it before the transaction committed (Neo4j gone mid-way, a disk error) is
      // recorded too, so a client that got no answer and asks the status learns it failed (nothing was written)
      // rather than "running" for ever. After the transaction, it stays "running": a retry runs it again, a no-op.
      if (!progress.graphWritten && !(error instanceof ProblemError && recorded.has(error))) {
        const known = classifyNeo4jError(error);
        await writeCommit(files, {
          ...status,
          state: "failed",
          finishedAt: new Date().toISOString(),
          error: {
            code: error instanceof ProblemError ? error.code : (known?.code ?? "INTERNAL_ERROR"),
            detail: error instanceof ProblemError ? error.message : (known?.title ?? "the commit could not be written"),
          },
        }).catch(() => {});
      }
      throw error;
    }
  }

  async function writeCommitted(
    draft: Draft,
    status: CommitStatus,
    key: string,
    revision: number,
    fail: (error: ProblemError) => Promise<never>,
    progress: { graphWritten: boolean },
  ): Promise<CommitStatus> {
    const prepared = await prepare(draft);
    if (!prepared.review.ok || !prepared.planned || !prepared.manifest) {
      const takenBy = prepared.review.issues.find((i) => /already in the graph with a different text/.test(i.reason));
      if (takenBy) {
        return fail(
          new ProblemError("SOURCE_ID_TAKEN", 409, "The source id is taken", `source.id: ${takenBy.reason}`, {
            issues: [{ path: ["source", "id"], location: "body", message: takenBy.reason }],
          }),
        );
      }
      const issues = prepared.review.issues;
      return fail(
        new ProblemError(
          "COMMIT_INVALID",
          422,
          "The draft cannot be committed",
          issues.map((i) => `${i.path}: ${i.reason}`).join("; "),
          { issues: issues.map((i) => ({ path: [i.path], location: "body" as const, message: i.reason })) },
        ),
      );
    }
    // The folder is written before the graph, beside its place; it is swapped in only once the transaction committed.
    const original = draft.original ? await readFile(files.originalFile(draft.id)) : undefined;
    const staged = await stageFolder(files, prepared.manifest, draft.text, original);
    let written: Awaited<ReturnType<typeof writePlanned>>;
    try {
      written = await writePlanned(db, [prepared.planned]);
      progress.graphWritten = true;
    } catch (error) {
      await staged.discard();
      throw error;
    }
    await staged.place();
    dictionary.invalidate();
    const report = written[0];
    const finishedAt = new Date().toISOString();
    const done: CommitStatus = {
      ...status,
      state: "committed",
      finishedAt,
      result: {
        nodesCreated: report?.counts.nodesCreated ?? 0,
        relationshipsCreated: report?.counts.relationshipsCreated ?? 0,
        propertiesSet: report?.counts.propertiesSet ?? 0,
        changed: report?.changed ?? false,
        folder: `documents/${basename(await files.documentFolder(draft.source.id))}`,
      },
    };
    await writeCommit(files, done);
    await drafts.change(draft.id, (d) => ({ ...d, committed: { key, revision, at: finishedAt } }));
    return done;
  }

  return {
    drafts,
    files,
    settings,
    sourceExists,
    async suggestions(draftId) {
      const draft = await drafts.get(draftId);
      const { hits, info } = await dictionary.find(draft.text);
      const mentions = mentionSuggestions(draft, hits);
      const relations = relationCandidates(draft, mentions);
      const pairs = [...new Set(relations.map((r) => `${r.from.entityId}|${r.to.entityId}`))].map((p) => {
        const [a, b] = p.split("|");
        return { a, b };
      });
      if (pairs.length > 0) {
        const between = await rows(db, "workbench/existing-between", { pairs });
        for (const r of relations) {
          r.existingTypes = between
            .filter((x) => x.a === r.from.entityId && x.b === r.to.entityId)
            .map((x) => ({ type: String(x.type), direction: x.out === true ? ("out" as const) : ("in" as const) }));
        }
      }
      return {
        draftId,
        revision: draft.revision,
        mentions,
        figures: figureSuggestions(draft),
        relations,
        dictionary: info,
      };
    },
    async vocabulary() {
      const [relationTypes, entityTypes] = await Promise.all([
        rows(db, "workbench/relation-types"),
        rows(db, "workbench/entity-types"),
      ]);
      const counted = (r: Record<string, unknown>) => ({ type: String(r.type), count: Number(r.count) });
      return { relationTypes: relationTypes.map(counted), entityTypes: entityTypes.map(counted) };
    },
    async review(draftId) {
      return (await prepare(await drafts.get(draftId))).review;
    },
    async commit(draftId, revision, key) {
      const running = inFlight.get(key);
      if (running) {
        const status = await running;
        if (status.draftId !== draftId || status.revision !== revision) throw keyReused(key, status);
        return status;
      }
      const known = await readCommit(files, key);
      if (known && (known.draftId !== draftId || known.revision !== revision)) throw keyReused(key, known);
      if (known?.state === "committed") return known;
      // "running" on disk but not here: the process stopped mid-commit. Ingest is idempotent, so run it again.
      const promise = serial(() => runCommit(draftId, revision, key));
      inFlight.set(key, promise);
      try {
        return await promise;
      } finally {
        inFlight.delete(key);
      }
    },
    async commitStatus(key) {
      const status = await readCommit(files, key);
      if (status === undefined) throw new NotFoundError("commit with Idempotency-Key", key);
      return status;
    },
    retract: (request) => serial(() => retract(request)),
    async close() {
      await dictionary.close();
    },
  };

  async function retract(request: RetractRequest): Promise<RetractResponse> {
    const saved = await readSavedManifest(files, request.sourceId);
    if (saved === undefined) {
      throw new ProblemError(
        "SOURCE_NOT_WORKBENCH",
        409,
        "Only sources the workbench saved can be retracted here",
        `sourceId: "${request.sourceId}" has no saved folder in the workbench; a seed or hand-written document is changed by editing its document.json and ingesting it`,
        { issues: [{ path: ["sourceId"], location: "body", message: "has no saved workbench folder" }] },
      );
    }
    const manifest = DocumentManifest.parse(saved);
    const folderPath = await files.documentFolder(request.sourceId);
    const folder = `documents/${basename(folderPath)}`;
    const session = db.driver.session({ ...(db.database ? { database: db.database } : {}) });
    try {
      if (request.what === "source") {
        const result = await session.executeWrite(async (tx) => {
          const touched = await touchedNodes(tx, "workbench/retract-source-touched", { sourceId: request.sourceId });
          const removed = await tx.run(cypher("workbench/retract-source"), { sourceId: request.sourceId });
          await refreshDegrees(tx, touched);
          return removed;
        });
        const r = toPlain(result.records[0]?.toObject() ?? {}) as Record<string, unknown>;
        await rm(folderPath, { recursive: true, force: true });
        dictionary.invalidate();
        const edgesRemoved = (r.edgesRemoved as Array<[string, string, string]>) ?? [];
        const claimsRemoved = (r.claimsRemoved as string[]) ?? [];
        return {
          sourceId: request.sourceId,
          evidenceRemoved: [...manifest.relations, ...manifest.claims, ...manifest.mentions].reduce(
            (n, x) => n + x.evidence.length,
            0,
          ),
          edgesRemoved,
          claimsRemoved,
          entitiesRemoved: (r.entitiesRemoved as string[]) ?? [],
          sourceRemoved: r.sourceRemoved === true,
          folder,
        };
      }
      const key = evidenceKey({ sourceId: request.sourceId, start: request.start, end: request.end });
      const on = request.on;
      const updated = retractFromManifest(manifest, request.start, request.end, on);
      if (!updated.found) throw new NotFoundError("piece of evidence in the saved folder at", key);
      // Staged before the graph changes and placed after it committed, as a commit does.
      const text = await readFile(join(folderPath, manifest.source.textFile), "utf8");
      const originalFile = manifest.source.original?.file;
      const original = originalFile ? await readFile(join(folderPath, originalFile)) : undefined;
      const staged = await stageFolder(files, updated.manifest, text, original);
      let result: { removed?: number; deleted?: number };
      try {
        result = await session.executeWrite(async (tx) => {
          let touched: string[];
          let r: Awaited<ReturnType<typeof tx.run>>;
          if (on.kind === "claim") {
            touched = await touchedNodes(tx, "workbench/retract-claim-touched", { id: on.id });
            r = await tx.run(cypher("workbench/retract-claim-evidence"), { id: on.id, key });
          } else {
            const [from, type, to] = edgeOf(request.sourceId, on);
            touched = await touchedNodes(tx, "workbench/retract-edge-touched", { from, type, to });
            r = await tx.run(cypher("workbench/retract-edge-evidence"), { key, from, type, to });
          }
          await refreshDegrees(tx, touched);
          const row = toPlain(r.records[0]?.toObject() ?? {}) as { removed?: number; deleted?: number };
          if ((row.removed ?? 0) === 0) throw new NotFoundError("piece of evidence in the graph at", key);
          return row;
        });
      } catch (error) {
        await staged.discard();
        throw error;
      }
      await staged.place();
      await drafts.list().then(async (all) => {
        for (const d of all.filter((x) => x.source.id === request.sourceId)) {
          await drafts.change(d.id, (x) => ({ ...x, marks: dropEvidence(x, request.start, request.end, on) }));
        }
      });
      dictionary.invalidate();
      return {
        sourceId: request.sourceId,
        evidenceRemoved: 1,
        edgesRemoved: on.kind !== "claim" && (result.deleted ?? 0) > 0 ? [edgeOf(request.sourceId, on)] : [],
        claimsRemoved: on.kind === "claim" && (result.deleted ?? 0) > 0 ? [on.id] : [],
        entitiesRemoved: [],
        sourceRemoved: false,
        folder,
      };
    } finally {
      await session.close();
    }
  }
}

function edgeOf(
  sourceId: string,
  on: Exclude<RetractRequest & { what: "evidence" }, never>["on"],
): [string, string, string] {
  if (on.kind === "relation") return [on.from, on.type, on.to];
  if (on.kind === "mention") return [sourceId, "MENTIONS", on.entityId];
  return [on.id, "", ""];
}

/** The draft's marks without the retracted evidence (marks left with none are dropped). */
function dropEvidence(
  draft: Draft,
  start: number,
  end: number,
  on: Extract<RetractRequest, { what: "evidence" }>["on"],
): DraftMark[] {
  const same = (e: { start: number; end: number }) => e.start === start && e.end === end;
  return draft.marks.flatMap((m): DraftMark[] => {
    if (m.kind === "mention") return on.kind === "mention" && m.entityId === on.entityId && same(m.evidence) ? [] : [m];
    if (m.kind === "relation") {
      if (on.kind !== "relation" || m.from !== on.from || m.to !== on.to || m.type !== on.type) return [m];
      const evidence = m.evidence.filter((e) => !same(e));
      return evidence.length === 0 ? [] : [{ ...m, evidence }];
    }
    if (on.kind !== "claim" || `claim:${draft.source.id}-${m.id}` !== on.id) return [m];
    const evidence = m.evidence.filter((e) => !same(e));
    return evidence.length === 0 ? [] : [{ ...m, evidence }];
  });
}

function keyReused(key: string, status: CommitStatus): ProblemError {
  return new ProblemError(
    "IDEMPOTENCY_KEY_REUSED",
    409,
    "The idempotency key was used for another commit",
    `Idempotency-Key: ${key} already names the commit of draft ${status.draftId} revision ${status.revision}; use a new key for a new commit`,
    { issues: [{ path: ["idempotency-key"], location: "header", message: "already used for another commit" }] },
  );
}
