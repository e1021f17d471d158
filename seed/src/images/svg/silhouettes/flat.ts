import { luminance, shade } from "../../color"
import { url } from "../defs"
import { curve, lerp, num, polyline, type Pt } from "../geometry"
import { wood } from "../materials"
import { border, cord, tassel, trimColor } from "./trimmings"
import type { SilhouetteDrawer } from "./types"

/** 鏡框: embroidery behind a bevelled mat in a moulded wooden frame. */
export const framed: SilhouetteDrawer = (ctx) => {
  const o = { x0: 180, y0: 170, x1: 1020, y1: 1010 }
  const fw = 66
  const mat = 80
  const i = { x0: o.x0 + fw, y0: o.y0 + fw, x1: o.x1 - fw, y1: o.y1 - fw }
  const w = { x0: i.x0 + mat, y0: i.y0 + mat, x1: i.x1 - mat, y1: i.y1 - mat }
  const rect = (r: typeof o) => `M${r.x0} ${r.y0}H${r.x1}V${r.y1}H${r.x0}Z`
  const tone = ctx.rng.pick(["rosewood", "walnut"] as const)
  const side = (pts: Pt[], light: number) =>
    `<path d="${polyline(pts, true)}" fill="${url(wood(ctx.defs, tone, pts[0][1] === pts[1][1] ? 90 : 0))}"/>` +
    `<path d="${polyline(pts, true)}" fill="${light > 0 ? "#fff" : "#000"}" fill-opacity="${Math.abs(light)}"/>`
  const frame =
    side([[o.x0, o.y0], [o.x1, o.y0], [i.x1, i.y0], [i.x0, i.y0]], 0.12) +
    side([[o.x1, o.y0], [o.x1, o.y1], [i.x1, i.y1], [i.x1, i.y0]], -0.18) +
    side([[o.x1, o.y1], [o.x0, o.y1], [i.x0, i.y1], [i.x1, i.y1]], -0.3) +
    side([[o.x0, o.y1], [o.x0, o.y0], [i.x0, i.y0], [i.x0, i.y1]], 0.04) +
    `<path d="${rect(o)}" fill="none" stroke="#1c0f08" stroke-width="3"/>` +
    `<path d="${rect({ x0: o.x0 + 14, y0: o.y0 + 14, x1: o.x1 - 14, y1: o.y1 - 14 })}" fill="none" stroke="#000" stroke-opacity=".25" stroke-width="3"/>` +
    `<path d="${rect({ x0: o.x0 + 17, y0: o.y0 + 17, x1: o.x1 - 17, y1: o.y1 - 17 })}" fill="none" stroke="#fff" stroke-opacity=".15" stroke-width="2"/>` +
    `<path d="${rect(i)}" fill="none" stroke="#120904" stroke-width="4"/>`
  const matColor = luminance(ctx.ground) > 0.5 ? "#34302b" : "#f2ede3"
  const bevel = 9
  const b = { x0: w.x0 - bevel, y0: w.y0 - bevel, x1: w.x1 + bevel, y1: w.y1 + bevel }
  const matSvg =
    `<path d="${rect(i)}${rect(b)}" fill="${matColor}" fill-rule="evenodd"/>` +
    `<path d="${rect(b)}${rect(w)}" fill="#fbf8f1" fill-rule="evenodd"/>` +
    `<path d="M${b.x0} ${b.y0}H${b.x1}L${w.x1} ${w.y0}H${w.x0}Z" fill="#000" fill-opacity=".12"/>` +
    `<path d="M${b.x0} ${b.y0}V${b.y1}L${w.x0} ${w.y1}V${w.y0}Z" fill="#000" fill-opacity=".06"/>` +
    // the frame casts a soft shadow onto the mat from the upper left
    `<path d="M${i.x0} ${i.y0}H${i.x1}V${i.y0 + 12}H${i.x0 + 12}V${i.y1}H${i.x0}Z" fill="#000" fill-opacity=".12"/>`
  return {
    shadow: { c: [610, 600], rx: 430, ry: 430 },
    tilt: ctx.rng.around(0, 1),
    back: "",
    fabric: rect(w),
    light: "flat",
    motifs: [{ center: [600, 590], size: 540 }],
    front:
      `<path d="M${w.x0} ${w.y0}H${w.x1}V${w.y0 + 10}H${w.x0 + 10}V${w.y1}H${w.x0}Z" fill="#000" fill-opacity=".18"/>` + matSvg + frame,
  }
}

/** 抱枕: a plump square cushion with piping and a couched frame round the motif. */
export const cushion: SilhouetteDrawer = (ctx) => {
  const rng = ctx.rng
  const body = "M228 232C420 262 780 262 972 232C942 420 942 780 972 968C780 938 420 938 228 968C258 780 258 420 228 232Z"
  let creases = ""
  const soft = ctx.defs.add("crs", (id) => `<filter id="${id}" x="-20%" y="-20%" width="140%" height="140%"><feGaussianBlur stdDeviation="4"/></filter>`)
  const corners: [Pt, Pt][] = [
    [[228, 232], [1, 1]],
    [[972, 232], [-1, 1]],
    [[972, 968], [-1, -1]],
    [[228, 968], [1, -1]],
  ]
  for (const [[x0, y0], [dx, dy]] of corners) {
    const x = x0 + dx * 22
    const y = y0 + dy * 22
    const len = rng.range(110, 160)
    const bend = rng.around(0, 18)
    const end: Pt = [x + dx * len * 0.72, y + dy * len * 0.72]
    const mid: Pt = [x + dx * len * 0.36 + dy * bend, y + dy * len * 0.36 - dx * bend]
    creases += `<path d="${curve([[x, y], mid, end])}" fill="none" stroke="#000" stroke-opacity=".14" stroke-width="10" stroke-linecap="round" filter="${url(soft)}"/>`
    creases += `<path d="${curve([[x + 7, y + 7], [mid[0] + 7, mid[1] + 7], [end[0] + 6, end[1] + 6]])}" fill="none" stroke="#fff" stroke-opacity=".12" stroke-width="6" stroke-linecap="round" filter="${url(soft)}"/>`
  }
  const puff = ctx.defs.add(
    "puff",
    (id) =>
      `<radialGradient id="${id}" cx=".4" cy=".36" r=".8"><stop offset="0" stop-color="#fff" stop-opacity=".12"/>` +
      `<stop offset=".45" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity=".32"/></radialGradient>`,
  )
  return {
    shadow: { c: [615, 620], rx: 400, ry: 390 },
    tilt: rng.around(0, 4),
    back: "",
    fabric: body,
    light: "soft",
    motifs: [{ center: [600, 600], size: 520 }],
    front:
      `<path d="${body}" fill="${url(puff)}"/>` +
      creases +
      cord(body, trimColor(ctx), 12),
  }
}

/** 桌旗: a pointed table runner lying on a table, seen in perspective. */
export const tableRunner: SilhouetteDrawer = (ctx) => {
  const farL: Pt = [448, 262]
  const farR: Pt = [752, 262]
  const nearR: Pt = [905, 990]
  const nearL: Pt = [295, 990]
  const farTip: Pt = [600, 226]
  const nearTip: Pt = [600, 1078]
  const outline = [farTip, farR, nearR, nearTip, nearL, farL]
  const fabric = polyline(outline, true)
  const centre: Pt = [600, 640]
  const inner = outline.map((p) => lerp(p, [centre[0], p[1] < 640 ? p[1] + 8 : p[1] - 14], 0.1))
  const haze = ctx.defs.add(
    "haze",
    (id) =>
      `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#fff" stop-opacity=".14"/>` +
      `<stop offset=".5" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity=".12"/></linearGradient>`,
  )
  const trim = trimColor(ctx)
  return {
    setting: tableTop(ctx),
    lift: "flat",
    back: "",
    fabric,
    light: "flat",
    motifs: [
      { center: [600, 420], size: 270, height: 170, scaleY: 0.55 },
      { center: [600, 770], size: 480, height: 330, scaleY: 0.66 },
    ],
    front:
      `<path d="${fabric}" fill="${url(haze)}"/>` +
      border(ctx, polyline(inner, true), 5) +
      tassel(ctx, farTip, 42, trim, -90, 0.4) +
      tassel(ctx, nearTip, 56, trim, 90, 0.62),
  }
}

/** 絲巾: a silk scarf laid flat in soft folds, fringed at both ends, with a second layer beneath. */
export const scarf: SilhouetteDrawer = (ctx) => {
  const rng = ctx.rng
  const corners: Pt[] = [
    [170, 230],
    [1050, 180],
    [1070, 920],
    [150, 990],
  ]
  const edge = (a: Pt, b: Pt, n: number, amp: number): Pt[] => {
    const pts: Pt[] = []
    for (let i = 0; i < n; i++) {
      const t = i / n
      const p = lerp(a, b, t)
      const nx = -(b[1] - a[1])
      const ny = b[0] - a[0]
      const len = Math.hypot(nx, ny)
      const wave = i === 0 ? 0 : Math.sin(t * Math.PI * 3 + rng.float()) * amp
      pts.push([p[0] + (nx / len) * wave, p[1] + (ny / len) * wave])
    }
    return pts
  }
  const outline = [
    ...edge(corners[0], corners[1], 6, 8),
    ...edge(corners[1], corners[2], 2, 0),
    ...edge(corners[2], corners[3], 6, 10),
    ...edge(corners[3], corners[0], 2, 0),
  ]
  const fabric = curve(outline, true, 0.4)
  const under = curve(
    outline.map(([x, y]) => [x + 34, y + 58] as Pt),
    true,
    0.4,
  )
  const fringe = (a: Pt, b: Pt, dir: number, dy = 0) => {
    let d = ""
    for (let i = 0; i <= 40; i++) {
      const p = lerp(a, b, i / 40)
      const len = rng.range(42, 56)
      d += `M${num(p[0])} ${num(p[1] + dy)}l${num(dir * len)} ${num(rng.around(0, 5))}`
    }
    return d
  }
  const trim = shade(ctx.ground, luminance(ctx.ground) > 0.4 ? -0.2 : 0.15)
  const fringeSvg = (d: string) =>
    `<path d="${d}" fill="none" stroke="${shade(trim, -0.35)}" stroke-width="4" stroke-linecap="round"/>` +
    `<path d="${d}" fill="none" stroke="${trim}" stroke-width="2.4" stroke-linecap="round"/>`
  const folds = ctx.defs.add(
    "fold",
    (id) => {
      let stops = ""
      const n = 7
      for (let i = 0; i <= n; i++) {
        const o = i / n
        const light = i % 2 === 0
        stops += `<stop offset="${num(o)}" stop-color="${light ? "#fff" : "#000"}" stop-opacity="${light ? ".1" : ".16"}"/>`
      }
      return `<linearGradient id="${id}" x1="0" y1=".2" x2="1" y2=".8">${stops}</linearGradient>`
    },
  )
  const innerBorder = polyline(
    corners.map((p) => lerp(p, [610, 580], 0.09)),
    true,
  )
  return {
    shadow: { c: [620, 640], rx: 470, ry: 400 },
    lift: "flat",
    tilt: rng.around(-3, 2),
    back:
      fringeSvg(fringe([184, 288], [184, 1048], -1)) +
      fringeSvg(fringe([1104, 238], [1104, 978], 1)) +
      `<path d="${under}" fill="${shade(ctx.ground, -0.25)}"/>` +
      fringeSvg(fringe(corners[0], corners[3], -1)) +
      fringeSvg(fringe(corners[1], corners[2], 1)),
    fabric,
    light: "flat",
    motifs: [
      { center: [660, 600], size: 560 },
      { center: [300, 360], size: 200, mirror: true },
    ],
    front: `<path d="${fabric}" fill="${url(folds)}"/>` + border(ctx, innerBorder, 5),
  }
}

/** A wooden table top receding towards the back of the set, planks converging. */
function tableTop(ctx: Parameters<SilhouetteDrawer>[0]): string {
  const top = 150
  const surface = `M-10 1210L1210 1210L1210 ${top}L-10 ${top}Z`
  const grad = ctx.defs.add(
    "table",
    (id) =>
      `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#b59270"/>` +
      `<stop offset=".45" stop-color="#8d6645"/><stop offset="1" stop-color="#5a3b24"/></linearGradient>`,
  )
  let planks = ""
  // planks run away from the viewer towards a vanishing point above the set
  const vanish: Pt = [600, -700]
  for (let i = -4; i <= 4; i++) {
    const xb = 600 + i * 260 + 40
    const t = (top - 1200) / (vanish[1] - 1200)
    planks += `M${num(xb + (vanish[0] - xb) * t)} ${top}L${num(xb)} 1200`
  }
  return (
    `<path d="${surface}" fill="${url(grad)}"/>` +
    `<path d="${planks}" stroke="#3a2616" stroke-opacity=".35" stroke-width="2"/>` +
    `<path d="M-10 ${top}H1210" stroke="#fff" stroke-opacity=".35" stroke-width="3"/>` +
    `<path d="${surface}" fill="${url(ctx.defs.add("tsh2", (id) => `<radialGradient id="${id}" cx=".5" cy=".35" r=".7"><stop offset="0" stop-color="#fff" stop-opacity=".18"/><stop offset="1" stop-color="#000" stop-opacity=".25"/></radialGradient>`))}"/>`
  )
}
