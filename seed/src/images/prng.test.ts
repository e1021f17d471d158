import { describe, expect, it } from "vitest"
import { Rng, hashString, mulberry32 } from "./prng"

describe("prng", () => {
  it("hashes strings to stable, well spread 32-bit seeds", () => {
    expect(hashString("gold-peony-fan")).toBe(hashString("gold-peony-fan"))
    expect(hashString("gold-peony-fan")).not.toBe(hashString("gold-peony-fan2"))
    const seeds = new Set(Array.from({ length: 1000 }, (_, i) => hashString(`handle-${i}`)))
    expect(seeds.size).toBe(1000)
    for (const s of seeds) expect(s >>> 0).toBe(s)
  })

  it("mulberry32 repeats for the same seed and stays in [0, 1)", () => {
    const a = mulberry32(42)
    const b = mulberry32(42)
    for (let i = 0; i < 100; i++) {
      const v = a()
      expect(v).toBe(b())
      expect(v).toBeGreaterThanOrEqual(0)
      expect(v).toBeLessThan(1)
    }
  })

  it("forks independent streams by label", () => {
    const rng = new Rng(7)
    expect(rng.fork("a").float()).toBe(new Rng(7).fork("a").float())
    expect(rng.fork("a").float()).not.toBe(rng.fork("b").float())
    const r = new Rng(1)
    for (let i = 0; i < 50; i++) {
      const n = r.int(2, 4)
      expect([2, 3, 4]).toContain(n)
    }
  })
})
