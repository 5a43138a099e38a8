// Benchmark (not a test): what a first visit to / costs, and how soon the day's first event is on
// screen in headless Chromium on a throttled mobile profile (CPU 4x slower, slow 4G), cold and warm.
// The same is measured for a plain hand-written static HTML page holding that day's content: the
// floor no app can beat. Prints a table and the app / floor ratios.
//
// Usage: node bench/bench.mjs [runs]   (scripts/bench.sh builds the release site first)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { launch, serve, DIST } from "../e2e/helpers.mjs";
import { startServer } from "../e2e/server.mjs";

const RUNS = Number(process.argv[2] || 5);
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;

const now = new Date();
const key = `${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
const day = JSON.parse(fs.readFileSync(path.join(DIST, "data", `${key}.json`), "utf8"));

// Records when the first event appears, in ms since navigation start.
const WATCH_FIRST_EVENT = `
  new MutationObserver((_, obs) => {
    if (document.querySelector("#events li")) { window.__firstEvent = performance.now(); obs.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
`;

function escapeHtml(s) {
  return String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}
const year = (y) => (y < 0 ? `${-y} BC` : String(y));

/** The floor: the same day as one static HTML page with the same stylesheet, no script. */
function writeFloor(dir) {
  const css = fs.readdirSync(DIST).find((f) => /^style-.*\.css$/.test(f));
  fs.copyFileSync(path.join(DIST, css), path.join(dir, css));
  const list = (id, title, items, line) =>
    items.length
      ? `<section class="entries" id="${id}"><h2>${title}</h2><ul>${[...items]
          .sort((a, b) => (a.year ?? 0) - (b.year ?? 0))
          .map((e) => `<li>${line(e)}</li>`)
          .join("")}</ul></section>`
      : "";
  const src = (e) => e.sources.map((u) => ` <a class="source" href="${escapeHtml(u)}">Wikipedia</a>`).join("");
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${key}</title><link rel="stylesheet" href="/${css}"></head><body>
<header class="masthead"><h1>What happened today in history?</h1><p class="date-label">[ ${key} ]</p></header><main>
<section class="featured"><h2>Featured story</h2>${day.stories.map((s) => `<article class="card"><p class="card-year">${year(s.year)}</p><h3><a href="#">${escapeHtml(s.title)}</a></h3><p>${escapeHtml(s.summary)}</p></article>`).join("")}</section>
${list("events", "Events", day.events, (e) => `<span class="year">${year(e.year)}</span><span class="text">${escapeHtml(e.text)}${src(e)}</span>`)}
${list("births", "Births", day.births, (e) => `<span class="year">${year(e.year)}</span><span class="text"><strong>${escapeHtml(e.name)}</strong>, ${escapeHtml(e.text)}${src(e)}</span>`)}
${list("deaths", "Deaths", day.deaths, (e) => `<span class="year">${year(e.year)}</span><span class="text"><strong>${escapeHtml(e.name)}</strong>, ${escapeHtml(e.text)}${src(e)}</span>`)}
</main></body></html>`;
  fs.writeFileSync(path.join(dir, "index.html"), html);
}

async function throttle(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
}

async function firstEventTime(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.__firstEvent !== undefined, null, { timeout: 60_000 });
  return page.evaluate(() => window.__firstEvent);
}

async function measure(browser, url, { warm }) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ serviceWorkers: warm ? "allow" : "block" });
    await context.addInitScript(WATCH_FIRST_EVENT);
    const page = await context.newPage();
    if (warm) {
      await page.goto(url);
      await page.waitForFunction(() => window.__firstEvent !== undefined, null, { timeout: 60_000 });
      await page.waitForTimeout(1500); // let the service worker finish installing
    }
    await throttle(page);
    times.push(await firstEventTime(page, url));
    await context.close();
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Bytes a cold first visit to `url` transfers, by kind, raw and gzip (the page's own requests). */
async function bytes(browser, url, root) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  await context.addInitScript(WATCH_FIRST_EVENT);
  const page = await context.newPage();
  const paths = new Set();
  page.on("request", (r) => paths.add(new URL(r.url()).pathname));
  await page.goto(url);
  await page.waitForFunction(() => window.__firstEvent !== undefined, null, { timeout: 60_000 });
  await page.waitForLoadState("networkidle");
  await context.close();
  const rows = [];
  for (const p of paths) {
    let file = path.join(root, p);
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!fs.existsSync(file)) continue;
    const body = fs.readFileSync(file);
    rows.push({ file: p, raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length });
  }
  return rows;
}

/** Per query, the median time from an input event to the results being rendered. */
async function searchTimes(browser, base, slowdown) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(base + "/search");
  await page.locator(".search .hint").waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: slowdown });
  const out = [];
  for (const query of ["m", "moon", "lincoln", "earthquake", "war", "e"]) {
    const times = [];
    for (let i = 0; i < 5; i++) {
      times.push(
        await page.evaluate(
          (q) =>
            new Promise((resolve) => {
              const box = document.querySelector("input[type=search]");
              const status = document.querySelector(".search [role=status]")?.parentElement ?? document.body;
              box.value = "";
              box.dispatchEvent(new Event("input", { bubbles: true }));
              requestAnimationFrame(() => {
                const start = performance.now();
                const obs = new MutationObserver(() => {
                  obs.disconnect();
                  resolve(performance.now() - start);
                });
                obs.observe(status, { childList: true, subtree: true, characterData: true });
                box.value = q;
                box.dispatchEvent(new Event("input", { bubbles: true }));
              });
            }),
          query
        )
      );
    }
    times.sort((a, b) => a - b);
    out.push(`"${query}" ${times[2].toFixed(1)}`);
  }
  await context.close();
  return out;
}

const kb = (n) => (n / 1024).toFixed(1) + " KB";

const browser = await launch();
const app = await serve();
const floorDir = fs.mkdtempSync(path.join(os.tmpdir(), "tih-floor-"));
writeFloor(floorDir);
const floor = await startServer({ root: floorDir });
try {
  console.log(`Day measured: ${key} (today on this machine); median of ${RUNS} runs; slow 4G (150 ms RTT, 1.6 Mbps), CPU ${CPU_SLOWDOWN}x slower.\n`);
  for (const [name, url, root] of [["app", app.url + "/", DIST], ["floor", floor.url + "/", floorDir]]) {
    const rows = await bytes(browser, url, root);
    console.log(`First visit to / (${name}): what the page itself downloads`);
    for (const r of rows) console.log(`  ${r.file.padEnd(48)} ${kb(r.raw).padStart(10)} raw ${kb(r.gzip).padStart(10)} gzip`);
    const total = rows.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip }), { raw: 0, gzip: 0 });
    console.log(`  ${"total".padEnd(48)} ${kb(total.raw).padStart(10)} raw ${kb(total.gzip).padStart(10)} gzip\n`);
  }
  const results = {};
  for (const [name, url] of [["app", app.url + "/"], ["floor", floor.url + "/"]]) {
    results[name] = {
      cold: await measure(browser, url, { warm: false }),
      warm: await measure(browser, url, { warm: true }),
    };
  }
  console.log("Navigation to first event on screen (ms, median):");
  console.log(`  ${"".padEnd(8)}${"cold".padStart(10)}${"warm".padStart(10)}`);
  for (const name of ["app", "floor"]) {
    console.log(`  ${name.padEnd(8)}${results[name].cold.toFixed(0).padStart(10)}${results[name].warm.toFixed(0).padStart(10)}`);
  }
  console.log(
    `  ${"ratio".padEnd(8)}${(results.app.cold / results.floor.cold).toFixed(2).padStart(10)}${(results.app.warm / results.floor.warm).toFixed(2).padStart(10)}   (app / floor)`
  );
  console.log("\nSearch: keystroke to results on screen, full year index (ms, median of 5 keystrokes):");
  for (const slowdown of [1, CPU_SLOWDOWN]) {
    console.log(`  CPU ${slowdown}x slower: ${(await searchTimes(browser, app.url, slowdown)).join("  ")}`);
  }
} finally {
  await browser.close();
  await app.close();
  await floor.close();
  fs.rmSync(floorDir, { recursive: true, force: true });
}
