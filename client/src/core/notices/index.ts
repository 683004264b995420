// Short messages for the user ("All 5 neighbors are already shown"), shown as a toast and then dropped.
import { atom } from "../utils/atoms";

export interface Notice {
  id: number;
  text: string;
  tone: "info" | "error";
}

export const noticesAtom = atom<Notice[]>([]);
let next = 1;

export function notify(text: string, tone: Notice["tone"] = "info", ttlMs = 5000): void {
  const notice = { id: next++, text, tone };
  noticesAtom.set((list) => [...list.slice(-3), notice]);
  setTimeout(() => dismiss(notice.id), ttlMs);
}

export function dismiss(id: number): void {
  noticesAtom.set((list) => (list.some((n) => n.id === id) ? list.filter((n) => n.id !== id) : list));
}
