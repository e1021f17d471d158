import { circle, curve, petal, polar, polyline, ribbon, sample, spiral, type Pt } from "../geometry"
import type { Rng } from "../../prng"
import type { MotifDrawer, MotifElement } from "./art"

/** A long tail plume: satin quill with an eye near the tip and a curl at the end. */
function plume(els: MotifElement[], rng: Rng, pts: Pt[], width: number): void {
  const line = sample(pts, 8)
  const along = (t: number) => line[Math.min(line.length - 1, Math.round(t * (line.length - 1)))]
  const dir = (t: number) => {
    const a = along(Math.max(0, t - 0.05))
    const b = along(Math.min(1, t + 0.05))
    return (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI
  }
  els.push({ t: "satin", d: ribbon(pts, (t) => width * Math.sin(Math.PI * (0.15 + 0.8 * t)) + 1, 8), angle: dir(0.5) + 30, outline: 1.2 })
  els.push({ t: "line", d: curve(line.filter((_, i) => i % 4 === 0 || i === line.length - 1).slice(0, -1)), w: 0.9, tone: "secondary" })
  const eyeAt = along(0.74)
  const a = dir(0.74)
  els.push({ t: "satin", d: petal(polar(eyeAt, -9, a), a, 22, width * 1.25, { tip: "round", profile: [0.8, 1, 0.9] }), angle: a + 90, tone: "secondary", outline: 1.1 })
  els.push({ t: "satin", d: circle(polar(eyeAt, 3, a), width * 0.32), angle: a, tone: "red", outline: 1 })
  const end = line[line.length - 1]
  els.push({ t: "line", d: spiral(polar(end, 5, dir(1) + 90), 1, 6, dir(1) + 180, rng.chance(0.5) ? 0.9 : -0.9, 12), w: 1.1 })
}

/** 鳳: a phoenix turning its head back, wings raised, long plumes sweeping below. */
export const phoenix: MotifDrawer = (rng) => {
  const els: MotifElement[] = []
  plume(els, rng, [[112, 112], [140, 128], [164, 152], [176, 180], [168, 198]], 12)
  plume(els, rng, [[116, 106], [150, 110], [178, 124], [196, 148]], 10)
  plume(els, rng, [[108, 116], [124, 144], [130, 170], [118, 196]], 10)
  for (const [pts, w] of [
    [[[110, 110], [148, 142], [156, 172], [148, 190]], 1.3],
    [[[112, 108], [160, 122], [186, 110]], 1.2],
  ] as [Pt[], number][]) {
    els.push({ t: "line", d: curve(pts), w })
  }

  // far wing
  for (let i = 0; i < 6; i++) {
    const a = -16 - i * 11 + rng.around(0, 3)
    els.push({ t: "satin", d: petal([112, 92], a, 44 + i * 3, 12, { profile: [0.8, 1, 0.7], curl: -0.06 }), angle: a - 20, tone: "secondary", outline: 1 })
  }
  // body
  els.push({ t: "couched", d: ribbon([[70, 82], [88, 98], [112, 108], [126, 108]], (t) => 14 + 16 * Math.sin(Math.PI * t)), angle: 30, outline: 1.4 })
  els.push({ t: "scales", d: ribbon([[76, 86], [90, 98], [110, 106]], (t) => 8 + 12 * Math.sin(Math.PI * t)), angle: 210, size: 6 })
  // near wing: flight feathers, then coverts
  for (let i = 0; i < 7; i++) {
    const a = -122 + i * 14 + rng.around(0, 3)
    const len = 52 + Math.sin((i / 6) * Math.PI) * 18
    els.push({ t: "satin", d: petal([98, 92], a, len, 14, { profile: [0.75, 1, 0.75], curl: 0.05 }), angle: a + 18, outline: 1.1 })
  }
  for (let i = 0; i < 6; i++) {
    const a = -118 + i * 15
    els.push({ t: "satin", d: petal([98, 94], a, 30, 16, { tip: "round", profile: [0.8, 1, 0.9] }), angle: a - 35, tone: "secondary", outline: 1 })
  }
  // neck, head turned back, beak, crest, wattle
  els.push({ t: "couched", d: ribbon([[80, 92], [66, 76], [56, 58], [52, 44]], (t) => 16 - 8 * t), angle: 80, outline: 1.3 })
  const head: Pt = [50, 40]
  els.push({ t: "satin", d: circle(head, 9), angle: 20, outline: 1.3 })
  els.push({ t: "satin", d: polyline([[42, 36], [26, 44], [42, 45]], true), angle: 160, tone: "secondary", outline: 1 })
  els.push({ t: "satin", d: petal([44, 48], 110, 12, 7, { tip: "round" }), angle: 110, tone: "red", outline: 0.9 })
  els.push({ t: "dot", c: [50, 38], r: 2.4, tone: "ink" })
  for (const [mid, tip] of [
    [[58, 22], [70, 16]],
    [[52, 18], [58, 6]],
    [[62, 30], [78, 28]],
  ] as [Pt, Pt][]) {
    els.push({ t: "line", d: curve([[52, 32], mid, tip]), w: 1.1 })
    els.push({ t: "dot", c: tip, r: 2.4 })
  }
  return { elements: els, focus: [66, 60] }
}
