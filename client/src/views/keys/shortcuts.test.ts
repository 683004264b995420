import { describe, expect, it } from "vitest";
import { OWN_KEYS_ATTRIBUTE, ownsKeys, shortcutFor } from "./shortcuts";

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe("shortcuts", () => {
  it("should leave text fields, selects, editable text, the Cypher editor and marked parts alone", () => {
    expect(ownsKeys({ tagName: "input" })).toBe(true);
    expect(ownsKeys({ tagName: "TEXTAREA" })).toBe(true);
    expect(ownsKeys({ tagName: "SELECT" })).toBe(true);
    expect(ownsKeys({ tagName: "DIV", isContentEditable: true })).toBe(true);
    const inside = (selector: string) => ({
      tagName: "SPAN",
      closest: (s: string) => (s.includes(selector) ? {} : null),
    });
    expect(ownsKeys(inside(`[${OWN_KEYS_ATTRIBUTE}]`))).toBe(true);
    expect(ownsKeys(inside(".cypher-editor"))).toBe(true);
    expect(ownsKeys({ tagName: "BUTTON", closest: () => null })).toBe(false);
    expect(ownsKeys(null)).toBe(false);
  });

  it("should read undo, redo and Escape, and nothing else", () => {
    expect(shortcutFor(key("a"))).toBeNull();
    expect(shortcutFor(key("z"))).toBeNull();
    expect(shortcutFor(key("z", { ctrlKey: true, altKey: true }))).toBeNull();
    expect(shortcutFor(key("z", { ctrlKey: true }))).toBe("undo");
    expect(shortcutFor(key("z", { metaKey: true }))).toBe("undo");
    expect(shortcutFor(key("Z", { ctrlKey: true, shiftKey: true }))).toBe("redo");
    expect(shortcutFor(key("y", { ctrlKey: true }))).toBe("redo");
    expect(shortcutFor(key("Escape"))).toBe("clear-selection");
  });
});
