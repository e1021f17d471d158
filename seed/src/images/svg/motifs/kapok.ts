import { circle, curve, ellipse, petal, place, polar, ribbon, type Pt } from "../geometry"
import type { Rng } from "../../prng"
import type { MotifDrawer, MotifElement } from "./art"

/** One kapok flower opening upwards from `base`, turned by `tilt`, scaled by `s`. */
function flower(els: MotifElement[], rng: Rng, base: Pt, s: number, tilt: number): void {
  const petals: [number, number, number][] = [
    // angle, length, curl
    [-124, 46, -0.08],
    [-56, 46, 0.08],
    [-158, 40, -0.16],
    [-22, 40, 0.16],
    [-90, 50, 0],
  ]
  for (const [a0, len, curl] of petals) {
    const a = a0 + tilt + rng.around(0, 4)
    const root = polar(base, 4 * s, a)
    els.push({
      t: "satin",
      d: petal(root, a, len * s * rng.around(1, 0.05), 22 * s, { tip: "round", profile: [0.72, 1, 0.92], curl }),
      angle: a + (a0 === -90 ? 0 : 25),
    })
  }
  for (let i = 0; i < 9; i++) {
    const a = -90 + tilt + (i - 4) * 7 + rng.around(0, 2)
    const tip = polar(base, (30 + rng.range(0, 8)) * s, a)
    els.push({ t: "line", d: curve([polar(base, 4 * s, a), polar(polar(base, 18 * s, a), 2, a + 90), tip]), w: 0.7, tone: "secondary" })
    els.push({ t: "dot", c: tip, r: 1.7 * s })
  }
  const cup = place([[base[0], base[1] + 8 * s]], base, tilt)[0]
  els.push({ t: "couched", d: ellipse(cup, 12 * s, 9 * s, tilt), angle: tilt, tone: "secondary", outline: 1 })
}

/** 木棉: Guangzhou's kapok, fleshy five-petal flowers on a bare branch. */
export const kapok: MotifDrawer = (rng) => {
  const els: MotifElement[] = []
  const branch = (pts: Pt[], w0: number, w1: number, angle: number) =>
    els.push({ t: "couched", d: ribbon(pts, (t) => w0 + (w1 - w0) * t), angle, tone: "secondary", outline: 1 })
  branch([[-4, 168], [40, 158], [78, 150], [118, 132], [160, 112], [204, 104]], 17, 5, -18)
  branch([[118, 133], [130, 112], [142, 96], [148, 84]], 8, 4, -70)
  branch([[48, 157], [40, 176], [30, 192]], 6, 3, 110)
  els.push({ t: "satin", d: petal([200, 102], -70, 18, 12, { profile: [0.9, 1, 0.6] }), angle: -70, outline: 1 })
  els.push({ t: "couched", d: circle([200, 106], 4), angle: 0, tone: "secondary", outline: 0.8 })
  flower(els, rng, [74, 140], 1.05, rng.around(-6, 4))
  flower(els, rng, [148, 84], 0.72, rng.around(14, 4))
  return { elements: els, focus: [74, 112] }
}
