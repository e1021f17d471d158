import { mix, shade } from "../color"
import type { Rng } from "../prng"
import { Defs, url } from "./defs"
import { num, type Pt } from "./geometry"

const PAPERS = ["#efe9df", "#ebe7e2", "#f2ece2", "#e8e3da", "#efebe6", "#ede4d8"]

/** A seamless-paper studio backdrop: light from above, falling off into soft corners. */
export function studioBackdrop(defs: Defs, rng: Rng, size: number): string {
  const paper = mix(rng.pick(PAPERS), rng.pick(PAPERS), rng.float())
  const sweep = defs.add(
    "bgs",
    (id) =>
      `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1">` +
      `<stop offset="0" stop-color="${shade(paper, 0.3)}"/>` +
      `<stop offset=".55" stop-color="${paper}"/>` +
      `<stop offset="1" stop-color="${shade(paper, -0.09)}"/></linearGradient>`,
  )
  const glow = defs.add(
    "bgg",
    (id) =>
      `<radialGradient id="${id}" cx="${num(rng.range(0.4, 0.6))}" cy=".32" r=".62">` +
      `<stop offset="0" stop-color="#fff" stop-opacity=".55"/>` +
      `<stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient>`,
  )
  const vignette = defs.add(
    "bgv",
    (id) =>
      `<radialGradient id="${id}" cx=".5" cy=".45" r=".75">` +
      `<stop offset=".6" stop-color="#3a2e22" stop-opacity="0"/>` +
      `<stop offset="1" stop-color="#3a2e22" stop-opacity=".22"/></radialGradient>`,
  )
  const s = num(size)
  return (
    `<rect width="${s}" height="${s}" fill="${url(sweep)}"/>` +
    `<rect width="${s}" height="${s}" fill="${url(glow)}"/>` +
    `<rect width="${s}" height="${s}" fill="${url(vignette)}"/>`
  )
}

/** Soft contact shadow on the backdrop under an object. */
export function contactShadow(defs: Defs, c: Pt, rx: number, ry: number): string {
  const blur = defs.add(
    "csb",
    (id) =>
      `<filter id="${id}" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="22"/></filter>`,
  )
  return `<ellipse cx="${num(c[0])}" cy="${num(c[1])}" rx="${num(rx)}" ry="${num(ry)}" fill="#2b1f14" fill-opacity=".16" filter="${url(blur)}"/>`
}

/** Drop shadow for the whole object: a wide soft one and a tight contact one. */
export function dropShadowFilter(defs: Defs, lift: "flat" | "raised" = "raised"): string {
  const far = lift === "flat" ? { blur: 7, dx: 3, dy: 8 } : { blur: 16, dx: 8, dy: 22 }
  return defs.add(
    `drop${lift}`,
    (id) =>
      `<filter id="${id}" x="-15%" y="-15%" width="130%" height="140%">` +
      `<feGaussianBlur in="SourceAlpha" stdDeviation="${far.blur}" result="b1"/>` +
      `<feOffset in="b1" dx="${far.dx}" dy="${far.dy}" result="o1"/>` +
      `<feComponentTransfer in="o1" result="s1"><feFuncA type="linear" slope=".32"/></feComponentTransfer>` +
      `<feGaussianBlur in="SourceAlpha" stdDeviation="3" result="b2"/>` +
      `<feOffset in="b2" dx="2" dy="4" result="o2"/>` +
      `<feComponentTransfer in="o2" result="s2"><feFuncA type="linear" slope=".35"/></feComponentTransfer>` +
      `<feMerge><feMergeNode in="s1"/><feMergeNode in="s2"/><feMergeNode in="SourceGraphic"/></feMerge>` +
      `</filter>`,
  )
}
