import { url } from "../defs"
import { circle, num, polar, type Pt } from "../geometry"
import { brass, wood } from "../materials"
import { border, cord, tassel, trimColor } from "./trimmings"
import type { SilhouetteDrawer } from "./types"

/** 摺扇: a folding fan opened into an arc, pleated leaf on wooden ribs. */
export const foldingFan: SilhouetteDrawer = (ctx) => {
  const pivot: Pt = [600, 940]
  const outer = 590
  const inner = 250
  const half = 62
  const pleats = 16
  const arc = (r: number, from: number, to: number) => {
    const a = polar(pivot, r, from)
    const b = polar(pivot, r, to)
    return `M${num(a[0])} ${num(a[1])}A${r} ${r} 0 0 1 ${num(b[0])} ${num(b[1])}`
  }
  const from = -90 - half
  const to = -90 + half
  const leaf = (r1: number, r2: number, a1: number, a2: number) => {
    const p = polar(pivot, r1, a2)
    const q = polar(pivot, r1, a1)
    return `${arc(r2, a1, a2)}L${num(p[0])} ${num(p[1])}A${r1} ${r1} 0 0 0 ${num(q[0])} ${num(q[1])}Z`
  }
  const fabric = leaf(inner, outer, from, to)
  const stickWood = wood(ctx.defs, "rosewood", 0)

  let back = ""
  for (let i = 0; i <= pleats; i++) {
    const a = from + ((to - from) * i) / pleats
    const tip = polar(pivot, inner + 30, a)
    const left = polar(pivot, 10, a - 90)
    const right = polar(pivot, 10, a + 90)
    back += `<path d="M${num(left[0])} ${num(left[1])}L${num(tip[0])} ${num(tip[1])}L${num(right[0])} ${num(right[1])}Z" fill="${url(stickWood)}" stroke="#2b140c" stroke-width="1"/>`
  }

  let front = ""
  const step = (to - from) / pleats
  for (let i = 0; i < pleats; i++) {
    const a = from + step * i
    const fold = leaf(inner, outer, a, a + step / 2)
    const other = leaf(inner, outer, a + step / 2, a + step)
    front += `<path d="${fold}" fill="#fff" fill-opacity=".07"/><path d="${other}" fill="#000" fill-opacity=".11"/>`
    const c1 = polar(pivot, inner, a)
    const c2 = polar(pivot, outer, a)
    front += `<path d="M${num(c1[0])} ${num(c1[1])}L${num(c2[0])} ${num(c2[1])}" stroke="#000" stroke-opacity=".22" stroke-width="1.5"/>`
  }
  front += border(ctx, arc(outer - 16, from + 1.5, to - 1.5), 6)
  front += border(ctx, arc(inner + 14, from + 3, to - 3), 5)
  // guard sticks on both edges
  for (const a of [from - 1.2, to + 1.2]) {
    const tip = polar(pivot, outer + 8, a)
    const l = polar(pivot, 13, a - 90)
    const r = polar(pivot, 13, a + 90)
    const tl = polar(tip, 9, a - 90)
    const tr = polar(tip, 9, a + 90)
    front += `<path d="M${num(l[0])} ${num(l[1])}L${num(tl[0])} ${num(tl[1])}L${num(tr[0])} ${num(tr[1])}L${num(r[0])} ${num(r[1])}Z" fill="${url(wood(ctx.defs, "rosewood", a))}" stroke="#24110a" stroke-width="1.5"/>`
  }
  front += `<path d="${circle(pivot, 17)}" fill="${url(brass(ctx.defs, 45))}" stroke="#5a3f10" stroke-width="2"/>`
  front += cord(`M${pivot[0]} ${pivot[1] + 8}C${pivot[0] + 10} ${pivot[1] + 60} ${pivot[0] + 60} ${pivot[1] + 70} ${pivot[0] + 80} ${pivot[1] + 90}`, trimColor(ctx), 6)
  front += tassel(ctx, [pivot[0] + 80, pivot[1] + 92], 120, trimColor(ctx), 60, 0.8)

  return {
    tilt: ctx.rng.around(0, 2.5),
    back,
    fabric,
    light: "flat",
    motifs: [{ center: [600, 572], size: 410 }],
    front,
  }
}

/** 團扇: a round silk fan in a bamboo hoop, on a turned handle with a tassel. */
export const roundFan: SilhouetteDrawer = (ctx) => {
  const c: Pt = [600, 480]
  const r = 330
  const hoop = wood(ctx.defs, "bamboo", 45)
  const handle = wood(ctx.defs, "rosewood", 0)
  const back =
    `<path d="M585 ${c[1] + r - 20}L582 1010Q600 1030 618 1010L615 ${c[1] + r - 20}Z" fill="${url(handle)}" stroke="#2b140c" stroke-width="1.5"/>`
  const front =
    `<path d="${circle(c, r)}" fill="none" stroke="#3a2a14" stroke-width="20" stroke-opacity=".6"/>` +
    `<path d="${circle(c, r)}" fill="none" stroke="${url(hoop)}" stroke-width="15"/>` +
    border(ctx, circle(c, r - 22), 5) +
    `<rect x="578" y="${c[1] + r - 4}" width="44" height="26" rx="6" fill="${url(brass(ctx.defs, 0))}" stroke="#5a3f10" stroke-width="1.5"/>` +
    `<rect x="582" y="985" width="38" height="18" rx="5" fill="${url(brass(ctx.defs, 0))}" stroke="#5a3f10" stroke-width="1.5"/>` +
    cord(`M600 1018C600 1034 604 1042 608 1050`, trimColor(ctx), 5) +
    tassel(ctx, [608, 1046], 70, trimColor(ctx), 84, 0.55)
  return {
    tilt: ctx.rng.around(0, 5),
    back,
    fabric: circle(c, r),
    light: "flat",
    motifs: [{ center: c, size: 520 }],
    front,
  }
}
