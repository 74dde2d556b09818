// The static maintenance page that Trunk builds (see Trunk.toml) for the reverse proxy.
import { expect, test } from "@playwright/test";
import { existsSync } from "node:fs";
import path from "node:path";

const page_file = path.resolve(__dirname, "../../target/maintenance/index.html");

test("the maintenance page is built, styled by the site's CSS and bilingual", async ({ page }, info) => {
  expect(existsSync(page_file), `${page_file} is built by make maintenance-page`).toBe(true);
  // The proxy serves it under /maintenance/, so serve the folder there.
  const dist = path.dirname(page_file);
  await page.route("http://maintenance.test/**", async (route) => {
    const url = new URL(route.request().url());
    const name = url.pathname.replace(/^\/maintenance\//, "") || "index.html";
    await route.fulfill({ path: path.join(dist, name) });
  });
  await page.goto("http://maintenance.test/maintenance/");
  await expect(page.getByRole("heading", { name: "Sebentar lagi kami kembali" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "We will be back shortly" })).toBeVisible();
  // The bundled stylesheet (hashed file name) is applied: the header has the brand colour.
  const css = await page.locator('link[rel="stylesheet"]').getAttribute("href");
  expect(css).toMatch(/^\/maintenance\/main-[0-9a-f]+\.css$/);
  await expect(page.locator(".site-header")).toHaveCSS("background-color", "rgb(11, 110, 79)");
  await page.screenshot({ path: `test-results/screens/maintenance-${info.project.name}.png` });
});
