import { circle, leafHalves, petal, polar, type Pt } from "../geometry"
import type { MotifDrawer, MotifElement } from "./art"

/** 牡丹: three rings of ruffled petals, stamen knots in the heart, fishbone-stitched leaves. */
export const peony: MotifDrawer = (rng) => {
  const c: Pt = [100, 90]
  const els: MotifElement[] = []

  // leaves and stems first, the flower covers their bases
  const leafSpots: [Pt, number][] = [
    [[84, 128], 152],
    [[116, 126], 28],
    [[100, 138], 96],
  ]
  els.push({ t: "line", d: `M100 128C98 150 94 172 88 196`, w: 2.4, tone: "secondary" })
  for (const [base, deg] of leafSpots) {
    for (const lobe of [-30, 0, 30]) {
      const len = (lobe === 0 ? 58 : 44) * rng.around(1, 0.06)
      const a = deg + lobe + rng.around(0, 4)
      const start = polar(base, lobe === 0 ? 8 : 4, deg)
      const [l, r, mid] = leafHalves(start, a, len, len * 0.46, lobe * 0.004)
      els.push({ t: "satin", d: l, angle: a - 40, tone: "secondary", outline: 1 })
      els.push({ t: "satin", d: r, angle: a + 40, tone: "secondary", outline: 1 })
      els.push({ t: "line", d: mid, w: 0.9, tone: "secondary" })
    }
  }

  const ring = (count: number, radius: number, width: number, offset: number, ruffles: number) => {
    for (let i = 0; i < count; i++) {
      const a = offset + (360 / count) * i + rng.around(0, 5)
      const len = radius * (i % 2 ? 0.92 : 1.04) * rng.around(1, 0.05)
      const base = polar(c, radius * 0.12, a)
      els.push({ t: "satin", d: petal(base, a, len, width, { tip: "ruffle", ruffles, ruffleDepth: 0.035, profile: [0.62, 0.95, 1] }), angle: a })
      // inner shading band of each petal, stitched at a slant so it catches the light differently
      els.push({
        t: "satin",
        d: petal(base, a, len * 0.55, width * 0.55, { tip: "round", profile: [0.7, 1, 0.9] }),
        angle: a + 55,
        outline: 0.8,
      })
    }
  }
  ring(9, 68, 46, rng.range(0, 40), 3)
  ring(7, 50, 38, rng.range(0, 51), 2)
  ring(5, 32, 28, rng.range(0, 72), 2)

  els.push({ t: "couched", d: circle(c, 11), angle: 30, tone: "secondary", outline: 1 })
  for (let i = 0; i < 9; i++) {
    els.push({ t: "dot", c: polar(c, i === 0 ? 0 : 7, i * 40 + rng.around(0, 8)), r: 2.6 })
  }
  return { elements: els, focus: polar(c, 22, rng.range(0, 360)) }
}
