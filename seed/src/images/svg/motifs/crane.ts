import { circle, curve, petal, polyline, ribbon, type Pt } from "../geometry"
import { cloudCluster } from "./cloud"
import type { MotifDrawer, MotifElement } from "./art"

/** 鶴: a red-crowned crane in flight over a small cloud. */
export const crane: MotifDrawer = (rng) => {
  const els: MotifElement[] = []
  cloudCluster(els, rng, [150, 168], 0.5, "secondary")

  // far wing
  for (let i = 0; i < 6; i++) {
    const a = -34 - i * 10 + rng.around(0, 3)
    els.push({ t: "satin", d: petal([118, 96], a, 50 + i * 3, 12, { profile: [0.8, 1, 0.7], curl: -0.05 }), angle: a + 20, tone: "secondary", outline: 1 })
  }
  // legs trailing behind
  for (const [y0, y1] of [
    [112, 134],
    [116, 144],
  ]) {
    els.push({ t: "line", d: curve([[140, y0], [166, y0 + 10], [192, y1]]), w: 1.6, tone: "secondary" })
    els.push({ t: "line", d: `M192 ${y1}l6 -3M192 ${y1}l7 2`, w: 1, tone: "secondary" })
  }
  // tail
  for (let i = 0; i < 4; i++) {
    const a = 4 + i * 10
    els.push({ t: "satin", d: petal([146, 106], a, 24, 9, { tip: "round" }), angle: a, tone: "secondary", outline: 0.9 })
  }
  // body and neck
  els.push({ t: "couched", d: ribbon([[82, 100], [112, 104], [150, 108]], (t) => 14 + 14 * Math.sin(Math.PI * t)), angle: 8, outline: 1.4 })
  els.push({ t: "satin", d: ribbon([[88, 100], [66, 88], [46, 78], [28, 72]], (t) => 12 - 5 * t), angle: -150, outline: 1.2 })
  els.push({ t: "satin", d: ribbon([[48, 79], [36, 74], [27, 72]], () => 7.4), angle: 30, tone: "ink", outline: 0.9 })
  // near wing: primaries with dark tips, coverts
  for (let i = 0; i < 7; i++) {
    const a = -150 + i * 12 + rng.around(0, 3)
    const len = 56 + i * 3.5
    const base: Pt = [104, 96]
    els.push({ t: "satin", d: petal(base, a, len, 14, { profile: [0.75, 1, 0.8], curl: 0.04 }), angle: a + 20, outline: 1.1 })
    els.push({ t: "satin", d: petal([base[0] + Math.cos((a * Math.PI) / 180) * len * 0.62, base[1] + Math.sin((a * Math.PI) / 180) * len * 0.62], a, len * 0.38, 11, { profile: [1, 1, 0.8], curl: 0.04 }), angle: a - 30, tone: "secondary", outline: 0.9 })
  }
  for (let i = 0; i < 5; i++) {
    const a = -140 + i * 16
    els.push({ t: "satin", d: petal([104, 98], a, 28, 16, { tip: "round", profile: [0.8, 1, 0.9] }), angle: a - 40, outline: 1 })
  }
  // head, red crown, beak, eye
  const head: Pt = [24, 70]
  els.push({ t: "satin", d: circle(head, 6.5), angle: 0, outline: 1.1 })
  els.push({ t: "satin", d: circle([24, 65], 3.4), angle: 45, tone: "red", outline: 0.8 })
  els.push({ t: "satin", d: polyline([[18, 68], [-2, 80], [19, 73]], true), angle: 150, tone: "secondary", outline: 0.8 })
  els.push({ t: "dot", c: [23, 69], r: 1.5, tone: "ink" })
  return { elements: els, focus: [60, 70] }
}
