// `$` completes parameters everywhere, also inside a map literal (`{id: $`), where Neo4j's rules offer property keys.
import type { EditorApi } from "@neo4j-cypher/codemirror";

type CypherEditorSupport = EditorApi["editorSupport"];

interface Position {
  line: number;
  column: number;
}

interface CompletionItem {
  type: string;
  view: string;
  content: string;
  postfix: string | null;
}

/** The parts of editor-support's CypherEditorSupport this uses that its .d.ts leaves out (present in 1.0.x). */
interface SupportInternals {
  getCompletion(line: number, column: number, doFilter?: boolean): { from: Position; to: Position; items: unknown[] };
  getElementForCompletion(line: number, column: number): { getText(): string } | null;
  completion: { getItems(types: { type: string }[], options: { filter?: string; query?: null }): CompletionItem[] };
}

/** The text of the parse-tree element at (line 1-based, column 0-based), or at the column before when none is there. */
function elementText(support: SupportInternals, line: number, column: number): string {
  const at = support.getElementForCompletion(line, column)?.getText() ?? "";
  if (at.startsWith("$") || column === 0) return at;
  return support.getElementForCompletion(line, column - 1)?.getText() ?? "";
}

/**
 * Wraps `support.getCompletion` so that where Cypher's own parser puts the cursor on a `$` token or a parameter
 * (`$or…`), the items are the schema's parameters (the names given to `setSchema({ parameters })` and those the
 * query uses), shown and inserted as `$name`, replacing the `$…` typed; elsewhere its answer is unchanged. Neo4j's rule
 * for a map literal comes before its rule for `$`, so without this `{id: $` offered property keys.
 */
export function completeParametersAfterDollar(editorSupport: CypherEditorSupport): void {
  const support = editorSupport as unknown as SupportInternals;
  const original = support.getCompletion.bind(support);
  support.getCompletion = (line, column, doFilter = true) => {
    const answer = original(line, column, doFilter);
    const text = elementText(support, line, column);
    // Only a `$` and the name being typed after it: a longer element is not the parameter under the cursor.
    if (!/^\$\w*$/u.test(text)) return answer;
    const typed = doFilter ? text.slice(1) : "";
    const items = support.completion
      .getItems([{ type: "parameter" }], { filter: typed, query: null })
      .map((item) => ({ ...item, view: `$${item.view}`, content: `$${item.content}` }));
    // Neo4j's own range where it found the element (it replaces the `$…`), else the `$…` just before the cursor.
    const found = answer.from.line !== answer.to.line || answer.from.column !== answer.to.column;
    return found ? { ...answer, items } : { items, from: { line, column: column - text.length }, to: { line, column } };
  };
}
