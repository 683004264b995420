// The appearance store: label language and size encoding, the language remembered in this browser.
import { atom } from "../utils/atoms";
import type { AppearanceState, Language } from "./types";
import { getEmptyAppearanceState } from "./utils";

const LANGUAGE_KEY = "kg-explorer:language";

function initialAppearance(): AppearanceState {
  const state = getEmptyAppearanceState();
  try {
    const saved = localStorage.getItem(LANGUAGE_KEY);
    if (saved === "en" || saved === "ar") return { ...state, language: saved satisfies Language };
  } catch {
    // No storage: English.
  }
  return state;
}

export const appearanceAtom = atom(initialAppearance());

appearanceAtom.subscribe((state, previous) => {
  if (state.language === previous.language) return;
  try {
    localStorage.setItem(LANGUAGE_KEY, state.language);
  } catch {
    // Not remembered.
  }
});
