import { defineConfig } from "vitest/config"
import { reporters } from "../scripts/testing/vitest-reporters.mjs"

export default defineConfig({
  test: {
    reporters: reporters("reliability"),
    include: ["reliability/**/*.test.ts"],
    pool: "forks",
    fileParallelism: false,
    testTimeout: 60000,
    hookTimeout: 60000,
  },
})
