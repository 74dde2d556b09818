import { expect, test, type Page } from "@playwright/test";

const count = (page: Page) => page.getByTestId("results-count");
const number = async (page: Page) => Number((await count(page).innerText()).replace(/\D/g, ""));

async function filterRegionCategoryPrice(page: Page, afterLoad?: () => Promise<void>) {
  await page.goto("/produk");
  if (afterLoad) await afterLoad();
  const all = await number(page);
  expect(all).toBeGreaterThan(0);

  // The first region and category that have products, as the facet counts say.
  const region = page.locator('select[name="wilayah"] option:not([value=""])').first();
  const regionValue = await region.getAttribute("value");
  await page.locator('select[name="wilayah"]').selectOption(regionValue!);
  await page.locator('select[name="kategori"]').selectOption("makanan-minuman");
  await page.locator('input[name="min"]').fill("Rp 10.000");
  await page.locator('input[name="maks"]').fill("200.000");
  await page.getByRole("button", { name: "Terapkan" }).click();

  await expect(page).toHaveURL(/wilayah=/);
  await expect(page).toHaveURL(/kategori=makanan-minuman/);
  await expect(page).toHaveURL(/min=/);
  const filtered = await number(page);
  expect(filtered).toBeLessThan(all);
  // The facet count next to the chosen category says how many results there are.
  const option = page.locator('select[name="kategori"] option[value="makanan-minuman"]');
  await expect(option).toContainText(`(${filtered})`);
  return { all, filtered };
}

test.describe("catalogue with JavaScript", () => {
  test("filters in place, follows a product and comes back", async ({ page }, info) => {
    // A marker on window survives only if filtering never reloads the page.
    const { filtered } = await filterRegionCategoryPrice(page, async () => {
      await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true");
      await page.evaluate(() => ((window as unknown as { opopMarker: number }).opopMarker = 7));
    });
    expect(await page.evaluate(() => (window as unknown as { opopMarker?: number }).opopMarker)).toBe(7);
    await page.screenshot({ path: `test-results/screens/catalogue-js-${info.project.name}.png`, fullPage: true });

    // A change of a select applies without pressing the button.
    await page.locator('select[name="urut"]').selectOption("termurah");
    await expect(page).toHaveURL(/urut=termurah/);
    expect(await number(page)).toBe(filtered);

    const first = page.locator(".product-card a").first();
    const name = (await first.locator(".product-name").innerText()).trim();
    await first.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page.getByRole("link", { name: "Tanya lewat WhatsApp" })).toHaveAttribute("href", /^https:\/\/wa\.me\/\d+\?text=/);
    await page.goBack();
    await expect(page).toHaveURL(/urut=termurah/);
    expect(await number(page)).toBe(filtered);

    // Back and forward step through the filters applied in place.
    await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true");
    await page.goBack();
    await expect(page).toHaveURL(/urut=terbaru/);
    await expect(page.locator('select[name="urut"]')).toHaveValue("terbaru");
    expect(await number(page)).toBe(filtered);
    await page.goForward();
    await expect(page.locator('select[name="urut"]')).toHaveValue("termurah");
    await expect(page).toHaveURL(/urut=termurah/);
  });
});

test.describe("catalogue without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the GET form filters, the product opens, back works", async ({ page }, info) => {
    const { filtered } = await filterRegionCategoryPrice(page);
    await page.screenshot({ path: `test-results/screens/catalogue-nojs-${info.project.name}.png`, fullPage: true });
    const first = page.locator(".product-card a").first();
    const name = (await first.locator(".product-name").innerText()).trim();
    await first.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await page.goBack();
    expect(await number(page)).toBe(filtered);
  });

  test("bad input is explained, not failed", async ({ page }) => {
    const response = await page.goto("/produk?min=-1&maks=abc&hal=9999&kategori=<b>x</b>");
    expect(response?.status()).toBe(200);
    await expect(page.locator(".notices li")).toHaveCount(4);
  });
});
