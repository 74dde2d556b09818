import { expect, test, type Browser, type Page } from "@playwright/test";

// A pesantren admin invites a santri; the santri registers through the link, lists a product,
// sees inline errors for a bad price and a bad halal number, submits; the admin approves; the
// product is in the catalogue. Once with JavaScript, once without.

// Real JPEGs: the demo data's generated product photos.
const PHOTOS = ["makanan-minuman-0-640.jpg", "kerajinan-1-640.jpg"].map(
  (f) => `${__dirname}/../../target/e2e/media/demo/${f}`,
);

const ADMIN = { email: "pengelola@uji.example.org", password: "kelola pesantren uji" };

async function login(page: Page, email: string, password: string) {
  await page.goto("/masuk");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole("button", { name: "Masuk" }).last().click();
  await expect(page.getByRole("button", { name: "Keluar" })).toBeVisible();
}

async function logout(page: Page) {
  await page.getByRole("button", { name: "Keluar" }).first().click();
  await expect(page.getByRole("link", { name: "Masuk" })).toBeVisible();
}

async function fillListing(page: Page, name: string, price: string, certificate: string) {
  await page.locator('input[name="input[name]"]').fill(name);
  await page.locator('select[name="input[category]"]').selectOption({ label: "Makanan & Minuman" });
  await page.locator('textarea[name="input[description]"]').fill("Kopi robusta Jombang\ndengan rempah.");
  await page.locator('input[name="input[price]"]').fill(price);
  await page.locator('input[name="input[stock]"]').fill("25");
  await page.locator('input[name="input[unit]"]').fill("pak");
  await page.locator('input[name="input[weight]"]').fill("250");
  await page.locator('input[value="certified"]').check();
  await page.locator('input[name="input[halal_certificate]"]').fill(certificate);
}

async function flow(browser: Browser, baseURL: string, page: Page, js: boolean, tag: string, shots: string) {
  const product = `Kopi Rempah Uji ${tag}`;
  // The admin works in a browser of their own and logs in once (logins are rate-limited per
  // account, and the four runs of this test share the admin).
  const adminContext = await browser.newContext({ baseURL, locale: "id-ID" });
  const admin = await adminContext.newPage();
  await login(admin, ADMIN.email, ADMIN.password);
  await admin.goto("/kelola");
  await admin.getByRole("button", { name: "Buat tautan undangan" }).click();
  const link = (await admin.locator(".invite-link code").innerText()).trim();
  expect(link).toContain("/daftar?undangan=");

  await page.goto(new URL(link).pathname + new URL(link).search);
  await expect(page.getByText("Pondok Pesantren Uji Coba")).toBeVisible();
  await page.locator('input[name="name"]').fill(`Santri ${tag}`);
  await page.locator('input[name="email"]').fill(`santri.${tag}@uji.example.org`);
  await page.locator('input[name="password"]').fill("belajar berdagang kopi");
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page).toHaveURL(/\/saya\/produk$/);

  await page.getByRole("link", { name: "Tambah produk" }).click();
  if (js) await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true");
  await fillListing(page, product, "dua puluh ribu", "HALAL-1");
  if (js) {
    // Inline, as typed, before anything is sent.
    await expect(page.locator("#field-input-price--message")).toContainText("Tulis harga");
    await expect(page.locator("#field-input-halal_certificate--message")).toContainText("diawali ID");
  }
  await page.getByRole("button", { name: "Kirim untuk ditinjau" }).click();
  // Without JavaScript the server sends the form back with the same messages and the input kept.
  await expect(page.locator("#field-input-price--message")).toContainText("Tulis harga");
  await expect(page.locator("#field-input-halal_certificate--message")).toContainText("diawali ID");
  await expect(page.locator('input[name="input[name]"]')).toHaveValue(product);
  await page.screenshot({ path: `${shots}-errors.png`, fullPage: true });

  await page.locator('input[name="input[price]"]').fill("Rp 25.000");
  await page.locator('input[name="input[halal_certificate]"]').fill("ID35170001234560821");
  // Saved as a draft, the listing stays open in the editor for its photos.
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page).toHaveURL(/\/saya\/produk\/\d+$/);
  await expect(page.getByText("Produk tersimpan.")).toBeVisible();
  // A file that is not a photo, whatever its name says, is refused with a clear message.
  await page.locator('input[type="file"][name="photo"]').setInputFiles({ name: "foto.jpg", mimeType: "image/jpeg", buffer: Buffer.from("bukan foto") });
  await page.getByRole("button", { name: "Unggah foto" }).click();
  await expect(page.getByText("bukan foto JPEG, PNG atau WebP")).toBeVisible();
  for (const photo of PHOTOS) {
    await page.locator('input[type="file"][name="photo"]').setInputFiles(photo);
    await page.getByRole("button", { name: "Unggah foto" }).click();
    await expect(page.getByText("Foto ditambahkan.")).toBeVisible();
  }
  await expect(page.locator(".photo-item")).toHaveCount(2);
  // The second becomes the cover.
  await page.locator(".photo-item").nth(1).getByRole("button", { name: "Jadikan sampul" }).click();
  await expect(page.locator(".photo-item").first().locator("img")).toHaveAttribute("src", /-320\.jpg$/);
  await page.screenshot({ path: `${shots}-photos.png`, fullPage: true });
  await page.getByRole("button", { name: "Kirim untuk ditinjau" }).click();
  await expect(page).toHaveURL(/\/saya\/produk$/);
  await expect(page.getByText(product)).toBeVisible();
  await expect(page.locator(".listing-row", { hasText: product })).toContainText("Menunggu persetujuan");
  await logout(page);

  await admin.goto("/kelola");
  const item = admin.locator(".review-item", { hasText: product });
  await expect(item).toContainText("Rp25.000");
  await item.getByRole("button", { name: "Setujui" }).click();
  await expect(admin.locator(".review-item", { hasText: product })).toHaveCount(0);
  await adminContext.close();

  await page.goto(`/produk?q=${encodeURIComponent(product)}`);
  await expect(page.locator(".product-card", { hasText: product })).toBeVisible();
  await page.locator(".product-card", { hasText: product }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(product);
  await expect(page.getByText("ID35170001234560821")).toBeVisible();
  await expect(page.locator(".product-gallery img")).toHaveCount(2);
}

test("invite, register, list, approve: with JavaScript", async ({ browser, baseURL, page }, info) => {
  await flow(browser, baseURL!, page, true, `js${info.project.name}`, `test-results/screens/listing-js-${info.project.name}`);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("invite, register, list, approve", async ({ browser, baseURL, page }, info) => {
    await flow(browser, baseURL!, page, false, `nojs${info.project.name}`, `test-results/screens/listing-nojs-${info.project.name}`);
  });
});
