import { expect, type Page } from "@playwright/test";

// Logs in on the login page the browser is on.
export async function login(page: Page, email: string, password: string) {
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole("button", { name: "Masuk" }).last().click();
  await expect(page.getByRole("button", { name: "Keluar" })).toBeVisible();
}

// A pesantren admin lists a product of their own pesantren and approves it: it goes live now.
export async function productOfOwnPesantren(admin: Page, name: string) {
  await admin.goto("/saya/produk/baru");
  await admin.locator('input[name="input[name]"]').fill(name);
  await admin.locator('select[name="input[category]"]').selectOption({ label: "Makanan & Minuman" });
  await admin.locator('textarea[name="input[description]"]').fill("Dibuat dari bahan segar oleh koperasi pesantren.");
  await admin.locator('input[name="input[price]"]').fill("18.000");
  await admin.locator('input[name="input[stock]"]').fill("25");
  await admin.locator('input[name="input[unit]"]').fill("pak");
  await admin.locator('input[name="input[weight]"]').fill("250");
  await admin.locator('input[value="in_process"]').check();
  await admin.getByRole("button", { name: "Kirim untuk ditinjau" }).click();
  await expect(admin).toHaveURL(/\/saya\/produk$/);
  await admin.goto("/kelola");
  await admin.locator(".review-item", { hasText: name }).getByRole("button", { name: "Setujui" }).click();
  await expect(admin.locator(".review-item", { hasText: name })).toHaveCount(0);
}
