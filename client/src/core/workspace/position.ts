// Maps a position Neo4j reports in the query it received (trimmed by the server) back onto the editor's text.
import type { TextPosition } from "./types";

export function untrimPosition(original: string, position: TextPosition): TextPosition {
  const lead = /^\s*/.exec(original)?.[0] ?? "";
  const newlines = lead.split("\n").length - 1;
  const indent = lead.length - (lead.lastIndexOf("\n") + 1);
  return position.line === 1
    ? { line: 1 + newlines, column: position.column + indent }
    : { line: position.line + newlines, column: position.column };
}
