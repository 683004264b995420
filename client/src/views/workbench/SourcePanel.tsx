// The draft's source: its metadata (title, language, date, publisher, link, the source id until committed) and how
// its text was read.
import { DraftSource } from "@domain/contracts/workbench";
import { useState } from "react";
import { useAtomValue } from "../../core/utils/useAtom";
import { updateSource, workbenchAtom } from "../../core/workbench";
import { readableBytes } from "../../core/workbench/documents";
import { zodReasons } from "./FormParts";

export function SourcePanel() {
  const { draft, edit } = useAtomValue(workbenchAtom);
  if (!draft || !edit) return null;
  // Keyed by the source as saved, so an undo or another tab's version refills the fields.
  return <SourceFields key={JSON.stringify(edit.source)} />;
}

function SourceFields() {
  const { draft, edit } = useAtomValue(workbenchAtom);
  const source = edit?.source;
  const [title, setTitle] = useState(source?.title ?? "");
  const [language, setLanguage] = useState(source?.language ?? "");
  const [date, setDate] = useState(source?.date ?? "");
  const [publisher, setPublisher] = useState(source?.publisher ?? "");
  const [url, setUrl] = useState(source?.url ?? "");
  const [id, setId] = useState(source?.id ?? "");
  const [reasons, setReasons] = useState<string[]>([]);
  if (!draft || !source) return null;
  const changed =
    title !== source.title ||
    language !== source.language ||
    date !== (source.date ?? "") ||
    publisher !== (source.publisher ?? "") ||
    url !== (source.url ?? "") ||
    id !== source.id;
  const apply = () => {
    const parsed = DraftSource.safeParse({
      id: id.trim(),
      title: title.trim(),
      language: language.trim(),
      ...(date.trim() ? { date: date.trim() } : {}),
      ...(publisher.trim() ? { publisher: publisher.trim() } : {}),
      ...(url.trim() ? { url: url.trim() } : {}),
    });
    if (!parsed.success) return setReasons(zodReasons(parsed.error));
    setReasons([]);
    updateSource(parsed.data);
  };
  const original = draft.original;
  return (
    <form
      className="wb-source"
      data-testid="wb-source"
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      <h2>Source</h2>
      <label className="wb-field">
        <span className="wb-label">Title</span>
        <input type="text" dir="auto" value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <div className="wb-row">
        <label>
          Language <input type="text" size={4} value={language} onChange={(e) => setLanguage(e.target.value)} />
        </label>
        <label>
          Date{" "}
          <input type="text" size={10} placeholder="2025-02" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
      </div>
      <label className="wb-field">
        <span className="wb-label">Publisher</span>
        <input type="text" dir="auto" value={publisher} onChange={(e) => setPublisher(e.target.value)} />
      </label>
      <label className="wb-field">
        <span className="wb-label">Link</span>
        <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
      </label>
      <label className="wb-field">
        <span className="wb-label">Source id</span>
        <input
          type="text"
          value={id}
          disabled={draft.committed !== undefined}
          title={draft.committed ? "Fixed once committed" : "The id the commit gives the source"}
          onChange={(e) => setId(e.target.value)}
        />
      </label>
      {reasons.length > 0 && (
        <ul className="wb-reasons error">
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      <button type="submit" disabled={!changed}>
        Apply
      </button>
      <dl className="wb-facts muted small">
        <dt>Text</dt>
        <dd>
          {draft.text.length.toLocaleString("en")} characters,{" "}
          {draft.direction === "rtl" ? "right-to-left" : "left-to-right"}
        </dd>
        <dt>Read from</dt>
        <dd>
          {draft.extractedAs === "paste"
            ? "pasted text"
            : `${original?.uploadedName ?? "a file"} (${draft.extractedAs}${original ? `, ${readableBytes(original.bytes)}` : ""}${original?.pages ? `, ${original.pages} pages` : ""}), kept beside the text`}
        </dd>
        {draft.committed && (
          <>
            <dt>Committed</dt>
            <dd>
              revision {draft.committed.revision},{" "}
              {new Date(draft.committed.at).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" })}
            </dd>
          </>
        )}
      </dl>
    </form>
  );
}
