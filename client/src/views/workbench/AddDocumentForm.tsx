// Adds a document: pasted text (kept exactly as pasted) or an uploaded .txt, .md, .html or .pdf (the server reads the
// text; the file is kept beside it), with its title, language, date, publisher and link.
import { AddDocumentRequest } from "@domain/contracts/workbench";
import { useState } from "react";
import { useAtomValue } from "../../core/utils/useAtom";
import { addSource, workbenchAtom } from "../../core/workbench";
import { readableBytes, titleFrom } from "../../core/workbench/documents";
import { zodReasons } from "./FormParts";

/** A file's bytes as base64 (RFC 4648), read by the browser itself. */
function base64Of(file: File): Promise<string> {
  return new Promise((done, fail) => {
    const reader = new FileReader();
    reader.onerror = () => fail(reader.error ?? new Error("the file could not be read"));
    reader.onload = () => {
      const url = String(reader.result);
      done(url.slice(url.indexOf(",") + 1));
    };
    reader.readAsDataURL(file);
  });
}

export function AddDocumentForm() {
  const state = useAtomValue(workbenchAtom);
  const [mode, setMode] = useState<"paste" | "file">("paste");
  const [title, setTitle] = useState("");
  // The server's refusal belongs to the attempt that reached it: a later one refused in the page hides it.
  const [refusedHere, setRefusedHere] = useState(false);
  const [text, setText] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [language, setLanguage] = useState("");
  const [date, setDate] = useState("");
  const [publisher, setPublisher] = useState("");
  const [url, setUrl] = useState("");
  const [reasons, setReasons] = useState<string[]>([]);
  const info = state.info;
  const extensions = info?.uploadTypes.map((t) => `.${t.extension}`) ?? [".txt", ".md", ".html", ".htm", ".pdf"];
  const busy = state.loading.status === "loading";
  const serverRefusal = !refusedHere && state.loading.status === "error" ? state.loading.error : null;

  const submit = async () => {
    const problems: string[] = [];
    let content: AddDocumentRequest["content"] | null = null;
    if (mode === "paste") {
      if (text.trim() === "") problems.push("Paste the document's text.");
      else content = { kind: "paste", text };
    } else if (!file) problems.push("Choose a file.");
    else {
      const ext = /\.[^.]+$/.exec(file.name.toLowerCase())?.[0] ?? "";
      if (!extensions.includes(ext)) problems.push(`${file.name}: the workbench reads ${extensions.join(", ")} files.`);
      else if (info && file.size > info.maxUploadBytes) {
        problems.push(
          `${file.name} is ${readableBytes(file.size)}; the server takes files up to ${readableBytes(info.maxUploadBytes)}.`,
        );
      } else content = { kind: "file", name: file.name, base64: await base64Of(file) };
    }
    if (!content) {
      setRefusedHere(true);
      return setReasons(problems);
    }
    const request = AddDocumentRequest.safeParse({
      title: title.trim(),
      ...(language ? { language } : {}),
      ...(date.trim() ? { date: date.trim() } : {}),
      ...(publisher.trim() ? { publisher: publisher.trim() } : {}),
      ...(url.trim() ? { url: url.trim() } : {}),
      content,
    });
    if (!request.success) return setReasons(zodReasons(request.error));
    setReasons([]);
    setRefusedHere(false);
    await addSource(request.data);
  };

  return (
    <form
      className="wb-add"
      data-testid="wb-add"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2>Add a document</h2>
      <fieldset className="segmented" aria-label="How to add it">
        <button
          type="button"
          aria-pressed={mode === "paste"}
          onClick={() => setMode("paste")}
          data-testid="wb-add-paste"
        >
          Paste text
        </button>
        <button type="button" aria-pressed={mode === "file"} onClick={() => setMode("file")} data-testid="wb-add-file">
          Upload a file
        </button>
      </fieldset>
      {mode === "paste" ? (
        <label className="wb-field">
          <span className="wb-label">Text (kept exactly as pasted: every quote's offsets refer to it)</span>
          <textarea
            rows={10}
            dir="auto"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              if (title === "") setTitle(titleFrom(e.target.value));
            }}
            data-testid="wb-add-text"
          />
        </label>
      ) : (
        <label className="wb-field">
          <span className="wb-label">
            File ({extensions.join(", ")}
            {info ? `, up to ${readableBytes(info.maxUploadBytes)}` : ""}; a PDF's text layer is read)
          </span>
          <input
            type="file"
            accept={extensions.join(",")}
            onChange={(e) => {
              const chosen = e.target.files?.[0] ?? null;
              setFile(chosen);
              if (chosen && title === "") setTitle(chosen.name.replace(/\.[^.]+$/, ""));
            }}
            data-testid="wb-add-upload"
          />
        </label>
      )}
      <label className="wb-field">
        <span className="wb-label">Title</span>
        <input
          type="text"
          dir="auto"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          data-testid="wb-add-title"
        />
      </label>
      <div className="wb-row">
        <label>
          Language{" "}
          <select value={language} onChange={(e) => setLanguage(e.target.value)} data-testid="wb-add-language">
            <option value="">from the text</option>
            <option value="ar">Arabic (ar)</option>
            <option value="en">English (en)</option>
            <option value="fr">French (fr)</option>
            <option value="zh">Chinese (zh)</option>
          </select>
        </label>
        <label>
          Date{" "}
          <input
            type="text"
            placeholder="2025-02-14"
            size={11}
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </label>
      </div>
      <div className="wb-row">
        <label className="grow">
          Publisher <input type="text" dir="auto" value={publisher} onChange={(e) => setPublisher(e.target.value)} />
        </label>
      </div>
      <label className="wb-field">
        <span className="wb-label">Link</span>
        <input type="url" placeholder="https://…" value={url} onChange={(e) => setUrl(e.target.value)} />
      </label>
      {(reasons.length > 0 || serverRefusal) && (
        <ul className="wb-reasons error" data-testid="wb-add-reasons">
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
          {serverRefusal && <li>{serverRefusal}</li>}
        </ul>
      )}
      <button type="submit" className="primary" disabled={busy} data-testid="wb-add-submit">
        {busy ? "Reading the document…" : "Add and open in the reader"}
      </button>
      {info && <p className="muted small">Evidence you mark is recorded as added by {info.author}.</p>}
    </form>
  );
}
