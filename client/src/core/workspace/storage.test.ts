import { describe, expect, it } from "vitest";
import { favouriteRemoved, favouriteSaved, historyAdded, parseFavourites, parseHistory, suggestName } from "./storage";

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
