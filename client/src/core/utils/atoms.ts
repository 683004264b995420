// Minimal observable state cells: `atom` holds a value, `derivedAtom` recomputes lazily from other atoms.
export type Listener<T> = (value: T, previous: T) => void;

export interface ReadableAtom<T> {
  get(): T;
  subscribe(listener: Listener<T>): () => void;
}

export interface WritableAtom<T> extends ReadableAtom<T> {
  set(next: T | ((previous: T) => T)): void;
}

/** A pure state update: `(args) => (state) => newState` curried down to its last step. */
export type Producer<T> = (state: T) => T;

export function atom<T>(initial: T): WritableAtom<T> {
  let value = initial;
  const listeners = new Set<Listener<T>>();
  return {
    get: () => value,
    set(next) {
      const previous = value;
      value = typeof next === "function" ? (next as (p: T) => T)(previous) : next;
      if (value === previous) return;
      for (const listener of [...listeners]) listener(value, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

type Values<Deps extends readonly ReadableAtom<unknown>[]> = { [K in keyof Deps]: ReturnType<Deps[K]["get"]> };

/**
 * A value computed from other atoms; recomputed only when one of them changed, and only when read. With `equals`, a
 * recomputed value equal to the last one is dropped for the last one: listeners do not hear of it, and atoms derived
 * from this one are not recomputed.
 */
export function derivedAtom<const Deps extends readonly ReadableAtom<unknown>[], T>(
  deps: Deps,
  compute: (...values: Values<Deps>) => T,
  equals?: (previous: T, next: T) => boolean,
): ReadableAtom<T> {
  let cachedInputs: unknown[] | null = null;
  let cached: T;
  const listeners = new Set<Listener<T>>();
  const read = (): T => {
    const inputs = deps.map((d) => d.get());
    if (cachedInputs === null || inputs.some((v, i) => v !== cachedInputs?.[i])) {
      const next = compute(...(inputs as Values<Deps>));
      if (cachedInputs === null || !equals?.(cached, next)) cached = next;
      cachedInputs = inputs;
    }
    return cached;
  };
  for (const dep of deps) {
    dep.subscribe(() => {
      if (listeners.size === 0) return;
      const previous = cached;
      const value = read();
      if (value !== previous) for (const listener of [...listeners]) listener(value, previous);
    });
  }
  return {
    get: read,
    subscribe(listener) {
      read();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
