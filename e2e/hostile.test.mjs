// Hostile day files: whatever the server sends for a day, the reader gets the page, a clear
// message and a retry; never a blank page, never a panic.
import { test } from "node:test";
import assert from "node:assert/strict";
import { watchErrors, useBrowserAndServer } from "./helpers.mjs";

const env = useBrowserAndServer();

async function expectRetry(body, contentType = "application/json") {
  const context = await env.browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.route("**/data/11-06.json", (route) => route.fulfill({ status: 200, contentType, body }));
  await page.goto(env.server.url + "/11/06");
  await page.getByRole("alert").filter({ hasText: "damaged" }).waitFor({ timeout: 30_000 });
  await page.getByRole("button", { name: "Try again" }).waitFor();
  await page.getByRole("heading", { level: 1, name: "What happened today in history?" }).waitFor();
  await page.getByRole("link", { name: /^Next day/ }).waitFor();
  assert.deepEqual(errors, []);
  // Once the server mends the file, Try again shows the day.
  await page.unroute("**/data/11-06.json");
  await page.getByRole("button", { name: "Try again" }).click();
  await page.locator("#events li").first().waitFor();
  await context.close();
}

const good = async () => (await fetch(`${env.server.url}/data/11-06.json`)).text();

test("a truncated day file", async () => {
  const text = await good();
  await expectRetry(text.slice(0, Math.floor(text.length / 2)));
});

test("an empty day file", async () => {
  await expectRetry("");
});

test("a 10 MB day file", async () => {
  const junk = '{"date":"11-06","events":[' + '{"year":1,"text":"x","sources":[]},'.repeat(300_000);
  assert.ok(junk.length > 10_000_000);
  await expectRetry(junk);
});

test("a day file of the wrong types", async () => {
  const day = JSON.parse(await good());
  day.events = day.events.map((e) => ({ ...e, year: String(e.year) }));
  await expectRetry(JSON.stringify(day));
});

test("HTML instead of JSON", async () => {
  await expectRetry("<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>", "text/html");
});
