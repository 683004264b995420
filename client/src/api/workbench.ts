// Fetchers of the source workbench (/api/workbench): documents, drafts, suggestions, review, commit, retract.
import {
  type AddDocumentRequest,
  CommitStatus,
  Draft,
  DraftList,
  type DraftUpdate,
  type RetractRequest,
  RetractResponse,
  ReviewResponse,
  SuggestionsResponse,
  Vocabulary,
  WorkbenchInfo,
} from "@domain/contracts/workbench";
import { z } from "zod";
import { getJson, type SendOptions, segment, sendJson } from "./http";

type Signal = { signal?: AbortSignal };
const signalOf = (o: Signal) => (o.signal ? { signal: o.signal } : {});

export const fetchWorkbenchInfo = (o: Signal = {}) => getJson("/workbench/settings", WorkbenchInfo, signalOf(o));

/** Adds a document (pasted text or a file as base64): the answer is the new draft (201). */
export const addDocument = (body: AddDocumentRequest, o: Signal = {}) =>
  sendJson("POST", "/workbench/documents", Draft, body, signalOf(o));

export const fetchDrafts = (o: Signal = {}) => getJson("/workbench/drafts", DraftList, signalOf(o));

export const fetchDraft = (id: string, o: Signal = {}) =>
  getJson(`/workbench/drafts/${segment(id)}`, Draft, signalOf(o));

/** Saves a draft made on `update.revision`; the answer is the draft at the next revision (409 DRAFT_CONFLICT if older). */
export const saveDraft = (id: string, update: DraftUpdate, o: Signal = {}) =>
  sendJson("PUT", `/workbench/drafts/${segment(id)}`, Draft, update, signalOf(o));

export const discardDraft = (id: string) =>
  sendJson("DELETE", `/workbench/drafts/${segment(id)}`, z.undefined()).then(() => undefined);

export const fetchSuggestions = (id: string, o: Signal = {}) =>
  getJson(`/workbench/drafts/${segment(id)}/suggestions`, SuggestionsResponse, signalOf(o));

export const fetchVocabulary = (o: Signal = {}) => getJson("/workbench/vocabulary", Vocabulary, signalOf(o));

export const reviewDraft = (id: string, o: Signal = {}) =>
  sendJson("POST", `/workbench/drafts/${segment(id)}/review`, ReviewResponse, {}, signalOf(o));

/** Commits a reviewed revision under an Idempotency-Key; sending the same key again never writes twice. */
export const commitDraft = (id: string, revision: number, key: string, o: SendOptions = {}) =>
  sendJson(
    "POST",
    `/workbench/drafts/${segment(id)}/commit`,
    CommitStatus,
    { revision },
    {
      ...o,
      headers: { ...o.headers, "Idempotency-Key": key },
    },
  );

/** The status of a commit by its key (404 NOT_FOUND: the server never started it). */
export const fetchCommitStatus = (key: string, o: Signal = {}) =>
  getJson(`/workbench/commits/${segment(key)}`, CommitStatus, signalOf(o));

export const retract = (body: RetractRequest, o: Signal = {}) =>
  sendJson("POST", "/workbench/retract", RetractResponse, body, signalOf(o));
