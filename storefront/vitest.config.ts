import { reporters } from "../scripts/testing/vitest-reporters.mjs"
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) },
  },
  test: {
    reporters: reporters("storefront"),
    environment: "node",
    include: ["src/**/*.test.ts"],
  },
});
