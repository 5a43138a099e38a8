// Find and share: whole-year search (offline too), list controls, random day, share, dark mode,
// print, install, keyboard.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serve, waitForOfflineReady, dayLabel, useBrowserAndServer, newPage } from "./helpers.mjs";

const env = useBrowserAndServer();


const searchBox = (page) => page.getByRole("searchbox", { name: "Words to find" });
const summary = (page) => page.locator(".search [role=status]");

test("the search index is not loaded on the first load of /", async () => {
  const { context, page } = await newPage(env.browser);
  const requested = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(env.server.url + "/");
  await page.locator("#events li, .notice").first().waitFor();
  await page.waitForLoadState("networkidle");
  assert.ok(!requested.includes("/search-index.json"), requested.join(" "));
  await page.getByRole("link", { name: "Search" }).click();
  await page.waitForURL(env.server.url + "/search");
  await searchBox(page).fill("moon");
  await page.locator(".results li").first().waitFor();
  assert.ok(requested.includes("/search-index.json"));
  await context.close();
});

test("search finds entries from every day by words, accents and case ignored", async () => {
  const { context, page, errors } = await newPage(env.browser);
  await page.goto(env.server.url + "/search");
  for (const word of ["moon", "Lincoln", "earthquake"]) {
    await searchBox(page).fill(word);
    await summary(page).filter({ hasText: /entr(y|ies) match/ }).waitFor();
    const first = page.locator(".results li").first();
    assert.match(await first.innerText(), /^[A-Z][a-z]{2} \d{1,2}/, word);
    assert.match((await page.locator(".results li").allInnerTexts()).join("\n").toLowerCase(), new RegExp(word.toLowerCase()));
  }
  // "BOLIVAR" (no accent, any case) finds Simón Bolívar.
  await searchBox(page).fill("BOLIVAR");
  const hit = page.locator(".results li", { hasText: "Bolívar" }).first();
  await hit.waitFor();
  assert.match(page.url(), /\/search\?q=BOLIVAR$/);
  const target = await hit.getByRole("link").getAttribute("href");
  await hit.getByRole("link").click();
  await page.waitForURL(env.server.url + target);
  await page.locator("#events li, article h1").first().waitFor();
  // The address holds the query: a shared search link opens with its results.
  await page.goto(env.server.url + "/search?q=hungarian%20revolution");
  await page.locator(".results li").first().waitFor();
  assert.equal(await searchBox(page).inputValue(), "hungarian revolution");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a search that matches nothing says so; any query is safe", async () => {
  const { context, page, errors } = await newPage(env.browser);
  await page.goto(env.server.url + "/search");
  await searchBox(page).fill("zzqxjv");
  await summary(page).filter({ hasText: "Nothing in any day matches “zzqxjv”." }).waitFor();
  for (const q of ['"quoted" \'words\'', "<script>window.__pwned=1</script><img src=x onerror=window.__pwned=2>", "🌕🚀 moon", "x".repeat(10_000)]) {
    await searchBox(page).fill(q);
    await summary(page).waitFor();
    await page.waitForTimeout(100);
    assert.equal(await page.locator(".search script, .search img").count(), 0, q.slice(0, 30));
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    await page.getByRole("heading", { level: 1, name: "Search the whole year" }).waitFor();
  }
  assert.match(await summary(page).innerText(), /x{80}/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("search works offline after the first visit", async () => {
  const local = await serve();
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(local.url + "/");
  await page.locator("#events li").first().waitFor();
  await waitForOfflineReady(page);
  await local.close();
  await context.setOffline(true);
  await page.goto(local.url + "/search?q=earthquake");
  await page.locator(".results li").first().waitFor();
  await context.close();
});

test("a day's lists can be hidden, reordered, and say how many years ago", async () => {
  const { context, page } = await newPage(env.browser, { timezoneId: "UTC" });
  await page.clock.install({ time: new Date("2030-06-15T12:00:00Z") });
  await page.goto(env.server.url + "/11/04");
  await page.locator("#events li").first().waitFor();
  const firstYear = async () => {
    const text = await page.locator("#events .year").first().innerText();
    const [label, ago] = text.split("\n");
    return { year: label.endsWith(" BC") ? -parseInt(label) : parseInt(label), ago };
  };
  const oldest = await firstYear();
  const span = oldest.year < 0 ? 2030 - oldest.year - 1 : 2030 - oldest.year;
  assert.equal(oldest.ago, `${span} years ago`);

  await page.getByRole("checkbox", { name: "Births" }).uncheck();
  await page.locator("#births").waitFor({ state: "detached" });
  await page.getByRole("checkbox", { name: "Births" }).check();
  await page.locator("#births").waitFor();

  await page.getByRole("combobox", { name: "Order" }).selectOption({ label: "Newest first" });
  await page.waitForFunction(() => {
    const years = [...document.querySelectorAll("#events .year")].map((y) => {
      const label = y.firstChild.textContent;
      return label.endsWith(" BC") ? -parseInt(label) : parseInt(label);
    });
    return years.length > 1 && years.every((y, i) => i === 0 || years[i - 1] >= y);
  });
  // The choice stays while moving between days.
  await page.getByRole("link", { name: /^Next day/ }).click();
  await dayLabel(page).filter({ hasText: "[ Nov 5 ]" }).waitFor();
  await page.locator("#events li").first().waitFor();
  assert.equal(await page.getByRole("combobox", { name: "Order" }).inputValue(), "newest");
  await context.close();
});

test("Random day goes to a real day", async () => {
  const { context, page } = await newPage(env.browser);
  await page.goto(env.server.url + "/11/04");
  await page.locator("#events li").first().waitFor();
  await page.getByRole("link", { name: "Random day" }).click();
  await page.waitForURL(/\/\d\d\/\d\d$/);
  await dayLabel(page).filter({ hasText: /\[ [A-Z][a-z]{2} \d{1,2} \]/ }).waitFor();
  await context.close();
});

test("Share copies the link where there is no share sheet, and uses it where there is", async () => {
  const { context, page } = await newPage(env.browser);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.server.url });
  await page.goto(env.server.url + "/11/04/hungarian-revolution-crushed");
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.evaluate(() => { delete Navigator.prototype.share; });
  await page.getByRole("button", { name: "Share" }).click();
  await page.getByRole("status").filter({ hasText: "Link copied to the clipboard." }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  await context.close();

  const second = await newPage(env.browser);
  await second.context.addInitScript(() => {
    Navigator.prototype.share = function (data) {
      window.__shared = data;
      return Promise.resolve();
    };
  });
  await second.page.goto(env.server.url + "/02/29");
  await second.page.locator("#events li").first().waitFor();
  await second.page.getByRole("button", { name: "Share" }).click();
  await second.page.getByRole("status").filter({ hasText: "Shared." }).waitFor();
  const shared = await second.page.evaluate(() => window.__shared);
  assert.equal(shared.url, env.server.url + "/02/29");
  assert.match(shared.title, /February 29/);
  await second.context.close();
});

test("dark mode follows the system, and the toggle is remembered", async () => {
  const { context, page } = await newPage(env.browser, { colorScheme: "dark" });
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.goto(env.server.url + "/11/04");
  await page.locator("#events li").first().waitFor();
  const toggle = page.getByRole("button", { name: "Dark mode" });
  assert.equal(await toggle.getAttribute("aria-pressed"), "true");
  assert.equal(await background(), "rgb(27, 22, 18)");
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-pressed"), "false");
  assert.equal(await background(), "rgb(253, 248, 240)");
  await page.reload();
  await page.locator("#events li").first().waitFor();
  assert.equal(await background(), "rgb(253, 248, 240)");
  assert.equal(await page.getByRole("button", { name: "Dark mode" }).getAttribute("aria-pressed"), "false");
  await context.close();
});

test("a story prints cleanly: the article without navigation or buttons", async () => {
  const { context, page } = await newPage(env.browser);
  await page.goto(env.server.url + "/11/04/hungarian-revolution-crushed");
  await page.getByRole("heading", { level: 2, name: "Fun Fact" }).waitFor();
  await page.emulateMedia({ media: "print" });
  for (const hidden of [".toolbar", ".back", "button", ".site-footer"]) {
    assert.equal(await page.locator(hidden).first().isVisible(), false, hidden);
  }
  assert.ok(await page.locator("article h1").isVisible());
  const pdf = await page.pdf({ format: "A4" });
  assert.ok(pdf.length > 10_000);
  await context.close();
});

test("the site is installable: manifest, icons, theme colour, service worker", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(env.server.url + "/");
  await page.locator("#events li, .notice").first().waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  const manifest = await (await fetch(env.server.url + "/manifest.webmanifest")).json();
  assert.equal(manifest.start_url, "/");
  assert.equal(manifest.display, "standalone");
  for (const icon of manifest.icons) {
    assert.equal((await fetch(env.server.url + icon.src)).status, 200, icon.src);
  }
  assert.equal(await page.locator('meta[name="theme-color"]').getAttribute("content"), manifest.theme_color);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  // Playwright's contexts are incognito, where Chromium never offers install; every other
  // criterion (manifest, icons, service worker with a fetch handler) must pass.
  const errors = installabilityErrors.map((e) => e.errorId).filter((id) => id !== "in-incognito");
  assert.deepEqual(errors, []);
  await context.close();
});

test("everything is reachable by keyboard, with a visible focus", async () => {
  const { context, page } = await newPage(env.browser);
  await page.goto(env.server.url + "/11/04");
  await page.locator("#events li").first().waitFor();
  const reached = new Set();
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press("Tab");
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { name: (el.textContent || el.getAttribute("aria-label") || el.tagName).trim(), visible: el.matches(":focus-visible") && style.outlineStyle !== "none" };
    });
    assert.ok(info.visible, `focus on "${info.name}" is not visible`);
    reached.add(info.name.replace(/\s+/g, " "));
  }
  for (const name of ["Search", "Random day", "Share", "Dark mode", "Go"]) {
    assert.ok([...reached].some((r) => r === name), `${name} not reached by Tab: ${[...reached].join(" | ")}`);
  }
  assert.ok([...reached].some((r) => r.startsWith("Next day")));
  await context.close();
});
