import { circle, curve, ellipse, mirrorX, place, polar, type Pt } from "../geometry"
import type { MotifDrawer, MotifElement } from "./art"

const UPPER: Pt[] = [[98, 94], [84, 72], [62, 50], [38, 36], [20, 42], [14, 64], [26, 86], [54, 100], [94, 102]]
const LOWER: Pt[] = [[97, 106], [72, 110], [50, 124], [40, 146], [50, 166], [70, 164], [86, 144], [98, 114]]

/** 蝶: four wings with banded satin, veins in couched gold, eye spots and antennae. */
export const butterfly: MotifDrawer = (rng) => {
  const els: MotifElement[] = []
  const wing = (pts: Pt[], root: Pt, angle: number, tilt: number) => {
    const shaped = place(pts, root, tilt, rng.around(1, 0.03))
    els.push({ t: "satin", d: curve(shaped, true), angle, outline: 1.5 })
    els.push({ t: "satin", d: curve(place(shaped, root, 0, 0.6), true), angle: angle + 55, tone: "secondary", outline: 1 })
    for (const i of [2, 3, 4, 5, 6]) {
      const tip = shaped[i] ?? shaped[shaped.length - 2]
      const end: Pt = [root[0] + (tip[0] - root[0]) * 0.86, root[1] + (tip[1] - root[1]) * 0.86]
      els.push({ t: "line", d: curve([root, [(root[0] + end[0]) / 2 + 2, (root[1] + end[1]) / 2 - 2], end]), w: 0.7 })
    }
  }
  const lean = rng.around(0, 3)
  for (const side of [0, 1]) {
    const flip = (pts: Pt[]) => (side ? mirrorX(pts, 100) : pts)
    const s = side ? -1 : 1
    wing(flip(LOWER), [100, 108], side ? 45 : 135, s * lean)
    wing(flip(UPPER), [100, 98], side ? -40 : -140, s * lean)
    const spot: Pt = side ? [134, 144] : [66, 144]
    els.push({ t: "satin", d: circle(spot, 7.5), angle: 60, tone: "red", outline: 1.2 })
    els.push({ t: "dot", c: spot, r: 2.6 })
    for (const k of [0, 1, 2]) {
      const x = side ? 200 - (30 + k * 10) : 30 + k * 10
      els.push({ t: "dot", c: [x, 52 + k * -3 + (k === 1 ? 6 : 0)], r: 2 })
    }
  }
  // body, head, antennae
  els.push({ t: "couched", d: ellipse([100, 112], 4.6, 24), angle: 0, tone: "secondary", outline: 1 })
  els.push({ t: "couched", d: circle([100, 84], 5.4), angle: 45, outline: 1 })
  for (const side of [-1, 1]) {
    const tip: Pt = [100 + side * 20, 46]
    els.push({ t: "line", d: curve([[100 + side * 2, 80], [100 + side * 8, 62], tip]), w: 0.9 })
    els.push({ t: "dot", c: tip, r: 2.4 })
  }
  return { elements: els, focus: polar([100, 100], 30, rng.pick([-140, -40, 140, 40])) }
}
