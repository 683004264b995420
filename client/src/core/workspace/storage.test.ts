import { describe, expect, it } from "vitest";
import {
  FAVOURITE_NAME_MAX,
  favouriteNameProblem,
  favouriteRemoved,
  favouriteRenamed,
  favouriteSaved,
  historyAdded,
  parseFavourites,
  parseHistory,
  suggestName,
} from "./storage";

describe("history and favourites", () => {
  it("should ignore stored values that are missing, not JSON or not of the right shape", () => {
    expect(parseHistory(null)).toEqual([]);
    expect(parseHistory("{oops")).toEqual([]);
    expect(parseHistory('[{"query": 3}]')).toEqual([]);
    expect(parseFavourites('[{"query": "RETURN 1", "params": {}}]')).toEqual([]);
  });

  it("should keep the newest run first, move a repeated run to the top and cap the list", () => {
    const a = { query: "RETURN 1", params: {}, at: "t1" };
    const b = { query: "RETURN 2", params: {}, at: "t2" };
    let history = historyAdded(a)([]);
    history = historyAdded(b)(history);
    history = historyAdded({ ...a, at: "t3" })(history);
    expect(history.map((h) => h.at)).toEqual(["t3", "t2"]);
    expect(historyAdded(b, 1)(history)).toEqual([b]);
    expect(parseHistory(JSON.stringify(history))).toEqual(history);
  });

  it("should save favourites by name, replacing one of the same name, and remove them", () => {
    let favourites = favouriteSaved({ name: "b", query: "RETURN 2", params: {} })([]);
    favourites = favouriteSaved({ name: "a", query: "RETURN 1", params: { x: 1 } })(favourites);
    favourites = favouriteSaved({ name: "b", query: "RETURN 3", params: {} })(favourites);
    expect(favourites.map((f) => `${f.name}:${f.query}`)).toEqual(["a:RETURN 1", "b:RETURN 3"]);
    expect(favouriteRemoved("a")(favourites).map((f) => f.name)).toEqual(["b"]);
    expect(parseFavourites(JSON.stringify(favourites))).toEqual(favourites);
  });

  it("should name a favourite after the query's title or first line", () => {
    expect(suggestName("// title: Claims about an entity\nMATCH …")).toBe("Claims about an entity");
    expect(suggestName("\n\nMATCH (n) RETURN n")).toBe("MATCH (n) RETURN n");
    expect(suggestName("x".repeat(100))).toHaveLength(60);
  });
});

describe("favourite names", () => {
  const saved = [
    { name: "Countries", query: "MATCH (c:Country) RETURN c", params: {} },
    { name: "DeepSeek", query: "MATCH (o {id: $id}) RETURN o", params: { id: "org:deepseek" } },
  ];

  it("should refuse an empty, blank, overlong or taken name, saying why", () => {
    expect(favouriteNameProblem("", saved)).toBe("Give the favourite a name.");
    expect(favouriteNameProblem("   ", saved)).toBe("Give the favourite a name.");
    expect(favouriteNameProblem("x".repeat(FAVOURITE_NAME_MAX + 1), saved)).toMatch(/at most 200/);
    expect(favouriteNameProblem(" Countries ", saved)).toMatch(/already a favourite named “Countries”/);
    expect(favouriteNameProblem("Countries", saved, "DeepSeek")).toMatch(/already a favourite/);
  });

  it("should accept a new name, an Arabic one, and a favourite's own name when renaming it", () => {
    expect(favouriteNameProblem("Claims about China", saved)).toBeNull();
    expect(favouriteNameProblem("ماتي تشاو", saved)).toBeNull();
    expect(favouriteNameProblem("Countries", saved, "Countries")).toBeNull();
  });

  it("should rename a favourite, trimmed, keeping its query and parameters and the list in order", () => {
    const renamed = favouriteRenamed("DeepSeek", "  An organisation ")(saved);
    expect(renamed.map((f) => f.name)).toEqual(["An organisation", "Countries"]);
    expect(renamed[0]).toMatchObject({ query: saved[1]?.query, params: { id: "org:deepseek" } });
    expect(favouriteRenamed("Nobody", "x")(saved)).toEqual(saved);
  });
});
