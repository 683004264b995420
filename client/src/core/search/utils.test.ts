import type { SearchHit } from "@domain/contracts/api";
import { describe, expect, it } from "vitest";
import { getEmptySearchState, hitLabel, hitsReceived, moveActive, queryTyped, searchFailed } from "./utils";

const hit = (id: string, matched: string): SearchHit => ({
  id,
  type: "Person",
  label: "Matty Zhao",
  labelAr: "ماتي تشاو",
  matched,
  match: "contains",
  score: 1,
});

describe("search state", () => {
  it("should not search for a blank query", () => {
    expect(queryTyped("   ")(getEmptySearchState())).toMatchObject({ status: "idle", query: "   ", hits: [] });
  });

  it("should drop hits and errors for a query the user has since changed", () => {
    const typing = queryTyped("Zhao")(getEmptySearchState());
    expect(hitsReceived("Zha", [hit("a", "Zhao")])(typing)).toBe(typing);
    expect(searchFailed("Zh", "down")(typing)).toBe(typing);
    const ready = hitsReceived("Zhao", [hit("a", "Zhao")])(typing);
    expect(ready).toMatchObject({ status: "ready", active: 0 });
  });

  it("should wrap around when moving through suggestions", () => {
    const ready = hitsReceived("x", [hit("a", "x"), hit("b", "x")])(queryTyped("x")(getEmptySearchState()));
    expect(moveActive(-1)(ready).active).toBe(1);
    expect(moveActive(1)(moveActive(1)(ready)).active).toBe(0);
    expect(moveActive(1)(getEmptySearchState()).active).toBe(-1);
  });

  it("should show the name in the chosen language and the alias that matched", () => {
    expect(hitLabel(hit("a", "تشاو"), "en")).toEqual({ primary: "Matty Zhao", secondary: "تشاو" });
    expect(hitLabel(hit("a", "Matty Zhao"), "ar")).toEqual({ primary: "ماتي تشاو", secondary: "Matty Zhao" });
  });
});
