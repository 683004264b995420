// The explorer's keyboard shortcuts in one place: Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z (or Ctrl+Y) redo, Escape clears
// the selection. They never fire while a text field, a select, the Cypher editor or any element marked
// `data-own-keys` (or inside one) has the focus: such a part keeps its keys for itself (the source workbench's reader).

/** The attribute a part of the page sets to keep every key for itself. */
export const OWN_KEYS_ATTRIBUTE = "data-own-keys";

/** What a shortcut does; null: the key is not ours. */
export type ShortcutAction = "undo" | "redo" | "clear-selection" | null;

/** The part of a key event the decision reads (a KeyboardEvent has all of it). */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The part of an element the decision reads (an Element has all of it). */
export interface TargetLike {
  tagName?: string;
  isContentEditable?: boolean;
  closest?(selector: string): unknown;
}

/** Whether the key event comes from something that types or keeps its own keys. */
export function ownsKeys(target: TargetLike | null): boolean {
  if (!target) return false;
  const tag = (target.tagName ?? "").toUpperCase();
  if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") return true;
  if (target.isContentEditable) return true;
  return Boolean(target.closest?.(`[${OWN_KEYS_ATTRIBUTE}], .cypher-editor, [contenteditable="true"]`));
}

/** The shortcut a key stands for, or null. */
export function shortcutFor(event: KeyLike): ShortcutAction {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && !event.altKey && key === "z") return event.shiftKey ? "redo" : "undo";
  if (mod && !event.altKey && !event.shiftKey && key === "y") return "redo";
  if (!mod && !event.altKey && event.key === "Escape") return "clear-selection";
  return null;
}

/**
 * Listens on the window and runs `actions[action]` for a shortcut; returns the function that stops listening.
 * An event already handled (defaultPrevented), or from a part that owns its keys, is left alone.
 */
export function installShortcuts(actions: Record<Exclude<ShortcutAction, null>, () => boolean>): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    const target = (event.composedPath()[0] ?? event.target) as TargetLike | null;
    if (ownsKeys(target) || ownsKeys(event.target as TargetLike | null)) return;
    const action = shortcutFor(event);
    if (action && actions[action]()) event.preventDefault();
  };
  window.addEventListener("keydown", onKey);
  return () => window.removeEventListener("keydown", onKey);
}
