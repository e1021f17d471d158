import { mix, shade } from "../../color"
import { url } from "../defs"
import { curve, num, polar, type Pt } from "../geometry"
import { threadColors } from "../palette"
import { couchedLine } from "../stitches"
import type { SilhouetteContext } from "./types"

/** Silk colour for cords and tassels: the thread colour, the ground, or a festive red. */
export function trimColor(ctx: SilhouetteContext): string {
  const choice = ctx.rng.fork("trim").int(0, 2)
  if (choice === 0) return threadColors(ctx.stitch.thread, "primary").mid
  if (choice === 1) return "#b0242a"
  return shade(ctx.ground, -0.15)
}

/** A twisted silk cord along a path, `width` in pixels. */
export function cord(d: string, color: string, width: number): string {
  return (
    `<g fill="none" stroke-linecap="round" stroke-linejoin="round">` +
    `<path d="${d}" stroke="${shade(color, -0.45)}" stroke-width="${num(width + 2)}"/>` +
    `<path d="${d}" stroke="${color}" stroke-width="${num(width)}"/>` +
    `<path d="${d}" stroke="${shade(color, 0.35)}" stroke-width="${num(width * 0.45)}" stroke-dasharray="${num(width * 0.9)} ${num(width * 0.7)}"/>` +
    `</g>`
  )
}

/** A bead or knot, `r` in pixels. */
export function knot(ctx: SilhouetteContext, c: Pt, r: number, color: string): string {
  const id = ctx.defs.add(
    `kn${color.slice(1)}`,
    (gid) =>
      `<radialGradient id="${gid}" cx=".35" cy=".32" r=".75"><stop offset="0" stop-color="${shade(color, 0.6)}"/>` +
      `<stop offset=".4" stop-color="${color}"/><stop offset="1" stop-color="${shade(color, -0.55)}"/></radialGradient>`,
  )
  return `<circle cx="${num(c[0])}" cy="${num(c[1])}" r="${num(r)}" fill="${url(id)}"/>`
}

/**
 * A silk tassel hanging from `top` in direction `deg` (90 = straight down):
 * a knot, a bound head and many loose strands that sway a little.
 */
export function tassel(ctx: SilhouetteContext, top: Pt, length: number, color: string, deg = 90, scale = 1): string {
  const rng = ctx.rng.fork(`tassel${num(top[0])}${num(top[1])}`)
  const head = polar(top, 26 * scale, deg)
  const neck = polar(top, 54 * scale, deg)
  const perp = deg + 90
  let strands = ""
  const count = 34
  for (let i = 0; i < count; i++) {
    const u = i / (count - 1) - 0.5
    const start = polar(neck, u * 30 * scale, perp)
    const spread = u * 58 * scale + rng.around(0, 4)
    const len = length * rng.around(1, 0.05)
    const mid = polar(polar(start, len * 0.5, deg + rng.around(0, 3)), spread * 0.5, perp)
    const end = polar(polar(start, len, deg + rng.around(0, 4)), spread, perp)
    const tone = mix(shade(color, -0.3), shade(color, 0.25), rng.float())
    strands += `<path d="${curve([start, mid, end])}" stroke="${tone}" stroke-width="${num(rng.range(2.2, 3.6) * scale)}"/>`
  }
  const headBody = curve(
    [polar(top, 14 * scale, perp), polar(head, 22 * scale, perp), polar(neck, 18 * scale, perp), polar(neck, -18 * scale, perp), polar(head, -22 * scale, perp), polar(top, -14 * scale, perp)],
    true,
  )
  const band = polar(neck, -8 * scale, deg)
  const gold = threadColors(ctx.stitch.thread, "primary")
  return (
    `<g fill="none" stroke-linecap="round">${strands}</g>` +
    `<path d="${headBody}" fill="${color}"/>` +
    `<path d="${headBody}" fill="${url(ctx.defs.add("tsh", (id) => `<linearGradient id="${id}"><stop offset="0" stop-color="#000" stop-opacity=".35"/><stop offset=".4" stop-color="#fff" stop-opacity=".25"/><stop offset="1" stop-color="#000" stop-opacity=".4"/></linearGradient>`))}"/>` +
    couchedLine(ctx.stitch, `M${num(polar(band, 19 * scale, perp)[0])} ${num(polar(band, 19 * scale, perp)[1])}L${num(polar(band, -19 * scale, perp)[0])} ${num(polar(band, -19 * scale, perp)[1])}`, 7 * scale, "primary", 3) +
    knot(ctx, top, 13 * scale, gold.mid)
  )
}

/** A couched gold border line, widths in pixels. */
export function border(ctx: SilhouetteContext, d: string, width = 6): string {
  return couchedLine(ctx.stitch, d, width, "primary", 3)
}
