// Every day of the year opens in the app: walk Jan 1 → Dec 31 with the → key and check each day's
// featured story and lists against its data file.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { useBrowserAndServer, newPage, dayLabel, DIST } from "./helpers.mjs";

const env = useBrowserAndServer();
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LENGTHS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

test("all 366 days show their story, events, births and deaths", { timeout: 600_000 }, async () => {
  const { context, page, errors } = await newPage(env.browser);
  await page.goto(env.server.url + "/01/01");
  let checked = 0;
  for (let m = 0; m < 12; m++) {
    for (let d = 1; d <= LENGTHS[m]; d++) {
      const key = `${String(m + 1).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
      const day = JSON.parse(fs.readFileSync(path.join(DIST, "data", `${key}.json`), "utf8"));
      await dayLabel(page).filter({ hasText: `[ ${MONTHS[m]} ${d} ]` }).waitFor();
      const card = page.locator(".featured h3 a", { hasText: day.stories[0].title });
      await card.waitFor();
      assert.equal(await page.locator("#events li").count(), day.events.length, key);
      assert.equal(await page.locator("#births li").count(), day.births.length, key);
      assert.equal(await page.locator("#deaths li").count(), day.deaths.length, key);
      checked++;
      if (checked < 366) await page.keyboard.press("ArrowRight");
    }
  }
  assert.equal(checked, 366);
  assert.deepEqual(errors, []);
  await context.close();
});
