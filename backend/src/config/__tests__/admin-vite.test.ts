import fs from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { adminVite, zodWithoutEval } from "../admin-vite"

const require = createRequire(import.meta.url)
/** The Zod the dashboard is bundled with (its settings module). */
const zodCore = path.join(path.dirname(require.resolve("zod/package.json")), "v4", "core", "core.js")

describe("the admin's build: Zod without its eval probe", () => {
  it("the installed Zod's settings module starts jitless once bundled", () => {
    const code = fs.readFileSync(zodCore, "utf8")
    const out = zodWithoutEval().transform!(code, zodCore)
    expect(out).toContain("export const globalConfig = { jitless: true }")
    expect(out!.length - code.length).toBe("{ jitless: true }".length - "{}".length)
  })

  it("leaves every other module alone, and stops the build when Zod's module has changed", () => {
    expect(zodWithoutEval().transform!("export const globalConfig = {};", "/x/node_modules/other/core.js")).toBeNull()
    expect(() => zodWithoutEval().transform!("export const settings = {};", "/x/node_modules/zod/v4/core/core.js")).toThrow(/admin-vite/)
  })

  it("is added to the dashboard's Vite settings, after what is there", () => {
    const config = adminVite({ plugins: ["theirs"], base: "/app/" })
    expect(config.base).toBe("/app/")
    expect(config.plugins).toHaveLength(2)
    expect((config.plugins![1] as { name: string }).name).toBe("jinxiu-zod-without-eval")
  })
})
