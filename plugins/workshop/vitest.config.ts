import { reporters } from "../../scripts/testing/vitest-reporters.mjs"
import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    reporters: reporters("workshop-plugin"),
    globals: true,
    // Medusa and test-utils log a lot; show it only for tests that fail
    silent: "passed-only",
    pool: "forks",
    fileParallelism: false,
    include: ["src/**/__tests__/**/*.test.ts"],
    globalSetup: ["../../scripts/testing/postgres-global-setup.mjs"],
    setupFiles: ["../../scripts/testing/medusa-vitest-setup.ts"],
    testTimeout: 60000,
    hookTimeout: 120000,
  },
})
