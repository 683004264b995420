// React binding for atoms: re-render when the atom's value changes.
import { useSyncExternalStore } from "react";
import type { ReadableAtom } from "./atoms";

export function useAtomValue<T>(atom: ReadableAtom<T>): T {
  return useSyncExternalStore(atom.subscribe, atom.get, atom.get);
}
