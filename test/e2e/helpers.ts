// Browser-test steps shared by the e2e files: open the explorer, search, read state, measure a screenshot.
import type { Page } from "playwright-core";
import type { KgSnapshot } from "../../client/src/testHook";

/** Opens the explorer on a clean profile state and waits until sigma has drawn the loaded graph. */
export async function openExplorer(page: Page, url: string, options: { keepStorage?: boolean } = {}): Promise<void> {
  await page.goto(url);
  if (!options.keepStorage) {
    await page.evaluate(() => localStorage.clear());
    await page.reload();
  }
  await page.waitForFunction(
    () => {
      const s = window.__kg?.snapshot();
      return s !== undefined && s.status === "ready" && s.nodes > 0 && s.nodes === s.dataNodes && s.frames > 0;
    },
    null,
    { timeout: 30_000 },
  );
}

export function snapshot(page: Page): Promise<KgSnapshot> {
  return page.evaluate(() => {
    const hook = window.__kg;
    if (!hook) throw new Error("window.__kg is missing");
    return hook.snapshot();
  });
}

export async function waitFor(
  page: Page,
  predicate: (s: KgSnapshot) => boolean,
  timeout = 15_000,
): Promise<KgSnapshot> {
  const deadline = Date.now() + timeout;
  // The explorer's bundle is imported by the small entry (client/src/main.tsx), so it mounts just after the page loads.
  await page.waitForFunction(() => window.__kg !== undefined, null, { timeout });
  let last = await snapshot(page);
  while (!predicate(last)) {
    if (Date.now() > deadline) throw new Error(`state never matched; last: ${JSON.stringify(last)}`);
    await page.waitForTimeout(100);
    last = await snapshot(page);
  }
  return last;
}

/** Types into the main search box and picks the suggestion for `id`. */
export async function searchAndPick(page: Page, text: string, id: string): Promise<void> {
  const input = page.getByTestId("search-input");
  await input.fill("");
  await input.pressSequentially(text, { delay: 20 });
  const hit = page.locator(`[data-testid="search-hit"][data-id="${id}"]`);
  await hit.waitFor({ timeout: 10_000 });
  await hit.click();
}

/** Waits two animation frames, so sigma has drawn (and re-framed) the latest graph. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/** A node's place on the page, once the camera has stopped moving (two equal readings in a row). */
export async function nodeOnPage(page: Page, id: string): Promise<{ x: number; y: number }> {
  const read = () => page.evaluate((key) => window.__kg?.nodeOnPage(key) ?? null, id);
  let previous = await read();
  for (let i = 0; i < 50; i++) {
    await settle(page);
    await page.waitForTimeout(50);
    const point = await read();
    if (!point) throw new Error(`node ${id} is not drawn`);
    if (previous && Math.abs(point.x - previous.x) < 0.5 && Math.abs(point.y - previous.y) < 0.5) return point;
    previous = point;
  }
  throw new Error(`node ${id} never stopped moving`);
}

/** Distinct colours in a PNG, decoded by the browser itself (no image library needed). */
export async function distinctColours(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d");
    if (!context) return 0;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4) {
      seen.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
    }
    return seen.size;
  }, png.toString("base64"));
}

/**
 * Selects `quote` (its first occurrence) in the workbench's reader with a real mouse drag from its first character to
 * its last: pressed at the character's logical start edge (its left in left-to-right text, its right in Arabic).
 */
export async function selectInReader(page: Page, quote: string): Promise<void> {
  const box = await page.evaluate((words) => {
    const reader = document.querySelector<HTMLElement>('[data-testid="wb-reader"]');
    if (!reader) throw new Error("no reader");
    const runs = [...reader.querySelectorAll<HTMLElement>("[data-start]")];
    const text = reader.textContent ?? "";
    const start = text.indexOf(words);
    if (start < 0) throw new Error(`«${words}» is not in the reader`);
    const at = (pos: number): [Node, number] => {
      for (const run of runs) {
        const from = Number(run.dataset.start);
        const length = run.textContent?.length ?? 0;
        if (pos >= from && pos < from + length && run.firstChild) return [run.firstChild, pos - from];
      }
      throw new Error(`offset ${pos} is in no run`);
    };
    const [first] = at(start);
    first.parentElement?.scrollIntoView({ block: "center" });
    const rect = (pos: number) => {
      const [node, offset] = at(pos);
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
      return { left: r.left, right: r.right, y: (r.top + r.bottom) / 2 };
    };
    const rtl = (c: string | undefined) => c !== undefined && /[\u0590-\u08FF]/.test(c);
    return {
      a: rect(start),
      b: rect(start + words.length - 1),
      rtlA: rtl(text[start]),
      rtlB: rtl(text[start + words.length - 1]),
    };
  }, quote);
  await page.mouse.move(box.rtlA ? box.a.right - 1 : box.a.left + 1, box.a.y);
  await page.mouse.down();
  await page.mouse.move(box.rtlB ? box.b.left + 1 : box.b.right - 1, box.b.y, { steps: 8 });
  await page.mouse.up();
}
