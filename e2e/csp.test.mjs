// The strict Content-Security-Policy holds everywhere: every kind of page and the offline path run
// with zero securitypolicyviolation events, and no page has an inline script.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { launch, serve, waitForOfflineReady, DIST } from "./helpers.mjs";

const RECORD_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener("securitypolicyviolation", (e) =>
    window.__violations.push(e.violatedDirective + " " + e.blockedURI + " " + e.sourceFile + ":" + e.lineNumber));
`;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test("the built pages carry the policy and no inline script", () => {
  const html = fs.readFileSync(path.join(DIST, "index.html"), "utf8");
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  assert.ok(meta, "index.html has a CSP meta");
  for (const part of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "object-src 'none'", "base-uri 'none'", "connect-src 'self'"]) {
    assert.ok(meta[1].includes(part), part);
  }
  assert.doesNotMatch(meta[1], /'unsafe-inline'|'unsafe-eval'/);
  for (const file of ["index.html", "404.html", "11/04/index.html", "02/29/index.html"]) {
    const page = fs.readFileSync(path.join(DIST, file), "utf8");
    assert.equal(page, html, `${file} is the same shell`);
    assert.doesNotMatch(page, /<script(?![^>]*\bsrc=)[^>]*>/, `${file} has an inline script`);
  }
});

test("every route and the offline path run with zero CSP violations", async () => {
  const server = await serve();
  const context = await browser.newContext();
  await context.addInitScript(RECORD_VIOLATIONS);
  const page = await context.newPage();
  const violations = [];
  const collect = async () => violations.push(...(await page.evaluate(() => window.__violations)));

  for (const [route, ready] of [
    ["/", "#events li"],
    ["/11/04", "#events li"],
    ["/11/04/hungarian-revolution-crushed", "article h1"],
    ["/13/01", "main h1"],
    ["/abc", "main h1"],
  ]) {
    await page.goto(server.url + route);
    await page.locator(ready).first().waitFor();
    await collect();
  }
  // In-app navigation, then the offline path.
  await page.goto(server.url + "/02/28");
  await page.getByRole("link", { name: /^Next day/ }).click();
  await page.waitForURL(/\/02\/29$/);
  await page.locator("#events li").first().waitFor();
  await waitForOfflineReady(page);
  await collect();
  await server.close();
  await context.setOffline(true);
  await page.goto(server.url + "/10/31");
  await page.locator("#events li").first().waitFor();
  await page.locator(".featured h3 a").first().click();
  await page.getByRole("heading", { level: 2, name: "Fun Fact" }).waitFor();
  await collect();
  assert.deepEqual(violations, []);
  await context.close();
});
