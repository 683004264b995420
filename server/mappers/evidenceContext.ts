// Places each piece of evidence in its source: the source title and the words just before and after the quote.
import type { EvidenceInSource } from "@domain/contracts/api";
import type { Evidence } from "@domain/model/evidence";

export interface SourceText {
  id: string;
  title?: string | undefined;
  text?: string | undefined;
}

export const CONTEXT_CHARS = 80;

export function withContext(
  evidence: readonly Evidence[],
  sources: ReadonlyMap<string, SourceText>,
  chars = CONTEXT_CHARS,
): EvidenceInSource[] {
  return evidence.map((e) => {
    const source = sources.get(e.sourceId);
    const text = source?.text ?? "";
    return {
      ...e,
      ...(source?.title ? { sourceTitle: source.title } : {}),
      before: text.slice(Math.max(0, e.start - chars), e.start),
      after: text.slice(e.end, e.end + chars),
    };
  });
}
