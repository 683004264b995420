// The Cypher editor: CodeMirror 6 with Neo4j's Cypher support (@neo4j-cypher/codemirror), schema autocompletion,
// Ctrl/Cmd+Enter to run, and the server's error marked at its line and column.

import { closeCompletion } from "@codemirror/autocomplete";
import { setDiagnostics } from "@codemirror/lint";
import { Prec } from "@codemirror/state";
import { keymap } from "@codemirror/view";
import { createCypherEditor, type EditorApi } from "@neo4j-cypher/codemirror";
import cypherCss from "@neo4j-cypher/codemirror/css/cypher-codemirror.css?url";
import { useEffect, useRef } from "react";
import type { DbSchema, TextPosition } from "../../core/workspace/types";
import shadowCss from "./cypherEditor.shadow.css?url";
import { completeParametersAfterDollar } from "./parameterCompletion";

export interface CypherEditorProps {
  value: string;
  onChange(value: string): void;
  onRun(): void;
  schema: DbSchema | null;
  /** Parameter names the editor should offer after `$`. */
  parameters: string[];
  /** Where the last error is, with its message; null clears the mark. */
  error: { position: TextPosition; message: string } | null;
  /** True while a query runs: an open completion pop-up is closed, so it does not cover the result and its buttons. */
  running: boolean;
}

/** The character range to mark for an error: the word at the position, or one character. */
function markRange(text: string, offset: number): { from: number; to: number } {
  const word = /^[A-Za-z0-9_$`.]+/.exec(text.slice(offset))?.[0].length ?? 0;
  const to = Math.min(text.length, offset + Math.max(1, word));
  return { from: Math.min(offset, Math.max(0, to - 1)), to };
}

/**
 * The editor lives in a shadow root: there CodeMirror's style-mod adopts constructed stylesheets instead of adding
 * <style> elements, which the CSP (`style-src 'self'`) refuses. Our own styles come in as <link>s to files on 'self'.
 */
function shadowMount(host: HTMLElement): HTMLElement {
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  shadow.replaceChildren();
  for (const href of [cypherCss, shadowCss]) {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    shadow.append(link);
  }
  const mount = document.createElement("div");
  mount.className = "mount";
  shadow.append(mount);
  return mount;
}

export function CypherEditor(props: CypherEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<EditorApi | null>(null);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    // It returns { editor }, although its .d.ts says it returns the EditorApi itself.
    const created = createCypherEditor(shadowMount(element), {
      value: latest.current.value,
      autofocus: false,
      lineNumbers: true,
      lineWrapping: true,
      lineNumberFormatter: (line: number) => String(line),
      theme: "light",
      tooltipAbsolute: false,
      placeholder: "MATCH (n:Organization) RETURN n LIMIT 25",
      preExtensions: [
        Prec.highest(
          keymap.of([
            {
              key: "Mod-Enter",
              preventDefault: true,
              run: (view) => {
                closeCompletion(view);
                latest.current.onRun();
                return true;
              },
            },
          ]),
        ),
      ],
    }) as unknown as { editor: EditorApi };
    const api = created.editor;
    completeParametersAfterDollar(api.editorSupport);
    api.codemirror.contentDOM.setAttribute("aria-label", "Cypher query");
    api.codemirror.contentDOM.setAttribute("data-testid", "cypher-input");
    const off = api.onValueChanged((value) => latest.current.onChange(value));
    editor.current = api;
    return () => {
      off();
      api.destroy();
      element.shadowRoot?.replaceChildren();
      editor.current = null;
    };
  }, []);

  // Text set from outside (library, history, a link) replaces the editor's.
  useEffect(() => {
    const api = editor.current;
    if (api && api.codemirror.state.doc.toString() !== props.value) api.setValue(props.value);
  }, [props.value]);

  useEffect(() => {
    const schema = props.schema;
    editor.current?.setSchema({
      labels: (schema?.labels ?? []).map((l) => `:${l}`),
      relationshipTypes: (schema?.relationshipTypes ?? []).map((t) => `:${t}`),
      propertyKeys: schema?.propertyKeys ?? [],
      parameters: props.parameters,
    });
  }, [props.schema, props.parameters]);

  useEffect(() => {
    const api = editor.current;
    if (!api) return;
    const view = api.codemirror;
    if (!props.error) {
      view.dispatch(setDiagnostics(view.state, []));
      return;
    }
    const text = view.state.doc.toString();
    const line = view.state.doc.line(Math.min(Math.max(1, props.error.position.line), view.state.doc.lines));
    const offset = Math.min(line.to, line.from + Math.max(0, props.error.position.column - 1));
    const range = markRange(text, offset);
    view.dispatch(setDiagnostics(view.state, [{ ...range, severity: "error", message: props.error.message }]));
    api.setPosition(offset);
  }, [props.error]);

  useEffect(() => {
    const api = editor.current;
    if (!api || !props.running) return;
    closeCompletion(api.codemirror);
  }, [props.running]);

  // The editor keeps its own keys (Ctrl+Z is its undo): the explorer's shortcuts leave it alone.
  return <div className="cypher-editor" ref={host} data-testid="cypher-editor" data-own-keys="" />;
}
