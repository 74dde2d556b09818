// Browser tests: Playwright drives Debian's chromium (Playwright's own browser download does
// not work on these machines) against the release build, served from a fresh SQLite database.
import { defineConfig, devices } from "@playwright/test";
import { execSync } from "node:child_process";

const chromium =
  process.env.CHROMIUM_PATH ?? execSync("command -v chromium", { encoding: "utf8" }).trim();
const port = process.env.E2E_PORT ?? "3100";

export default defineConfig({
  testDir: "./tests",
  timeout: 30_000,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Buyers' browsers mostly ask for Indonesian; the server honours Accept-Language.
    locale: "id-ID",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], locale: "id-ID" } },
    {
      name: "phone",
      use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
      // Province-wide figures: the programme test runs on one project only (see the spec).
      testIgnore: /programme\.spec\.ts/,
    },
  ],
  webServer: {
    command: `bash ./start-server.sh ${port}`,
    url: `http://127.0.0.1:${port}/healthz`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  },
});
