import { circle, curve, petal, polar, polyline, ribbon, ribbonPoints, sample, type Pt } from "../geometry"
import type { MotifDrawer, MotifElement } from "./art"

const SPINE: Pt[] = [[30, 96], [56, 88], [90, 92], [122, 106], [148, 124]]

/** Body width along the spine (t = 0 at the snout). */
function girth(t: number): number {
  const table: [number, number][] = [
    [0, 20],
    [0.1, 32],
    [0.32, 40],
    [0.6, 32],
    [0.86, 16],
    [1, 10],
  ]
  for (let i = 1; i < table.length; i++) {
    if (t <= table[i][0]) {
      const [t0, w0] = table[i - 1]
      const [t1, w1] = table[i]
      return w0 + ((w1 - w0) * (t - t0)) / (t1 - t0)
    }
  }
  return 10
}

/** 鯉: a leaping carp, couched gold body under scales, flowing satin fins, bubbles and ripples. */
export const carp: MotifDrawer = (rng) => {
  const els: MotifElement[] = []
  const spine = sample(SPINE, 10)

  // ripples and bubbles
  els.push({ t: "line", d: curve([[10, 176], [44, 168], [80, 178], [116, 168], [150, 178], [190, 170]]), w: 1.2, tone: "secondary" })
  els.push({ t: "line", d: curve([[36, 190], [70, 184], [104, 192], [140, 184]]), w: 1, tone: "secondary" })
  for (const [x, y, r] of [
    [18, 72, 2.4],
    [12, 58, 3.2],
    [20, 42, 2],
  ]) {
    els.push({ t: "dot", c: [x, y], r })
  }

  // fins behind the body
  const fin = (base: Pt, deg: number, len: number, w: number, curl: number, rays = 3) => {
    const a = deg + rng.around(0, 4)
    els.push({ t: "satin", d: petal(base, a, len, w, { profile: [0.9, 1, 0.7], curl }), angle: a, tone: "secondary", outline: 1 })
    for (let i = 0; i < rays; i++) {
      const off = (i - (rays - 1) / 2) * (w / (rays + 1))
      const from = polar(base, 3, a)
      const to = polar(polar(base, len * 0.78, a), off + curl * len * 0.5, a + 90)
      els.push({ t: "line", d: `M${from[0].toFixed(1)} ${from[1].toFixed(1)}L${to[0].toFixed(1)} ${to[1].toFixed(1)}`, w: 0.6, tone: "secondary" })
    }
  }
  fin([146, 120], -42, 54, 30, -0.18, 4)
  fin([146, 128], 34, 56, 30, 0.18, 4)
  fin([76, 78], -40, 42, 20, 0.22)
  fin([112, 96], -28, 30, 14, 0.2)
  fin([118, 116], 112, 22, 12, 0.1)
  fin([134, 120], 90, 16, 9, 0.1, 2)

  const body = ribbon(SPINE, girth, 10)
  els.push({ t: "couched", d: body, angle: 22, outline: 1.5 })
  // scales over the body behind the head
  const behind = spine.slice(Math.round(spine.length * 0.24))
  const offset = Math.round(spine.length * 0.24)
  const scaleArea = polyline(
    ribbonPoints(behind, (t) => girth((offset + t * (behind.length - 1)) / (spine.length - 1)) - 3, 1),
    true,
  )
  els.push({ t: "scales", d: scaleArea, angle: 14, size: 7.5 })
  // head
  const head = spine.slice(0, offset + 1)
  const headArea = polyline(ribbonPoints(head, (t) => girth((t * offset) / (spine.length - 1)), 1), true)
  els.push({ t: "satin", d: headArea, angle: 100, outline: 0.9 })
  const gill = polar(spine[offset], 2, 180)
  els.push({ t: "line", d: curve([polar(gill, 15, -80), polar(gill, 5, 0), polar(gill, 15, 80)]), w: 1.4 })
  // pectoral fin over the body
  fin([60, 104], 128, 24, 12, 0.15, 2)
  // eye, mouth, barbels
  els.push({ t: "satin", d: circle([44, 88], 4.6), angle: 45, tone: "ink", outline: 1.2 })
  els.push({ t: "dot", c: [43, 87], r: 1.2 })
  els.push({ t: "line", d: curve([[30, 98], [24, 106], [18, 118], [22, 126]]), w: 0.8 })
  els.push({ t: "line", d: curve([[32, 100], [30, 110], [34, 120]]), w: 0.7 })
  return { elements: els, focus: [60, 96] }
}
