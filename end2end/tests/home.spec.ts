import { expect, test } from "@playwright/test";

const shots = (name: string, project: string) => `test-results/screens/${name}-${project}.png`;

test.describe("home page with JavaScript", () => {
  test("switches language by its link and remembers the choice", async ({ page }, info) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
    await expect(page.getByRole("heading", { name: "Produk Unggulan", exact: true })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true");
    await page.screenshot({ path: shots("home-id-js", info.project.name), fullPage: true });

    // The page is rendered again by the server in the other language.
    await page.getByTestId("language-switch").click();
    await expect(page).toHaveURL(/\?lang=en$/);
    await expect(page.getByRole("heading", { name: "Flagship Products", exact: true })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page).toHaveTitle(/Flagship products of East Java/);
    await page.screenshot({ path: shots("home-en-js", info.project.name), fullPage: true });

    // The choice is remembered: a fresh load is in English, and switching back works and keeps
    // the page's own query.
    await page.goto("/produk?q=kopi");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByTestId("language-switch").click();
    await expect(page).toHaveURL(/\/produk\?q=kopi&lang=id$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
  });

  test("hydrates without errors in the console", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true");
    expect(errors).toEqual([]);
  });
});

test.describe("home page without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("is complete and the language switch is a working link", async ({ page }, info) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Produk Unggulan", exact: true })).toBeVisible();
    await expect(page.locator(".product-card")).toHaveCount(8);
    await expect(page.locator(".flagship-figure")).toContainText("dari 1.000 produk unggulan");
    // Other browser tests publish news too: the latest posts are listed, with a link to all.
    await expect(page.locator(".news-item h3").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Semua berita" })).toBeVisible();
    await expect(page.locator("html")).not.toHaveAttribute("data-hydrated", "true");
    await page.screenshot({ path: shots("home-id-nojs", info.project.name), fullPage: true });

    await page.getByTestId("language-switch").click();
    await expect(page).toHaveURL(/\?lang=en$/);
    await expect(page.getByRole("heading", { name: "Flagship Products", exact: true })).toBeVisible();
    await page.screenshot({ path: shots("home-en-nojs", info.project.name), fullPage: true });
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("unknown addresses show the 404 page with status 404", async ({ page }) => {
    const response = await page.goto("/tidak-ada");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
    await page.getByRole("link", { name: "Kembali ke beranda" }).click();
    await expect(page.getByRole("heading", { name: "Produk Unggulan", exact: true })).toBeVisible();
  });
});

test("nothing overflows the screen width", async ({ page }) => {
  await page.goto("/");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
