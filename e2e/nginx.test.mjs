// The shipped nginx config, run for real: Debian's nginx on loopback serving dist/ with
// deploy/nginx/*.conf. Checks deep links, the 404 view, every header, and cold visit → offline →
// a far day.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { launch, ROOT, DIST, dayLabel, waitForOfflineReady, watchErrors } from "./helpers.mjs";

const CSP_HEADER =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

let browser;
let nginx;
let base;
let dir;

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function startNginx() {
  const port = await freePort();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tih-nginx-"));
  fs.copyFileSync(path.join(ROOT, "deploy/nginx/security-headers.conf"), path.join(dir, "security-headers.conf"));
  const site = fs
    .readFileSync(path.join(ROOT, "deploy/nginx/today-in-history.conf"), "utf8")
    .replace(/listen 8080;/, `listen 127.0.0.1:${port};`)
    .replace(/root \/srv\/today-in-history;/, `root ${DIST};`);
  assert.notEqual(site.indexOf(`listen 127.0.0.1:${port}`), -1, "the shipped config's listen line changed");
  fs.writeFileSync(path.join(dir, "site.conf"), site);
  fs.writeFileSync(
    path.join(dir, "nginx.conf"),
    `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
${process.getuid?.() === 0 ? "user root;" : ""}
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include site.conf;
}
`
  );
  execFileSync("nginx", ["-t", "-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: "pipe" });
  const proc = spawn("nginx", ["-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: "inherit" });
  base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(base + "/");
      return proc;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error("nginx did not start");
}

function stopNginx() {
  if (!nginx || nginx.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    nginx.once("exit", resolve);
    nginx.kill("SIGTERM");
  });
}

before(async () => {
  browser = await launch();
  nginx = await startNginx();
});
after(async () => {
  await browser?.close();
  await stopNginx();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function expectSecurityHeaders(res, what) {
  assert.equal(res.headers.get("content-security-policy"), CSP_HEADER, what);
  assert.equal(res.headers.get("x-content-type-options"), "nosniff", what);
  assert.equal(res.headers.get("referrer-policy"), "strict-origin-when-cross-origin", what);
}

test("nginx: deep links, the 404 view and every header", async () => {
  const wasm = fs.readdirSync(DIST).find((f) => f.endsWith("_bg.wasm"));
  const css = fs.readdirSync(DIST).find((f) => /^style-.*\.css$/.test(f));
  const cases = [
    ["/", 200, "text/html", "no-cache"],
    ["/11/04", 200, "text/html", "no-cache"],
    ["/11/04/", 200, "text/html", "no-cache"],
    ["/02/29", 200, "text/html", "no-cache"],
    ["/11/04/hungarian-revolution-crushed", 200, "text/html", "no-cache"],
    ["/data/11-04.json", 200, "application/json", "no-cache"],
    ["/sw.js", 200, "application/javascript", "no-cache"],
    ["/boot.js", 200, "application/javascript", "no-cache"],
    [`/${wasm}`, 200, "application/wasm", "public, max-age=31536000, immutable"],
    [`/${css}`, 200, "text/css", "public, max-age=31536000, immutable"],
    ["/13/01", 404, "text/html", "no-cache"],
    ["/no/such/page", 404, "text/html", "no-cache"],
  ];
  const seen = [];
  for (const [url, status, type, cache] of cases) {
    const res = await fetch(base + url, { headers: { "accept-encoding": "gzip" }, redirect: "manual" });
    assert.equal(res.status, status, url);
    assert.ok(res.headers.get("content-type").startsWith(type), `${url}: ${res.headers.get("content-type")}`);
    assert.equal(res.headers.get("cache-control"), cache, url);
    expectSecurityHeaders(res, url);
    if (url.endsWith(".json") || url.endsWith(".wasm") || url === "/") {
      assert.equal(res.headers.get("content-encoding"), "gzip", `${url} is compressed`);
    }
    const body = await res.text();
    if (type === "text/html") assert.match(body, /<meta http-equiv="Content-Security-Policy"/, url);
    seen.push(`${status} ${url} | ${res.headers.get("content-type")} | cache-control: ${cache}`);
  }
  console.log("nginx headers (all also send CSP, nosniff, referrer-policy):\n  " + seen.join("\n  "));

  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(base + "/13/01");
  await page.getByRole("heading", { level: 1, name: "No such page" }).waitFor();
  await page.goto(base + "/11/04/hungarian-revolution-crushed");
  await page.getByRole("heading", { level: 1, name: /Hungarian Revolution/ }).waitFor();
  await context.close();
});

test("nginx: a cold visit, then offline, then a far day and its story", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(base + "/");
  await page.locator("#events li").first().waitFor();
  await waitForOfflineReady(page);
  await stopNginx();
  await context.setOffline(true);
  await page.goto(base + "/03/31");
  await dayLabel(page).filter({ hasText: "[ Mar 31 ]" }).waitFor();
  await page.locator("#events li").first().waitFor();
  await page.locator(".featured h3 a").first().click();
  await page.getByRole("heading", { level: 2, name: "Fun Fact" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
