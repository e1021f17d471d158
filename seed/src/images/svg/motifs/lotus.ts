import { curve, ellipse, petal, polar, ribbon, type Pt } from "../geometry"
import type { MotifDrawer, MotifElement } from "./art"

/** 蓮: a lotus in side view over its pad, a bud on a second stem, ripples below. */
export const lotus: MotifDrawer = (rng) => {
  const els: MotifElement[] = []
  const base: Pt = [100, 126]

  for (const [y, x0, x1] of [
    [184, 14, 92],
    [192, 60, 150],
    [182, 118, 188],
  ]) {
    els.push({ t: "line", d: curve([[x0, y], [(x0 * 2 + x1) / 3, y - 4], [(x0 + x1 * 2) / 3, y + 3], [x1, y - 1]]), w: 1.1, tone: "secondary" })
  }

  // stems
  els.push({ t: "satin", d: ribbon([[100, 128], [103, 158], [100, 190]], () => 5), angle: 90, tone: "secondary", outline: 0.8 })
  els.push({ t: "satin", d: ribbon([[150, 188], [158, 140], [152, 98], [154, 80]], () => 3.6), angle: 90, tone: "secondary", outline: 0.8 })

  // lotus pad: radial stitching, veins from the centre
  const padC: Pt = [58, 166]
  const pad = ellipse(padC, 46, 15, -6)
  els.push({ t: "satin", d: pad, angle: 100, tone: "secondary", outline: 1.2 })
  for (let i = 0; i < 9; i++) {
    const a = 180 + i * 22.5 + rng.around(0, 4)
    const end = polar(padC, 42, a)
    els.push({ t: "line", d: `M${padC[0]} ${padC[1]}L${end[0].toFixed(1)} ${(padC[1] + (end[1] - padC[1]) * 0.3).toFixed(1)}`, w: 0.8, tone: "secondary" })
  }

  // bud
  const budBase: Pt = [154, 84]
  els.push({ t: "satin", d: petal(budBase, -90, 36, 26, { profile: [0.9, 1, 0.55], curl: 0.02 }), angle: -60 })
  els.push({ t: "satin", d: petal([152, 84], -112, 26, 16, { profile: [0.9, 1, 0.6] }), angle: -140, tone: "secondary" })
  els.push({ t: "satin", d: petal([156, 84], -68, 26, 16, { profile: [0.9, 1, 0.6] }), angle: -20, tone: "secondary" })

  const shape = { profile: [0.85, 1, 0.62] as [number, number, number] }
  const p = (dx: number, deg: number, len: number, w: number, stitch: number, curl = 0, dy = 0) => {
    const d = petal([base[0] + dx, base[1] + dy], deg + rng.around(0, 3), len * rng.around(1, 0.05), w, { ...shape, curl })
    els.push({ t: "satin", d, angle: stitch })
  }
  // back to front
  p(-6, -138, 56, 30, -150, -0.06)
  p(6, -42, 56, 30, -30, 0.06)
  p(-3, -114, 66, 32, -115)
  p(3, -66, 66, 32, -65)
  p(0, -90, 72, 34, -90)
  p(-8, -160, 46, 28, 160, -0.1, 2)
  p(8, -20, 46, 28, 20, 0.1, 2)
  p(-5, -104, 52, 30, -60, 0, 6)
  p(5, -76, 52, 30, -120, 0, 6)
  for (const [dx, deg] of [
    [-5, -104],
    [5, -76],
  ]) {
    const from = polar([base[0] + dx, base[1] + 6], 8, deg)
    const to = polar([base[0] + dx, base[1] + 6], 40, deg)
    els.push({ t: "line", d: `M${from[0].toFixed(1)} ${from[1].toFixed(1)}L${to[0].toFixed(1)} ${to[1].toFixed(1)}`, w: 0.8 })
  }
  return { elements: els, focus: [100, 96] }
}
