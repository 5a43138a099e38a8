// Clean updates: version A is served and visited, then the server switches to version B (new asset
// hashes, one day's text changed). No page load ever mixes A and B files, the visitor is offered B
// and gets it, and offline reading still works after the switch.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { launch, serve, waitForOfflineReady, ROOT, DIST } from "./helpers.mjs";

let browser;
let tmp;
before(async () => {
  browser = await launch();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tih-update-"));
});
after(async () => {
  await browser?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const HASHED = /^(today-in-history-|style-|start-)([0-9a-f]{12,16})(_bg\.wasm|\.js|\.css)$/;
const MARK = "UPDATED IN VERSION B: ";

/** Version B: the same build under new asset names, and Nov 4's first event reworded. */
function buildVersionB() {
  const dist = path.join(tmp, "dist-b");
  const data = path.join(tmp, "data-b");
  fs.cpSync(DIST, dist, { recursive: true });
  fs.cpSync(path.join(ROOT, "data"), data, { recursive: true });
  const renames = new Map();
  for (const name of fs.readdirSync(dist)) {
    const m = HASHED.exec(name);
    if (!m) continue;
    const hash = [...m[2]].reverse().join("");
    renames.set(name, `${m[1]}${hash}${m[3]}`);
  }
  const rewrite = (file) => {
    let text = fs.readFileSync(file, "utf8");
    for (const [from, to] of renames) text = text.split(from).join(to);
    fs.writeFileSync(file, text);
  };
  for (const [from, to] of renames) fs.renameSync(path.join(dist, from), path.join(dist, to));
  for (const name of fs.readdirSync(dist)) if (/^start-.*\.js$/.test(name)) rewrite(path.join(dist, name));
  rewrite(path.join(dist, "index.html"));
  const toml = path.join(data, "11-04.toml");
  const day = fs.readFileSync(toml, "utf8");
  const at = day.indexOf('text = "', day.indexOf("[[events]]"));
  fs.writeFileSync(toml, day.slice(0, at) + 'text = "' + MARK + day.slice(at + 8));
  execFileSync(path.join(ROOT, "target/debug/datagen"), [data, dist], { stdio: "pipe" });
  return { dist, renames };
}

test("a new deploy never mixes versions, is offered and taken, and offline still works", async () => {
  const { dist: distB, renames } = buildVersionB();
  const namesA = new Set(renames.keys());
  const namesB = new Set(renames.values());
  const server = await serve();
  const context = await browser.newContext();
  const page = await context.newPage();

  // Hashed files each page load asks for, per load.
  let loads = [];
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) loads.push(new Set());
  });
  page.on("request", (req) => {
    const name = new URL(req.url()).pathname.slice(1);
    if (HASHED.test(name) && loads.length) loads[loads.length - 1].add(name);
  });

  await page.goto(server.url + "/11/04");
  await page.locator("#events li").first().waitFor();
  await waitForOfflineReady(page);
  assert.equal(await page.getByText(MARK).count(), 0);

  server.setRoot(distB);
  await page.reload();
  await page.locator("#events li").first().waitFor();
  // Still all of A, from the old cache, while B installs in the background.
  assert.equal(await page.getByText(MARK).count(), 0);
  const notice = page.getByRole("status").filter({ hasText: "A new version of this site is ready" });
  await notice.waitFor({ timeout: 30_000 });
  await notice.getByRole("button", { name: "Reload" }).click();
  await page.getByText(MARK).first().waitFor({ timeout: 30_000 });

  for (const [i, names] of loads.entries()) {
    const a = [...names].filter((n) => namesA.has(n));
    const b = [...names].filter((n) => namesB.has(n));
    assert.ok(a.length === 0 || b.length === 0, `page load ${i} mixed A ${a} and B ${b}`);
  }
  assert.ok([...loads.at(-1)].every((n) => namesB.has(n)), "the last load is all B");
  assert.ok(loads.at(-1).size >= 3, "the last load fetched B's assets");

  // The old cache is gone; B's is complete; offline reading works on B.
  await waitForOfflineReady(page);
  const cacheNames = await page.evaluate(() => caches.keys());
  assert.equal(cacheNames.length, 1, `one cache left: ${cacheNames}`);
  await server.close();
  await context.setOffline(true);
  await page.goto(server.url + "/03/31");
  await page.locator("#events li").first().waitFor();
  await page.goto(server.url + "/11/04");
  await page.getByText(MARK).first().waitFor();
  await context.close();
});
