import { mix } from "../color"
import type { Thread } from "../types"
import { Defs, url } from "./defs"
import { num, type Pt } from "./geometry"
import { threadColors, toneKey, type ThreadColors, type Tone } from "./palette"

/**
 * Stitch primitives. Everything is drawn in motif units (a 200 x 200 box); patterns use
 * userSpaceOnUse so the stitches scale with the motif, and a close-up shows single threads.
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

/** Across-the-thread shading: dark valleys between threads, a bright ridge on each. */
function threadShade(defs: Defs): string {
  return defs.add(
    "ts",
    (id) =>
      `<linearGradient id="${id}" x1="0" y1="0" x2="1" y2="0">` +
      `<stop offset="0" stop-color="#000" stop-opacity=".55"/>` +
      `<stop offset=".22" stop-color="#000" stop-opacity=".08"/>` +
      `<stop offset=".5" stop-color="#fff" stop-opacity=".38"/>` +
      `<stop offset=".74" stop-color="#000" stop-opacity="0"/>` +
      `<stop offset="1" stop-color="#000" stop-opacity=".5"/>` +
      `</linearGradient>`,
  )
}

function satinPattern(ctx: StitchContext, angle: number): string {
  const shade = threadShade(ctx.defs)
  return ctx.defs.add(
    `sp${angle}`,
    (id) =>
      `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${SATIN_PITCH}" height="24" patternTransform="rotate(${angle - 90})">` +
      `<rect width="${SATIN_PITCH}" height="24" fill="${url(shade)}"/></pattern>`,
  )
}

function couchPattern(ctx: StitchContext, angle: number): string {
  const shade = threadShade(ctx.defs)
  const w = COUCH_ROW
  const h = 7
  return ctx.defs.add(
    `cp${angle}`,
    (id) =>
      `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${num(w * 2)}" height="${h}" patternTransform="rotate(${angle - 90})">` +
      `<rect width="${w}" height="${h}" fill="${url(shade)}"/>` +
      `<rect x="${w}" width="${w}" height="${h}" fill="${url(shade)}"/>` +
      `<rect y="0.2" width="${w}" height=".5" fill="#2a1a05" fill-opacity=".55"/>` +
      `<rect x="${w}" y="${num(h / 2)}" width="${w}" height=".5" fill="#2a1a05" fill-opacity=".55"/>` +
      `</pattern>`,
  )
}

/** Metal colour for threads lying at `angle`, with a soft sheen across the area. */
function metalGradient(ctx: StitchContext, angle: number, tone: Tone): string {
  const c = colors(ctx, tone)
  const b = tone === "ink" || tone === "red" ? 0.5 : sheen(ctx, angle)
  const base = mix(c.dark, c.light, 0.12 + 0.8 * b)
  return ctx.defs.add(
    `mg${toneKey(ctx.thread, tone)}${angle}`,
    (id) =>
      `<linearGradient id="${id}" gradientTransform="rotate(${angle} .5 .5)">` +
      `<stop offset="0" stop-color="${mix(base, c.deep, 0.45)}"/>` +
      `<stop offset=".42" stop-color="${base}"/>` +
      `<stop offset=".6" stop-color="${mix(base, c.glint, 0.5)}"/>` +
      `<stop offset=".78" stop-color="${base}"/>` +
      `<stop offset="1" stop-color="${mix(base, c.deep, 0.35)}"/>` +
      `</linearGradient>`,
  )
}

/** Satin stitch: long parallel threads filling a shape. */
export function satin(ctx: StitchContext, d: string, angle: number, tone: Tone = "primary"): string {
  const a = quantize(angle)
  return `<path d="${d}" fill="${url(metalGradient(ctx, a, tone))}"/><path d="${d}" fill="${url(satinPattern(ctx, a))}"/>`
}

/** 盤金 couching: rows of thick gold thread laid side by side and tacked down in a brick rhythm. */
export function couchedFill(ctx: StitchContext, d: string, angle: number, tone: Tone = "primary"): string {
  const a = quantize(angle)
  return `<path d="${d}" fill="${url(metalGradient(ctx, a, tone))}"/><path d="${d}" fill="${url(couchPattern(ctx, a))}"/>`
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
  return (
    `<g fill="none" stroke-linecap="round" stroke-linejoin="round">` +
    `<path d="${d}" stroke="${c.deep}" stroke-width="${num(w + 0.9 * unit)}" stroke-opacity=".85"/>` +
    `<path d="${d}" stroke="${c.mid}" stroke-width="${num(w)}"/>` +
    `<path d="${d}" stroke="${c.light}" stroke-width="${num(w * 0.42)}" transform="translate(${off} ${off})"/>` +
    `<path d="${d}" stroke="${c.glint}" stroke-width="${num(w * 0.2)}" stroke-dasharray="${u(1)} ${u(1.4)}" stroke-opacity=".7" transform="translate(${off} ${off})"/>` +
    `<path d="${d}" stroke="${c.deep}" stroke-width="${num(w + 0.5 * unit)}" stroke-dasharray="${u(0.45)} ${u(2.4)}" stroke-linecap="butt" stroke-opacity=".9"/>` +
    `</g>`
  )
}

/** Fish or dragon scales: couched scallops over a filled body. */
export function scales(ctx: StitchContext, d: string, angle: number, size: number, tone: Tone = "primary"): string {
  const c = colors(ctx, tone)
  const s = size
  const h = num(s / 2)
  const arcs = `M0 0A${h} ${h} 0 0 0 ${num(s)} 0M${num(-s / 2)} ${h}A${h} ${h} 0 0 0 ${h} ${h}M${h} ${h}A${h} ${h} 0 0 0 ${num(s * 1.5)} ${h}`
  const id = ctx.defs.add(
    `sc${toneKey(ctx.thread, tone)}${quantize(angle)}${Math.round(s * 10)}`,
    (pid) =>
      `<pattern id="${pid}" patternUnits="userSpaceOnUse" width="${num(s)}" height="${num(s)}" patternTransform="rotate(${quantize(angle) - 90})">` +
      `<path d="${arcs}" fill="none" stroke="${c.deep}" stroke-width="1.3"/>` +
      `<path d="${arcs}" fill="none" stroke="${c.light}" stroke-width=".6" transform="translate(-.2 -.3)"/>` +
      `</pattern>`,
  )
  return `<path d="${d}" fill="${url(id)}"/>`
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
