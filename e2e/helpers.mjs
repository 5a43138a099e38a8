// Shared set-up for the browser tests: Debian's Chromium driven by playwright-core, and the plain
// static server over dist/.
import { before, after } from "node:test";
import { chromium } from "playwright-core";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "./server.mjs";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DIST = path.join(ROOT, "dist");

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
}

export function serve(options = {}) {
  return startServer({ root: DIST, ...options });
}

/** Collects page errors and console errors, so a test can assert there were none. */
export function watchErrors(page) {
  const errors = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && !/Failed to load resource/.test(m.text())) {
      errors.push(`console: ${m.text()}`);
    }
  });
  return errors;
}

/** The day label the page shows, e.g. "[ Nov 4 ]". */
export function dayLabel(page) {
  return page.locator(".date-label");
}

/** The files the built service worker precaches, read from dist/sw.js. */
export function precacheList() {
  const sw = fs.readFileSync(path.join(DIST, "sw.js"), "utf8");
  const list = /const PRECACHE = (\[[^\]]*\])/.exec(sw);
  if (!list) throw new Error("dist/sw.js has no PRECACHE list");
  return JSON.parse(list[1]);
}

/** Waits until the service worker controls the page and its cache holds every precached file. */
export async function waitForOfflineReady(page, timeoutMs = 60_000) {
  const expected = precacheList().length;
  const deadline = Date.now() + timeoutMs;
  // Polled from here: waitForFunction would take the predicate's Promise itself as truthy.
  for (;;) {
    const count = await page.evaluate(async () => {
      if (!navigator.serviceWorker.controller) return -1;
      let n = 0;
      for (const name of await caches.keys()) n += (await (await caches.open(name)).keys()).length;
      return n;
    });
    if (count >= expected) return;
    if (Date.now() > deadline) throw new Error(`offline cache holds ${count} of ${expected} files`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** One browser and one static server for a test file: started before its tests, stopped after. */
export function useBrowserAndServer() {
  const env = {};
  before(async () => {
    env.browser = await launch();
    env.server = await serve();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** A fresh context (service workers blocked unless asked for) and page, collecting its errors. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ serviceWorkers: "block", ...options });
  const page = await context.newPage();
  return { context, page, errors: watchErrors(page) };
}
