// The overview at scale, with its threshold lowered (KG_OVERVIEW_ABOVE=50, 20 nodes): counts shown, search and expand.
import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readEnv } from "../../server/config/env";
import { createApp } from "../../server/http/app";
import { createLogger } from "../../server/log/logger";
import { createDb } from "../../server/neo4j/driver";
import { CLIENT_DIST } from "./app";
import { type Browser, openBrowser, screenshot } from "./browser";
import { nodeOnPage, openExplorer, searchAndPick, waitFor } from "./helpers";

describe("the overview above KG_OVERVIEW_ABOVE", () => {
  const connection = inject("neo4j");
  const db = createDb(connection);
  let server: Server;
  let url = "";
  let browser: Browser;

  beforeAll(async () => {
    const { API_TOKEN: _token, ...rest } = process.env;
    const env = readEnv({
      ...rest,
      HOST: "127.0.0.1",
      PORT: "0",
      LOG_LEVEL: "warn",
      KG_OVERVIEW_ABOVE: "50",
      KG_OVERVIEW_NODES: "20",
    });
    const app = createApp({ db, connection, env, logger: createLogger("silent") }, { clientDist: CLIENT_DIST });
    server = await new Promise((done, fail) => {
      const s = app.listen(0, "127.0.0.1", () => done(s));
      s.once("error", fail);
    });
    const address = server.address();
    if (!address || typeof address === "string") throw new Error("no TCP address");
    url = `http://127.0.0.1:${address.port}/`;
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
    await db.close();
  });

  it("should open on the 20 most connected nodes, say what is left out, and reach a left-out node", async () => {
    const { page } = browser;
    await openExplorer(page, url);
    const opened = await waitFor(page, (s) => s.status === "ready" && s.dataNodes > 0);
    expect(opened.dataNodes).toBe(20);
    const notice = page.getByTestId("overview-notice");
    await notice.waitFor({ timeout: 10_000 });
    const overview = (await (await fetch(`${url}api/overview`)).json()) as {
      total: { nodes: number };
      leftOut: { nodes: number };
    };
    expect(overview.leftOut.nodes).toBe(overview.total.nodes - 20);
    expect(await notice.textContent()).toContain(`the 20 most connected of ${overview.total.nodes} nodes`);
    expect(await page.getByTestId("overview-left-out").textContent()).toContain(
      `Left out: ${overview.leftOut.nodes} nodes`,
    );
    await screenshot(page, "overview-01-opened");

    // A left-out entity: one that /api/graph?limit=20 does not send.
    const shown = (await (await fetch(`${url}api/graph?limit=20`)).json()) as { graph: { nodes: { key: string }[] } };
    const keys = new Set(shown.graph.nodes.map((n) => n.key));
    const all = (await (await fetch(`${url}api/graph?limit=2000&claims=false&sources=false`)).json()) as {
      graph: { nodes: { key: string; attributes: { label?: string; name?: string } }[] };
    };
    const left = all.graph.nodes.find((n) => !keys.has(n.key) && n.key.startsWith("org:"));
    if (!left) throw new Error("no left-out organisation in the seed");
    const name = String(left.attributes.name ?? left.attributes.label);
    await searchAndPick(page, name, left.key);
    await waitFor(page, (s) => s.selected?.id === left.key);
    expect(await page.evaluate((k) => window.__kg?.hasNode(k), left.key)).toBe(true);
    const before = await waitFor(page, (s) => s.nodes === s.dataNodes);
    const point = await nodeOnPage(page, left.key);
    await page.mouse.dblclick(point.x, point.y);
    await waitFor(page, (s) => s.undoable === before.undoable + 1 && s.nodes === s.dataNodes);
    // Every neighbour of the left-out node is on the page now, whether it was in the overview or not.
    const page1 = (await (
      await fetch(`${url}api/nodes/${encodeURIComponent(left.key)}/neighbors?limit=25`)
    ).json()) as {
      graph: { nodes: { key: string }[] };
    };
    expect(page1.graph.nodes.length).toBeGreaterThan(1);
    for (const n of page1.graph.nodes) {
      expect(await page.evaluate((k) => window.__kg?.hasNode(k), n.key)).toBe(true);
    }
    await screenshot(page, "overview-02-expanded");
  });
});
