import { reporters } from "../scripts/testing/vitest-reporters.mjs"
import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    reporters: reporters("seed"),
    environment: "node",
    include: ["src/**/*.test.ts"],
    pool: "forks",
  },
})
