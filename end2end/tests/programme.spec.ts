import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { login, productOfOwnPesantren } from "./helpers";

// A programme admin sets a target for Kabupaten Jombang, verifies a pesantren, flags a product
// as flagship, and sees Jombang's percentage and the home page's shelf change. The figures
// are province-wide, so these runs go one after another, on the desktop project only
// (playwright.config.ts keeps this file out of the phone project; the phone layout of these
// pages is checked by the screenshots).

const STAFF = { email: "admin@opop.example.org", password: "opop-demo-2026" };
const PESANTREN_ADMIN = { email: "program@uji.example.org", password: "kelola program uji" };

test.describe.configure({ mode: "serial" });

function jombang(page: Page) {
  return page.locator('tr[data-region="3517"]');
}

async function flow(page: Page, browser: import("@playwright/test").Browser, baseURL: string, js: boolean, tag: string) {
  const product = `Sambal Roa Unggulan ${tag}`;
  const adminContext = await browser.newContext({ baseURL, locale: "id-ID" });
  const admin = await adminContext.newPage();
  await admin.goto("/masuk");
  await login(admin, PESANTREN_ADMIN.email, PESANTREN_ADMIN.password);
  await productOfOwnPesantren(admin, product);
  await adminContext.close();

  await page.goto("/masuk?next=%2Fprogram");
  await login(page, STAFF.email, STAFF.password);
  await expect(page).toHaveURL(/\/program$/);
  if (js) await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true");
  const before = Number((await jombang(page).locator("td").first().innerText()).trim());
  // A target twice what Jombang will have: 50 %, "Sangat Kurang".
  const target = 2 * (before + 1);
  await page.locator("#target-metric").selectOption("flagship_products");
  await page.locator("#target-region").selectOption({ label: "Kab. Jombang" });
  await page.locator("#target-value").fill(String(target));
  await page.getByRole("button", { name: "Simpan target" }).click();
  await expect(page.getByText("Target tersimpan.")).toBeVisible();
  await expect(jombang(page).locator("td").nth(1)).toHaveText(String(target));

  await page.getByRole("link", { name: "Verifikasi pesantren" }).click();
  const first = page.locator(".review-item").first();
  const name = (await first.locator("h3 a").innerText()).trim();
  await first.getByRole("button", { name: "Verifikasi" }).click();
  await expect(page.getByText("Tersimpan.")).toBeVisible();
  await expect(page.locator(".review-item h3 a", { hasText: name })).toHaveCount(0);

  await page.goto(`/program/produk?q=${encodeURIComponent(product)}`);
  const row = page.locator(".listing-row", { hasText: product });
  await row.locator('input[name="flagship"]').check();
  await row.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Kurasi tersimpan (1 perubahan dicatat).")).toBeVisible();
  await expect(page.locator(".change-log li").first()).toContainText(product);

  await page.goto("/program");
  await expect(jombang(page).locator("td").first()).toHaveText(String(before + 1));
  await expect(jombang(page)).toContainText("50 %");
  await expect(jombang(page)).toContainText("Sangat Kurang");
  await page.screenshot({ path: `test-results/screens/programme-${tag}.png`, fullPage: true });

  // The table as a download: the link leaves the client-side router alone.
  const download = page.waitForEvent("download");
  await page.locator(".download-links").getByRole("link", { name: "CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^opop-capaian-\d{4}-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await file.path())!, "utf8");
  expect(csv.split("\n")[0]).toContain("Kode wilayah,Kabupaten/Kota,Produk unggulan");
  expect(csv).toMatch(new RegExp(`3517,Kab\\. Jombang,${before + 1},${target},50,Sangat Kurang`));

  await page.goto("/");
  await expect(page.locator(".flagship .product-card", { hasText: product })).toBeVisible();
}

test("target, verification and flagship: with JavaScript", async ({ page, browser, baseURL }) => {
  await flow(page, browser, baseURL!, true, "js");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("target, verification and flagship", async ({ page, browser, baseURL }) => {
    await flow(page, browser, baseURL!, false, "nojs");
  });
});
