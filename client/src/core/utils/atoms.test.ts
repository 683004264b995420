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

  it("should keep the last derived value when a recomputed one equals it, and not notify", () => {
    const a = atom([1, 2]);
    const sum = derivedAtom(
      [a],
      (xs) => ({ total: xs.reduce((n, x) => n + x, 0) }),
      (p, n) => p.total === n.total,
    );
    const first = sum.get();
    let runs = 0;
    const doubled = derivedAtom([sum], (s) => {
      runs++;
      return s.total * 2;
    });
    const seen: number[] = [];
    sum.subscribe((v) => seen.push(v.total));
    expect(doubled.get()).toBe(6);
    a.set([3]);
    expect(sum.get()).toBe(first);
    expect(doubled.get()).toBe(6);
    expect(runs).toBe(1);
    a.set([4]);
    expect(sum.get()).toEqual({ total: 4 });
    expect(seen).toEqual([4]);
  });
});
