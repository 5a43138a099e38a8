// Accessibility: an axe-core scan of every kind of page finds no violations.
import { test } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { useBrowserAndServer } from "./helpers.mjs";

const env = useBrowserAndServer();

for (const [name, path, ready] of [
  ["today", "/", "#events li, .notice"],
  ["a day", "/11/04", "#events li"],
  ["a story", "/11/04/hungarian-revolution-crushed", "article h1"],
  ["not found", "/13/01", "main h1"],
  ["search", "/search?q=moon", ".results li"],
]) {
  for (const scheme of ["light", "dark"]) {
    test(`axe finds no violations on ${name} (${scheme})`, async () => {
      const context = await env.browser.newContext({ serviceWorkers: "block", colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(env.server.url + path);
      await page.locator(ready).first().waitFor();
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`
      );
      assert.deepEqual(summary, []);
      await context.close();
    });
  }
}
