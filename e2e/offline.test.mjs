// Offline reading: after one visit the service worker holds the app and every day; with the
// server stopped and the browser offline, a never-visited day and its story still open.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { launch, serve, watchErrors, dayLabel, waitForOfflineReady, DIST } from "./helpers.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test("after the first visit, any day and any story open with the network gone", async () => {
  const server = await serve();
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(server.url + "/");
  await page.locator("#events li").first().waitFor();
  await waitForOfflineReady(page);

  const days = fs.readdirSync(path.join(DIST, "data")).filter((f) => f.endsWith(".json"));
  const cached = await page.evaluate(async () => {
    const keys = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) keys.push(new URL(req.url).pathname);
    }
    return keys;
  });
  for (const day of days) assert.ok(cached.includes(`/data/${day}`), `${day} is not cached`);

  // Cut the network: stop the server and take the browser offline.
  await server.close();
  await context.setOffline(true);

  await page.goto(server.url + "/03/01");
  await dayLabel(page).filter({ hasText: "[ Mar 1 ]" }).waitFor();
  await page.locator("#events li").first().waitFor();
  const story = page.locator(".featured h3 a").first();
  const storyTitle = await story.innerText();
  await story.click();
  await page.getByRole("heading", { level: 1, name: storyTitle }).waitFor();
  await page.getByRole("heading", { level: 2, name: "Fun Fact" }).waitFor();

  // A cold open of a deep link to another never-visited day, in a new tab.
  const tab = await context.newPage();
  await tab.goto(server.url + "/12/25");
  await dayLabel(tab).filter({ hasText: "[ Dec 25 ]" }).waitFor();
  await tab.locator("#events li").first().waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("offline with nothing saved says so, with a retry", async () => {
  const server = await serve();
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(server.url + "/11/04");
  await page.locator("#events li").first().waitFor();
  await server.close();
  await context.setOffline(true);
  await page.getByRole("link", { name: /^Next day/ }).click();
  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.innerText(), /You are offline, and this day has not been saved/);
  await page.getByRole("button", { name: "Try again" }).waitFor();
  await context.close();
});

test("when the browser refuses the service worker, the site works online and says offline is unavailable", async () => {
  const server = await serve();
  for (const [name, init] of [
    ["worker registration refused", null],
    ["no service worker in this browser", "Object.defineProperty(Navigator.prototype, 'serviceWorker', { get: () => undefined });"],
  ]) {
    const context = await browser.newContext({ serviceWorkers: "block" });
    if (init) await context.addInitScript(init);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url + "/11/04");
    await page.locator("#events li").first().waitFor();
    await page.getByRole("status").filter({ hasText: "Offline reading is unavailable" }).waitFor();
    await page.getByRole("link", { name: /^Next day/ }).click();
    await page.waitForURL(/\/11\/05$/);
    await page.locator("#events li").first().waitFor();
    assert.deepEqual(errors, [], name);
    await context.close();
  }
  await server.close();
});
