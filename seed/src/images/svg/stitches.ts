import { mix } from "../color"
import type { Thread } from "../types"
import { Defs, url } from "./defs"
import { hatch, num, pathBounds, type Pt } from "./geometry"
import { threadColors, toneKey, type ThreadColors, type Tone } from "./palette"

/**
 * Stitch primitives. Everything is drawn in motif units (a 200 x 200 box) as real strokes, so
 * the stitches scale with the motif and a close-up shows single threads. (Rotated SVG
 * patterns would be simpler, but librsvg renders them many times slower.)
 */
export type StitchContext = {
  defs: Defs
  thread: Thread
  /** direction of the key light in degrees; threads lying across it shine brightest */
  light: number
}

/** Distance between neighbouring satin threads, in motif units. */
const SATIN_PITCH = 1.5
/** Width of one couched gold thread row. */
const COUCH_ROW = 2.2

const quantize = (deg: number) => {
  const q = Math.round(deg / 5) * 5
  return ((q % 180) + 180) % 180
}

/** How much a flat metal thread in direction `deg` reflects the light, 0..1. */
function sheen(ctx: StitchContext, deg: number): number {
  const a = ((deg - ctx.light) * Math.PI) / 180
  return 0.5 + 0.5 * Math.cos(2 * a)
}

function colors(ctx: StitchContext, tone: Tone): ThreadColors {
  return threadColors(ctx.thread, tone)
}

/** A small deterministic scramble so neighbouring threads catch the light a little differently. */
const jitter = (k: number, salt: number) => (((k * 2654435761) ^ (salt * 40503)) >>> 0) % 97 / 97

function segs(list: [Pt, Pt, number][]): string {
  return list.map(([a, b]) => `M${num(a[0])} ${num(a[1])}L${num(b[0])} ${num(b[1])}`).join("")
}

function clipFor(ctx: StitchContext, d: string): string {
  const id = ctx.defs.unique("r")
  return ctx.defs.add(id, (cid) => `<clipPath id="${cid}"><path d="${d}"/></clipPath>`)
}

/** Metal colour for threads lying at `angle`, with a soft sheen across the area. */
function metalGradient(ctx: StitchContext, angle: number, tone: Tone): string {
  const c = colors(ctx, tone)
  const b = tone === "ink" || tone === "red" ? 0.55 : sheen(ctx, angle)
  const base = b < 0.5 ? mix(c.deep, c.mid, 0.35 + b * 1.3) : mix(c.mid, c.light, (b - 0.5) * 1.4)
  return ctx.defs.add(
    `mg${toneKey(ctx.thread, tone)}${angle}`,
    (id) =>
      `<linearGradient id="${id}" gradientTransform="rotate(${angle} .5 .5)">` +
      `<stop offset="0" stop-color="${mix(base, c.deep, 0.5)}"/>` +
      `<stop offset=".4" stop-color="${base}"/>` +
      `<stop offset=".6" stop-color="${mix(base, c.light, 0.6)}"/>` +
      `<stop offset=".78" stop-color="${base}"/>` +
      `<stop offset="1" stop-color="${mix(base, c.deep, 0.4)}"/>` +
      `</linearGradient>`,
  )
}

/**
 * Thread texture over a filled area: dark valleys between threads and a bright crown on
 * each, as strokes clipped to the shape.
 */
type Threads = { lines: [Pt, Pt, number][]; clip: string; valleys: string; crowns: [string, string] }

function threads(ctx: StitchContext, d: string, angle: number, pitch: number): Threads {
  const lines = hatch(pathBounds(d), angle, pitch)
  const nx = -Math.sin((angle * Math.PI) / 180) * pitch * 0.38
  const ny = Math.cos((angle * Math.PI) / 180) * pitch * 0.38
  const bright = lines.filter(([, , k]) => jitter(k, angle) > 0.45)
  const dull = lines.filter(([, , k]) => jitter(k, angle) <= 0.45)
  const shift = (list: [Pt, Pt, number][]) => list.map(([a, b, k]) => [[a[0] + nx, a[1] + ny], [b[0] + nx, b[1] + ny], k] as [Pt, Pt, number])
  return { lines, clip: clipFor(ctx, d), valleys: segs(lines), crowns: [segs(shift(bright)), segs(shift(dull))] }
}

/** Satin stitch: long parallel threads filling a shape. */
export function satin(ctx: StitchContext, d: string, angle: number, tone: Tone = "primary"): string {
  const a = quantize(angle)
  const t = threads(ctx, d, a, SATIN_PITCH)
  const c = colors(ctx, tone)
  return (
    `<path d="${d}" fill="${url(metalGradient(ctx, a, tone))}"/>` +
    `<g clip-path="${url(t.clip)}" fill="none">` +
    `<path d="${t.valleys}" stroke="${c.deep}" stroke-opacity=".16" stroke-width="${num(SATIN_PITCH * 0.7)}"/>` +
    `<path d="${t.valleys}" stroke="${c.deep}" stroke-opacity=".75" stroke-width="${num(SATIN_PITCH * 0.2)}"/>` +
    `<path d="${t.crowns[0]}" stroke="${c.light}" stroke-opacity=".7" stroke-width="${num(SATIN_PITCH * 0.32)}"/>` +
    `<path d="${t.crowns[0]}" stroke="${c.glint}" stroke-opacity=".6" stroke-width="${num(SATIN_PITCH * 0.1)}"/>` +
    `<path d="${t.crowns[1]}" stroke="${c.light}" stroke-opacity=".35" stroke-width="${num(SATIN_PITCH * 0.26)}"/>` +
    `</g>`
  )
}

/** 盤金 couching: rows of thick gold thread laid side by side and tacked down in a brick rhythm. */
export function couchedFill(ctx: StitchContext, d: string, angle: number, tone: Tone = "primary"): string {
  const a = quantize(angle)
  const t = threads(ctx, d, a, COUCH_ROW)
  const c = colors(ctx, tone)
  // tacking stitches: short bars across each row, staggered row to row
  const ux = Math.cos((a * Math.PI) / 180)
  const uy = Math.sin((a * Math.PI) / 180)
  const nx = -uy * COUCH_ROW * 0.5
  const ny = ux * COUCH_ROW * 0.5
  const spacing = 4.2
  let tacks = ""
  for (const [p, q, k] of t.lines) {
    const len = Math.hypot(q[0] - p[0], q[1] - p[1])
    for (let s = (k & 1 ? spacing / 2 : 0) + 1; s < len; s += spacing) {
      const x = p[0] + ux * s
      const y = p[1] + uy * s
      tacks += `M${num(x + nx)} ${num(y + ny)}L${num(x - nx)} ${num(y - ny)}`
    }
  }
  return (
    `<path d="${d}" fill="${url(metalGradient(ctx, a, tone))}"/>` +
    `<g clip-path="${url(t.clip)}" fill="none">` +
    `<path d="${t.valleys}" stroke="${c.deep}" stroke-opacity=".3" stroke-width="${num(COUCH_ROW * 0.6)}"/>` +
    `<path d="${t.valleys}" stroke="${c.deep}" stroke-opacity=".75" stroke-width="${num(COUCH_ROW * 0.16)}"/>` +
    `<path d="${t.crowns[0]}" stroke="${c.light}" stroke-opacity=".75" stroke-width="${num(COUCH_ROW * 0.26)}"/>` +
    `<path d="${t.crowns[0]}" stroke="${c.glint}" stroke-opacity=".6" stroke-width="${num(COUCH_ROW * 0.08)}"/>` +
    `<path d="${t.crowns[1]}" stroke="${c.light}" stroke-opacity=".4" stroke-width="${num(COUCH_ROW * 0.22)}"/>` +
    `<path d="${tacks}" stroke="${c.deep}" stroke-opacity=".85" stroke-width=".45"/>` +
    `</g>`
  )
}

/**
 * A raised couched outline: a thick laid thread with a dark edge, a highlight on its crown
 * and small tacking stitches across it.
 */
export function couchedLine(ctx: StitchContext, d: string, width: number, tone: Tone = "primary", unit = 1): string {
  const c = colors(ctx, tone)
  const w = width
  const u = (v: number) => num(v * unit)
  const off = num(-w * 0.14)
  // two gold threads laid side by side (the usual 盤金 pair), tacked down every few millimetres
  return (
    `<g fill="none" stroke-linecap="round" stroke-linejoin="round">` +
    `<path d="${d}" stroke="${c.deep}" stroke-width="${num(w + 0.6 * unit)}" stroke-opacity=".72"/>` +
    `<path d="${d}" stroke="${c.mid}" stroke-width="${num(w)}"/>` +
    `<path d="${d}" stroke="${c.light}" stroke-width="${num(w * 0.5)}" transform="translate(${off} ${off})"/>` +
    `<path d="${d}" stroke="${c.deep}" stroke-width="${num(w * 0.1)}" stroke-opacity=".45"/>` +
    `<path d="${d}" stroke="${c.glint}" stroke-width="${num(w * 0.18)}" stroke-dasharray="${u(1)} ${u(1.4)}" stroke-opacity=".7" transform="translate(${off} ${off})"/>` +
    `<path d="${d}" stroke="${c.deep}" stroke-width="${num(w + 0.3 * unit)}" stroke-dasharray="${u(0.32)} ${u(3)}" stroke-linecap="butt" stroke-opacity=".8"/>` +
    `</g>`
  )
}

/** Fish scales: rows of couched scallops over a filled body, opening towards `angle`. */
export function scales(ctx: StitchContext, d: string, angle: number, size: number, tone: Tone = "primary"): string {
  const c = colors(ctx, tone)
  const a = quantize(angle)
  const ux = Math.cos((a * Math.PI) / 180)
  const uy = Math.sin((a * Math.PI) / 180)
  const r = size / 2
  let arcs = ""
  for (const [p, q, k] of hatch(pathBounds(d), a, size * 0.8)) {
    const len = Math.hypot(q[0] - p[0], q[1] - p[1])
    // each scale: a half-circle whose chord lies across the row
    for (let s = k & 1 ? r : 0; s < len + size; s += size * 0.95) {
      const x = p[0] + ux * s
      const y = p[1] + uy * s
      const a1: Pt = [x - uy * r, y + ux * r]
      const a2: Pt = [x + uy * r, y - ux * r]
      arcs += `M${num(a1[0])} ${num(a1[1])}A${num(r)} ${num(r)} 0 0 0 ${num(a2[0])} ${num(a2[1])}`
    }
  }
  const clip = clipFor(ctx, d)
  return (
    `<g clip-path="${url(clip)}" fill="none">` +
    `<path d="${arcs}" stroke="${c.deep}" stroke-width="1.5"/>` +
    `<path d="${arcs}" stroke="${c.light}" stroke-width=".7" transform="translate(-.25 -.3)"/>` +
    `</g>`
  )
}

/** A French knot or a metal bead. */
export function bead(ctx: StitchContext, at: Pt, r: number, tone: Tone = "primary"): string {
  const c = colors(ctx, tone)
  const id = ctx.defs.add(
    `bd${toneKey(ctx.thread, tone)}`,
    (gid) =>
      `<radialGradient id="${gid}" cx=".38" cy=".35" r=".7">` +
      `<stop offset="0" stop-color="${c.glint}"/><stop offset=".35" stop-color="${c.light}"/>` +
      `<stop offset=".75" stop-color="${c.mid}"/><stop offset="1" stop-color="${c.deep}"/></radialGradient>`,
  )
  return `<circle cx="${num(at[0])}" cy="${num(at[1])}" r="${num(r)}" fill="${url(id)}" stroke="${c.deep}" stroke-width="${num(Math.min(0.5, r * 0.25))}"/>`
}
