import { expect, test } from "@playwright/test";
import { login } from "./helpers";

// Programme staff write a news post in Markdown featuring a product and publish it; a visitor
// finds it in the news list, reads it (scripts removed, Markdown rendered) and follows the
// featured product. Desktop and phone, with and without JavaScript.

const STAFF = { email: "admin@opop.example.org", password: "opop-demo-2026" };

for (const js of [true, false]) {
  test.describe(js ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled: js });

    test("a published post with its featured product", async ({ page, browser, baseURL }, info) => {
      const title = `Santri Jombang Ekspor Kopi ${info.project.name} ${js ? "js" : "nojs"}`;
      // A published product to feature: the first card of the catalogue.
      await page.goto("/produk");
      const card = page.locator(".product-card").first();
      const productName = (await card.locator("h3").innerText()).trim();
      const productHref = (await card.locator("a").first().getAttribute("href"))!;

      await page.goto("/masuk?next=%2Fprogram%2Fberita");
      await login(page, STAFF.email, STAFF.password);
      await expect(page).toHaveURL(/\/program\/berita$/);
      if (js) await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true");
      await expect(page.getByRole("link", { name: "Tulis berita" })).toHaveAttribute("href", "/program/berita/baru");
      // Opened directly and, with JavaScript, filled only once hydrated (the editor is a lazy
      // route: its code arrives after the page).
      await page.goto("/program/berita/baru");
      if (js) await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true");
      await page.locator("#news-title").fill(title);
      await page
        .locator("#news-body")
        .fill("## Dari pesantren ke dunia\n\nKopi **rempah** santri kini dikirim ke luar negeri.\n\n<script>window.pwned = 1</script>");
      await page.locator("#news-products").fill(`${baseURL}${productHref}`);
      await page.locator('input[name="input[publish]"][value="true"]').check();
      await page.getByRole("button", { name: "Simpan" }).click();
      await expect(page.getByText("Tersimpan.")).toBeVisible();
      await expect(page).toHaveURL(/\/program\/berita\/\d+$/);

      const visitor = await (await browser.newContext({ baseURL, locale: "id-ID", javaScriptEnabled: js })).newPage();
      await visitor.goto("/berita");
      await visitor.getByRole("link", { name: title }).click();
      await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
      await expect(visitor.locator(".news-body strong")).toHaveText("rempah");
      await expect(visitor.locator(".news-body script")).toHaveCount(0);
      expect(await visitor.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      await expect(visitor.getByText("PRODUK UNGGULAN")).toBeVisible();
      await visitor.screenshot({ path: `test-results/screens/news-${info.project.name}-${js ? "js" : "nojs"}.png`, fullPage: true });
      await visitor.locator(".news-featured .product-card", { hasText: productName }).locator("a").first().click();
      await expect(visitor.getByRole("heading", { level: 1, name: productName })).toBeVisible();
    });
  });
}
