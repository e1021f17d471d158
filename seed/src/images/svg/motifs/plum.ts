import { circle, petal, polar, ribbon, type Pt } from "../geometry"
import type { Rng } from "../../prng"
import type { MotifDrawer, MotifElement } from "./art"

function blossom(els: MotifElement[], rng: Rng, c: Pt, r: number): void {
  const start = rng.range(0, 72)
  for (let i = 0; i < 5; i++) {
    const a = start + i * 72 + rng.around(0, 5)
    els.push({ t: "satin", d: petal(c, a, r, r * 1.08, { tip: "round", profile: [0.78, 1, 0.98] }), angle: a + rng.around(0, 10) })
  }
  els.push({ t: "couched", d: circle(c, r * 0.3), angle: 45, tone: "secondary", outline: 0.8 })
  for (let i = 0; i < 9; i++) {
    const a = i * 40 + rng.around(0, 8)
    const from = polar(c, r * 0.28, a)
    const to = polar(c, r * rng.range(0.62, 0.78), a)
    els.push({ t: "line", d: `M${from[0].toFixed(2)} ${from[1].toFixed(2)}L${to[0].toFixed(2)} ${to[1].toFixed(2)}`, w: 0.6, tone: "secondary" })
    els.push({ t: "dot", c: to, r: Math.max(1, r * 0.06) })
  }
}

/** 梅: a gnarled couched branch with five-petal blossoms and buds. */
export const plumBlossom: MotifDrawer = (rng) => {
  const els: MotifElement[] = []
  const branch = (pts: Pt[], w0: number, w1: number, angle: number) =>
    els.push({ t: "couched", d: ribbon(pts, (t) => w0 + (w1 - w0) * t), angle, tone: "secondary", outline: 1 })
  branch([[8, 192], [34, 168], [52, 154], [80, 132], [104, 118], [132, 100], [160, 72], [194, 52]], 15, 3, -38)
  branch([[80, 133], [76, 108], [70, 88], [82, 58], [78, 36]], 8, 2.5, -80)
  branch([[122, 106], [146, 118], [170, 116], [190, 124]], 6, 2, 10)
  branch([[40, 164], [28, 140], [30, 120]], 5, 2, -95)

  for (const [x, y, r] of [
    [188, 52, 4.5],
    [78, 34, 4.2],
    [192, 124, 4],
    [30, 118, 3.8],
  ]) {
    els.push({ t: "satin", d: petal([x - 1, y + 4], -90 + rng.around(0, 20), r * 2.4, r * 2, { tip: "round" }), angle: -90 })
  }
  blossom(els, rng, [76, 74], 23)
  blossom(els, rng, [136, 100], 20)
  blossom(els, rng, [44, 150], 15)
  blossom(els, rng, [166, 78], 13)
  return { elements: els, focus: [76, 74] }
}
