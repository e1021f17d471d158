import { circle, place, ribbon, spiral, type Pt } from "../geometry"
import type { Rng } from "../../prng"
import type { Tone } from "../palette"
import type { MotifDrawer, MotifElement } from "./art"

const LOBES: [number, number, number, number][] = [
  // x, y, r, stitch angle (relative to a cloud centred on 0,0)
  [-34, -2, 22, 30],
  [38, -6, 24, -30],
  [-14, -26, 18, 70],
  [18, -30, 20, 110],
  [0, 0, 30, 0],
]

/**
 * 祥雲: one auspicious cloud, lobes laid in couched gold with a curl in each, and a trailing tail.
 * Shared by the crane and phoenix.
 */
export function cloudCluster(els: MotifElement[], rng: Rng, center: Pt, scale: number, tone: Tone = "primary", flip = false): void {
  const s = scale
  const at = (x: number, y: number): Pt => place([[flip ? -x : x, y]], [0, 0], 0, s, center)[0]
  els.push({
    t: "satin",
    d: ribbon([at(30, 14), at(62, 20), at(90, 12), at(104, 0)], (t) => 14 * s * (1 - t) + 1),
    angle: flip ? 170 : 10,
    tone,
    outline: 1,
  })
  for (const [x, y, r, a] of LOBES) {
    const c = at(x, y)
    const rr = r * s * rng.around(1, 0.05)
    els.push({ t: "couched", d: circle(c, rr), angle: (flip ? -a : a) + rng.around(0, 8), tone, outline: 1.3 })
    els.push({ t: "line", d: spiral(c, rr * 0.12, rr * 0.7, rng.range(0, 360), flip ? -1.2 : 1.2), w: 1.3, tone })
  }
}

/** 祥雲: a large cloud with two smaller ones drifting by. */
export const cloud: MotifDrawer = (rng) => {
  const els: MotifElement[] = []
  cloudCluster(els, rng, [44, 158], 0.55, "secondary", true)
  cloudCluster(els, rng, [150, 52], 0.5, "secondary")
  cloudCluster(els, rng, [92, 104], 1.05)
  return { elements: els, focus: [92, 100], upright: true }
}
