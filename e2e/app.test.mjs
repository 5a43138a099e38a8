// What a visitor does, in real headless Chromium: today's date on their own clock, moving between
// days, stories and Back, deep links, bad addresses, failed loads.
import { test } from "node:test";
import assert from "node:assert/strict";
import { dayLabel, useBrowserAndServer, newPage } from "./helpers.mjs";

const env = useBrowserAndServer();


const firstEvent = (page) => page.locator("#events li").first();

test("/ shows the visitor's own local date: two time zones, one instant, two days", async () => {
  const instant = new Date("2026-11-04T10:30:00Z");
  for (const [timezoneId, label, key] of [
    ["Pacific/Kiritimati", "[ Nov 5 ]", "11-05"],
    ["America/Los_Angeles", "[ Nov 4 ]", "11-04"],
  ]) {
    const { context, page, errors } = await newPage(env.browser, { timezoneId });
    await page.clock.install({ time: instant });
    await page.goto(env.server.url + "/");
    await assert.doesNotReject(
      page.getByRole("heading", { level: 1, name: "What happened today in history?" }).waitFor()
    );
    await dayLabel(page).filter({ hasText: label }).waitFor();
    await firstEvent(page).waitFor();
    const expected = await (await fetch(`${env.server.url}/data/${key}.json`)).json();
    const oldest = [...expected.events].sort((a, b) => a.year - b.year)[0];
    assert.match(await firstEvent(page).innerText(), new RegExp(escape(oldest.text.slice(0, 40))));
    assert.match(await page.title(), /^Today, November [45] · What happened today in history\?$/);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

test("left open across local midnight, / moves to the new day by itself", async () => {
  const { context, page } = await newPage(env.browser, { timezoneId: "Asia/Tokyo" });
  // 23:59:30 on Dec 31 in Tokyo.
  await page.clock.install({ time: new Date("2026-12-31T14:59:30Z") });
  await page.goto(env.server.url + "/");
  await dayLabel(page).filter({ hasText: "[ Dec 31 ]" }).waitFor();
  await firstEvent(page).waitFor();
  await page.clock.runFor(60_000);
  await dayLabel(page).filter({ hasText: "[ Jan 1 ]" }).waitFor();
  assert.equal(new URL(page.url()).pathname, "/");
  const jan1 = await (await fetch(`${env.server.url}/data/01-01.json`)).json();
  const oldest = [...jan1.events].sort((a, b) => a.year - b.year)[0];
  await page.locator("#events li", { hasText: oldest.text.slice(0, 30) }).first().waitFor();
  await context.close();
});

test("Next and Previous walk Feb 28 → Feb 29 → Mar 1 and wrap Dec 31 → Jan 1", async () => {
  const { context, page, errors } = await newPage(env.browser);
  await page.goto(env.server.url + "/02/28");
  await dayLabel(page).filter({ hasText: "[ Feb 28 ]" }).waitFor();
  for (const [path, label] of [
    ["/02/29", "[ Feb 29 ]"],
    ["/03/01", "[ Mar 1 ]"],
  ]) {
    await page.getByRole("link", { name: /^Next day/ }).click();
    await page.waitForURL(env.server.url + path);
    await dayLabel(page).filter({ hasText: label }).waitFor();
  }
  await page.getByRole("link", { name: /^Previous day/ }).click();
  await page.waitForURL(env.server.url + "/02/29");
  await firstEvent(page).waitFor();
  assert.equal(await page.title(), "February 29 · What happened today in history?");

  await page.goto(env.server.url + "/12/31");
  await page.getByRole("link", { name: /^Next day/ }).click();
  await page.waitForURL(env.server.url + "/01/01");
  await dayLabel(page).filter({ hasText: "[ Jan 1 ]" }).waitFor();
  await page.getByRole("link", { name: /^Previous day/ }).click();
  await page.waitForURL(env.server.url + "/12/31");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the arrow keys move between days, but not while a form control has focus", async () => {
  const { context, page } = await newPage(env.browser);
  await page.goto(env.server.url + "/03/01");
  await firstEvent(page).waitFor();
  await page.keyboard.press("ArrowLeft");
  await page.waitForURL(env.server.url + "/02/29");
  await page.keyboard.press("ArrowRight");
  await page.waitForURL(env.server.url + "/03/01");
  await page.getByRole("combobox", { name: "Month" }).focus();
  await page.keyboard.press("ArrowRight");
  await page.waitForTimeout(300);
  assert.equal(new URL(page.url()).pathname, "/03/01");
  await context.close();
});

test("the date form jumps to any day, Feb 29 included", async () => {
  const { context, page } = await newPage(env.browser);
  await page.goto(env.server.url + "/11/04");
  await firstEvent(page).waitFor();
  await page.getByRole("combobox", { name: "Month" }).selectOption({ label: "February" });
  await page.getByRole("combobox", { name: "Day" }).selectOption("29");
  await page.getByRole("button", { name: "Go" }).click();
  await page.waitForURL(env.server.url + "/02/29");
  await dayLabel(page).filter({ hasText: "[ Feb 29 ]" }).waitFor();
  await context.close();
});

test("open a story, come Back, and the browser's Back and Forward work", async () => {
  const { context, page, errors } = await newPage(env.browser);
  await page.goto(env.server.url + "/11/04");
  const story = page.locator(".featured").getByRole("link", { name: /Hungarian Revolution/ });
  await story.click();
  await page.waitForURL(/\/11\/04\/hungarian-revolution-crushed$/);
  const title = page.getByRole("heading", { level: 1, name: /Hungarian Revolution/ });
  await title.waitFor();
  for (const heading of ["Fun Fact", "Additional Resources"]) {
    await page.getByRole("heading", { level: 2, name: heading }).waitFor();
  }
  await page.getByRole("heading", { level: 3, name: "Recommended Reading" }).waitFor();
  assert.match(await page.locator(".reading").innerText(), /Békés, Malcolm Byrne and János M\. Rainer/);
  assert.match(await page.title(), /Hungarian Revolution.* · November 4 · /);

  await page.getByRole("link", { name: "Back to Nov 4" }).click();
  await page.waitForURL(env.server.url + "/11/04");
  await firstEvent(page).waitFor();
  await page.goBack();
  await page.waitForURL(/hungarian-revolution-crushed$/);
  await title.waitFor();
  await page.goForward();
  await page.waitForURL(env.server.url + "/11/04");
  await dayLabel(page).filter({ hasText: "[ Nov 4 ]" }).waitFor();
  await page.goBack();
  await page.goBack();
  await page.waitForURL(env.server.url + "/11/04");
  assert.deepEqual(errors, []);
  await context.close();
});

test("deep links open cold on a plain static server", async () => {
  for (const path of ["/11/04/hungarian-revolution-crushed", "/02/29", "/12/31"]) {
    const { context, page, errors } = await newPage(env.browser);
    const response = await page.goto(env.server.url + path);
    assert.equal(response.status(), 200, path);
    await page.locator("main h1, .date-label").first().waitFor();
    if (path.split("/").length === 4) {
      await page.getByRole("heading", { level: 1, name: /Hungarian Revolution/ }).waitFor();
    } else {
      await firstEvent(page).waitFor();
    }
    assert.deepEqual(errors, [], path);
    await context.close();
  }
});

test("bad addresses get a not-found view with a way back to today", async () => {
  for (const path of ["/02/30", "/13/01", "/abc", "/11/04/no-such-story", "/00/10", "/11/04/a/b"]) {
    const { context, page, errors } = await newPage(env.browser);
    await page.goto(env.server.url + path);
    await page.getByRole("heading", { level: 1, name: "No such page" }).waitFor();
    assert.equal(await page.title(), "Page not found · What happened today in history?", path);
    await page.getByRole("link", { name: "Go to today's page" }).click();
    await page.waitForURL(env.server.url + "/");
    await page.getByRole("heading", { level: 1, name: "What happened today in history?" }).waitFor();
    assert.deepEqual(errors, [], path);
    await context.close();
  }
});

test("a failed day fetch shows a message and a retry that works", async () => {
  const { context, page, errors } = await newPage(env.browser);
  let fail = true;
  await page.route("**/data/11-05.json", (route) => (fail ? route.abort("failed") : route.continue()));
  await page.goto(env.server.url + "/11/05");
  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.innerText(), /could not be loaded/);
  fail = false;
  await page.getByRole("button", { name: "Try again" }).click();
  await firstEvent(page).waitFor();
  assert.equal(await page.getByRole("alert").count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a file for the wrong day is refused as damaged (e.g. a misconfigured cache)", async () => {
  for (const body of ['{"date":"01-01"}', '{"date":"11-07"}']) {
    const { context, page, errors } = await newPage(env.browser);
    await page.route("**/data/11-06.json", (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body })
    );
    await page.goto(env.server.url + "/11/06");
    await page.getByRole("alert").filter({ hasText: "damaged" }).waitFor();
    await page.getByRole("button", { name: "Try again" }).waitFor();
    await page.getByRole("heading", { level: 1, name: "What happened today in history?" }).waitFor();
    assert.deepEqual(errors, [], body);
    await context.close();
  }
});

test("a server error is a message with a retry", async () => {
  const { context, page } = await newPage(env.browser);
  await page.route("**/data/11-07.json", (route) => route.fulfill({ status: 503, body: "busy" }));
  await page.goto(env.server.url + "/11/07");
  await page.getByRole("alert").filter({ hasText: "503" }).waitFor();
  await page.getByRole("button", { name: "Try again" }).waitFor();
  await context.close();
});

test("text from the data is shown as text, never as markup", async () => {
  const { context, page } = await newPage(env.browser);
  const day = await (await fetch(`${env.server.url}/data/11-04.json`)).json();
  day.events[0].text = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
  day.events[0].year = -5000;
  await page.route("**/data/11-04.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(day) })
  );
  await page.goto(env.server.url + "/11/04");
  await firstEvent(page).waitFor();
  assert.match(await firstEvent(page).innerText(), /^5000 BC\s[\s\S]*<img src=x onerror="window.__pwned=1"><b>bold<\/b>/);
  assert.equal(await page.locator("#events img, #events b").count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await context.close();
});

test("entries are oldest first, with BC years written as BC", async () => {
  const { context, page } = await newPage(env.browser);
  await page.goto(env.server.url + "/10-01".replace("-", "/"));
  await firstEvent(page).waitFor();
  const years = (await page.locator("#events .year").allInnerTexts()).map((t) => t.split("\n")[0]);
  const numbers = years.map((y) => (y.endsWith(" BC") ? -parseInt(y) : parseInt(y)));
  assert.deepEqual(numbers, [...numbers].sort((a, b) => a - b));
  assert.ok(years.some((y) => / BC$/.test(y)), `expected a BC year on Oct 1: ${years}`);
  await context.close();
});

test("a day nobody has written yet says so, and navigation still works", async () => {
  const { context, page } = await newPage(env.browser);
  await page.route("**/data/07-15.json", (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto(env.server.url + "/07/15");
  await page.getByText("Nothing has been written for this day yet.").waitFor();
  assert.equal(await page.getByRole("button", { name: "Try again" }).count(), 0);
  await page.getByRole("link", { name: /^Next day/ }).waitFor();
  await context.close();
});
