import path from "node:path"
import { defineConfig, devices } from "@playwright/test"
import { chromiumExecutable, chromiumArgs } from "./e2e/support/chromium"
import { e2eSettings } from "../scripts/lib/e2e-settings.mjs"

const settings = e2eSettings()

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./artifacts/test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [
    ["list"],
    ["json", { outputFile: path.join(process.env.JINXIU_TEST_REPORTS || "./artifacts", "e2e.json") }],
  ],
  use: {
    baseURL: settings.storefrontUrl,
    locale: "zh-CN",
    screenshot: "on",
    trace: "retain-on-failure",
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } } },
  ],
  webServer: {
    command: "node ../scripts/e2e-stack.mjs",
    url: `${settings.storefrontUrl}/zh-CN`,
    timeout: 600_000,
    reuseExistingServer: settings.reuseStack,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
})
