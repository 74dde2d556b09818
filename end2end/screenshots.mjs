// Screenshots of pages as people see them: phone (360 px) and desktop, JavaScript on and off,
// Indonesian and English. Usage: node screenshots.mjs http://127.0.0.1:3000 / /tidak-ada
// Writes PNGs to test-results/look/ for a person to open. With LOOK_EMAIL and LOOK_PASSWORD
// set, it logs in once and every context carries that session (sellers' and admins' pages).
import { chromium } from "@playwright/test";
import { execSync } from "node:child_process";
import { mkdirSync } from "node:fs";

const [base = "http://127.0.0.1:3000", ...paths] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM_PATH ?? execSync("command -v chromium", { encoding: "utf8" }).trim();
const browser = await chromium.launch({
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
mkdirSync("test-results/look", { recursive: true });
let storageState;
if (process.env.LOOK_EMAIL) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/masuk`);
  await page.locator('input[name="email"]').fill(process.env.LOOK_EMAIL);
  await page.locator('input[name="password"]').fill(process.env.LOOK_PASSWORD ?? "");
  await page.locator('form[action="/api/login"] button[type="submit"]').click();
  await page.waitForLoadState();
  storageState = await context.storageState();
  await context.close();
}
for (const path of paths.length ? paths : ["/"]) {
  for (const [device, width] of [["phone", 360], ["desktop", 1280]]) {
    for (const js of [true, false]) {
      for (const lang of ["id", "en"]) {
        const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: js, storageState });
        const page = await context.newPage();
        const sep = path.includes("?") ? "&" : "?";
        await page.goto(`${base}${path}${sep}lang=${lang}`);
        if (js) await page.waitForSelector("html[data-hydrated]", { timeout: 10000 }).catch(() => {});
        const name = `${path.replace(/[^a-z0-9]+/gi, "_") || "root"}-${device}-${js ? "js" : "nojs"}-${lang}.png`;
        await page.screenshot({ path: `test-results/look/${name}`, fullPage: true });
        await context.close();
      }
    }
  }
}
await browser.close();
