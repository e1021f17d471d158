import { curve, leafHalves, ribbon, type Pt } from "../geometry"
import type { Rng } from "../../prng"
import type { MotifDrawer, MotifElement } from "./art"

function culm(els: MotifElement[], bottom: Pt, top: Pt, width: number, nodes: number[]): void {
  const at = (y: number): Pt => {
    const t = (y - bottom[1]) / (top[1] - bottom[1])
    return [bottom[0] + (top[0] - bottom[0]) * t, y]
  }
  const ys = [bottom[1], ...nodes, top[1]]
  for (let i = 0; i < ys.length - 1; i++) {
    const a = at(ys[i] - 1.2)
    const b = at(ys[i + 1] + 1.2)
    const d = ribbon([a, [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], b], (t) => width * (0.92 + 0.08 * Math.abs(t - 0.5) * 2))
    els.push({ t: "satin", d, angle: -88, tone: i % 2 ? "primary" : "primary", outline: 1.1 })
  }
  for (const y of nodes) {
    const c = at(y)
    els.push({ t: "line", d: `M${c[0] - width / 2 - 1} ${y + 1}Q${c[0]} ${y - 2} ${c[0] + width / 2 + 1} ${y + 1}`, w: 1.8, tone: "secondary" })
  }
}

function spray(els: MotifElement[], rng: Rng, from: Pt, to: Pt, angles: number[]): void {
  els.push({ t: "line", d: curve([from, [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2 - 3], to]), w: 1.4, tone: "secondary" })
  for (const a0 of angles) {
    const a = a0 + rng.around(0, 5)
    const len = rng.range(46, 60)
    const [l, r, mid] = leafHalves(to, a, len, len * 0.22, rng.around(0, 0.08))
    els.push({ t: "satin", d: l, angle: a - 35, outline: 0.9 })
    els.push({ t: "satin", d: r, angle: a + 35, tone: "secondary", outline: 0.9 })
    els.push({ t: "line", d: mid, w: 0.7, tone: "secondary" })
  }
}

/** 竹: two jointed culms with sprays of fishbone-stitched leaves. */
export const bamboo: MotifDrawer = (rng) => {
  const els: MotifElement[] = []
  culm(els, [128, 204], [120, 18], 9, [162, 116, 70])
  culm(els, [70, 204], [80, -4], 13, [170, 126, 82, 38])
  spray(els, rng, [79, 84], [52, 70], [150, 178, 205])
  spray(els, rng, [120, 116], [148, 104], [-5, 22, 48])
  spray(els, rng, [81, 40], [110, 26], [-30, 0, 28])
  spray(els, rng, [72, 170], [44, 160], [165, 192, 140])
  return { elements: els, focus: [60, 76] }
}
