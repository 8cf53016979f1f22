import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests against the PRODUCTION build on a FRESH database: e2e/serve.sh migrates a new
 * SQLite file under data/, syncs the fixture content in e2e/fixtures/content, builds and starts
 * the app on 127.0.0.1:3100. Chromium is the system one: Playwright never downloads a browser.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100); // E2E_PORT lets two checkouts run their suites side by side

export default defineConfig({
  testDir: "e2e",
  workers: 1, // one shared database, scenarios in file order
  fullyParallel: false,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: "/usr/bin/chromium",
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        },
      },
    },
  ],
  webServer: {
    command: `bash e2e/serve.sh ${PORT}`,
    url: `http://127.0.0.1:${PORT}/api/review/next`,
    reuseExistingServer: false,
    timeout: 600_000,
    stdout: "ignore", // build chatter; errors arrive on stderr
    stderr: "pipe",
  },
});
