import { expect, test, type Browser, type Page } from "@playwright/test";
import { login, productOfOwnPesantren } from "./helpers";

// A visitor fills a cart from two pesantren, logs in, checks out (two orders); the pesantren
// admin confirms and ships one; the buyer sees the new status. Once with JavaScript, once
// without.

const ADMIN = { email: "pesanan@uji.example.org", password: "kelola pesanan uji" };

async function flow(browser: Browser, baseURL: string, page: Page, js: boolean, tag: string, shots: string) {
  const product = `Gula Aren Uji ${tag}`;
  const buyer = { email: `pembeli.${tag}@uji.example.org`, password: "belanja gula aren" };
  const adminContext = await browser.newContext({ baseURL, locale: "id-ID" });
  const admin = await adminContext.newPage();
  await admin.goto("/masuk");
  await login(admin, ADMIN.email, ADMIN.password);
  await productOfOwnPesantren(admin, product);
  // The buyer's account exists already (made in another browser).
  const other = await browser.newContext({ baseURL, locale: "id-ID" });
  const signup = await other.newPage();
  await signup.goto("/daftar");
  await signup.locator('input[name="name"]').fill(`Pembeli ${tag}`);
  await signup.locator('input[name="email"]').fill(buyer.email);
  await signup.locator('input[name="password"]').fill(buyer.password);
  await signup.getByRole("button", { name: "Buat akun" }).click();
  await expect(signup.getByRole("button", { name: "Keluar" })).toBeVisible();
  await other.close();

  // A visitor: two of the new product from its page, one of another pesantren's from a card.
  await page.goto(`/produk?q=${encodeURIComponent(product)}`);
  await page.locator(".product-card", { hasText: product }).locator(".product-link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(product);
  if (js) await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true");
  await page.locator('input[name="quantity"]').fill("2");
  await page.getByRole("button", { name: "Tambah ke keranjang" }).click();
  await expect(page.getByText("Ditambahkan ke keranjang.")).toBeVisible();
  await expect(page.locator(".cart-link .badge")).toHaveText("2");
  await page.goto("/produk?urut=nama");
  // Another pesantren's product that is in stock (sold-out cards have no button).
  const card = page
    .locator(".product-card")
    .filter({ hasNotText: "Uji" })
    .filter({ has: page.locator(".card-add") })
    .first();
  const otherName = (await card.locator(".product-name").innerText()).trim();
  await card.getByRole("button").click();
  await expect(page.locator(".cart-link .badge")).toHaveText("3");
  await page.screenshot({ path: `${shots}-added.png`, fullPage: false });

  await page.locator(".cart-link").click();
  await expect(page).toHaveURL(/\/keranjang$/);
  await expect(page.locator(".cart-group")).toHaveCount(2);
  await expect(page.getByText(otherName)).toBeVisible();
  await page.screenshot({ path: `${shots}-cart.png`, fullPage: true });
  await page.getByRole("link", { name: "Masuk untuk memesan" }).click();
  await login(page, buyer.email, buyer.password);
  await expect(page).toHaveURL(/\/keranjang\/pesan$/);
  if (js) await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true");

  await page.locator('input[name="input[phone]"]').fill("021-555");
  if (js) {
    // Checked as typed, before anything is sent.
    await expect(page.locator("#field-input-phone--message")).toContainText("nomor ponsel Indonesia");
  }
  await page.getByRole("button", { name: "Buat 2 pesanan" }).click();
  await expect(page.locator("#field-input-phone--message")).toContainText("nomor ponsel Indonesia");
  await page.locator('input[name="input[phone]"]').fill("0812-3456-7890");
  await page.locator('select[name="input[region]"]').selectOption({ label: "Kab. Jombang" });
  await page.locator('textarea[name="input[address]"]').fill("Jl. Irian Jaya 5, Tebuireng");
  await page.screenshot({ path: `${shots}-checkout.png`, fullPage: true });
  await page.getByRole("button", { name: "Buat 2 pesanan" }).click();
  await expect(page).toHaveURL(/\/pesanan$/);
  await expect(page.getByText("2 pesanan dibuat")).toBeVisible();
  const row = page.locator(".order-rows li", { hasText: "Pondok Pesantren Uji Pesanan" });
  await expect(row).toContainText("Menunggu konfirmasi");
  const number = (await row.locator("strong").first().innerText()).trim();
  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(number);
  await expect(page.getByRole("link", { name: "Kirim pesanan lewat WhatsApp" })).toHaveAttribute(
    "href",
    new RegExp(`^https://wa\\.me/6281298765432\\?text=.*${number}`),
  );
  const orderUrl = page.url();

  // The admin sees it waiting, confirms, then ships with a tracking number.
  await admin.goto("/kelola/pesanan?status=pending");
  await expect(admin.getByRole("link", { name: /Pesanan masuk/ }).locator(".badge")).toBeVisible();
  await admin.locator(".order-rows li", { hasText: number }).getByRole("link").click();
  await admin.getByRole("button", { name: "Konfirmasi pesanan" }).click();
  await expect(admin.getByText("Pesanan kini: Dikonfirmasi.")).toBeVisible();
  await admin.locator('input[name="courier"]').fill("JNE");
  await admin.locator('input[name="tracking"]').fill(`JNE${tag.toUpperCase()}`);
  await admin.getByRole("button", { name: "Tandai dikirim" }).click();
  await expect(admin.getByText("Pesanan kini: Dikirim.")).toBeVisible();
  await adminContext.close();

  await page.goto(orderUrl);
  await expect(page.locator(".dashboard-head .state-badge")).toHaveText("Dikirim");
  await expect(page.getByText(`JNE${tag.toUpperCase()}`)).toBeVisible();
  await page.screenshot({ path: `${shots}-order.png`, fullPage: true });
}

test("cart from two pesantren, checkout, confirmed and shipped: with JavaScript", async ({ browser, baseURL, page }, info) => {
  await flow(browser, baseURL!, page, true, `js${info.project.name}`, `test-results/screens/orders-js-${info.project.name}`);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("cart from two pesantren, checkout, confirmed and shipped", async ({ browser, baseURL, page }, info) => {
    await flow(browser, baseURL!, page, false, `nojs${info.project.name}`, `test-results/screens/orders-nojs-${info.project.name}`);
  });
});
