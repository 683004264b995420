import { describe, expect, it } from "vitest";
import { atom, derivedAtom } from "./atoms";

describe("atoms", () => {
  it("should not notify when a value is set to itself", () => {
    const a = atom(1);
    const seen: number[] = [];
    a.subscribe((v) => seen.push(v));
    a.set(1);
    a.set((v) => v + 1);
    expect(seen).toEqual([2]);
  });

  it("should recompute a derived value only when an input changed", () => {
    const a = atom(2);
    const b = atom(3);
    let runs = 0;
    const product = derivedAtom([a, b], (x, y) => {
      runs++;
      return x * y;
    });
    expect(product.get()).toBe(6);
    expect(product.get()).toBe(6);
    expect(runs).toBe(1);
    const seen: number[] = [];
    product.subscribe((v) => seen.push(v));
    b.set(4);
    expect(seen).toEqual([8]);
    expect(runs).toBe(2);
  });
});
