import { url } from "../defs"
import { circle, num, polar, polyline, type Pt } from "../geometry"
import { brass } from "../materials"
import { border, cord, knot, tassel, trimColor } from "./trimmings"
import type { SilhouetteDrawer } from "./types"

/** 雲肩 collar: a scalloped cape collar open at the front, bound at the neck. */
export const collar: SilhouetteDrawer = (ctx) => {
  const c: Pt = [600, 520]
  const outerR = 420
  const neckR = 180
  const from = 100
  const to = 440
  const lobes = 9
  const scallop = (r: number, a: number) => {
    const u = (a - from) / (to - from)
    return r - 30 * (1 - Math.abs(Math.sin(u * Math.PI * lobes)))
  }
  const outer: Pt[] = []
  const edge: Pt[] = []
  for (let a = from; a <= to; a += 1.5) {
    outer.push(polar(c, scallop(outerR, a), a))
    if (a > from + 4 && a < to - 4) edge.push(polar(c, scallop(outerR - 28, a), a))
  }
  const inner: Pt[] = []
  for (let a = to; a >= from; a -= 4) inner.push(polar(c, neckR, a))
  const fabric = polyline([...outer, ...inner], true)
  const neck = polyline(inner.slice().reverse())
  const trim = trimColor(ctx)
  const mid = (outerR + neckR) / 2 - 8
  const loopA = polar(c, neckR + 22, from)
  const loopB = polar(c, neckR + 22, to)
  return {
    shadow: { c: [610, 560], rx: 420, ry: 400 },
    tilt: ctx.rng.around(0, 2),
    back: "",
    fabric,
    light: "soft",
    motifs: [
      { center: polar(c, mid, 150), size: 250 },
      { center: polar(c, mid, 30), size: 250, mirror: true },
      { center: polar(c, mid + 6, -90), size: 190 },
    ],
    front:
      border(ctx, polyline(edge), 5) +
      cord(neck, trim, 12) +
      cord(`M${num(loopA[0])} ${num(loopA[1])}Q600 ${num(loopA[1] + 40)} ${num(loopB[0])} ${num(loopB[1])}`, trim, 6) +
      knot(ctx, loopA, 14, trim) +
      knot(ctx, loopB, 14, trim),
  }
}

/** 胸針: a round embroidered brooch in a brass bezel with milgrain beading and pearls. */
export const brooch: SilhouetteDrawer = (ctx) => {
  const c: Pt = [600, 590]
  const r = 250
  const metal = brass(ctx.defs, 60)
  let beads = ""
  for (let i = 0; i < 72; i++) {
    const p = polar(c, r + 38, i * 5)
    beads += `<circle cx="${num(p[0])}" cy="${num(p[1])}" r="6.5" fill="${url(metal)}" stroke="#4a3410" stroke-width="1"/>`
  }
  const pearl = ctx.defs.add(
    "pearl",
    (id) =>
      `<radialGradient id="${id}" cx=".35" cy=".3" r=".8"><stop offset="0" stop-color="#fff"/>` +
      `<stop offset=".5" stop-color="#ece6da"/><stop offset="1" stop-color="#9d958a"/></radialGradient>`,
  )
  let pearls = ""
  for (let i = 0; i < 8; i++) {
    const p = polar(c, r + 20, i * 45 + 22.5)
    pearls += `<circle cx="${num(p[0])}" cy="${num(p[1])}" r="15" fill="${url(pearl)}" stroke="#7d7468" stroke-width="1"/>`
  }
  return {
    shadow: { c: [610, 600], rx: 300, ry: 300 },
    back: beads + `<path d="${circle(c, r + 30)}" fill="${url(metal)}" stroke="#4a3410" stroke-width="2"/>`,
    fabric: circle(c, r),
    light: "soft",
    motifs: [{ center: c, size: 430 }],
    front:
      `<path d="${circle(c, r + 4)}" fill="none" stroke="#3b2a0c" stroke-width="8"/>` +
      `<path d="${circle(c, r + 18)}" fill="none" stroke="#fff5cf" stroke-opacity=".45" stroke-width="3"/>` +
      pearls,
  }
}

/** 書籤: a long bookmark with a pointed end, couched border and a silk tassel through a grommet. */
export const bookmark: SilhouetteDrawer = (ctx) => {
  const fabric = "M470 210Q470 190 490 190H710Q730 190 730 210V990L600 1070L470 990Z"
  const trim = trimColor(ctx)
  const hole: Pt = [600, 245]
  const metal = brass(ctx.defs, 45)
  return {
    lift: "flat",
    tilt: ctx.rng.around(-7, 3),
    back: "",
    fabric,
    light: "flat",
    motifs: [{ center: [600, 650], size: 290, height: 620 }],
    front:
      border(ctx, "M496 290H704V975L600 1038L496 975Z", 4) +
      `<path d="${circle(hole, 18)}" fill="${url(metal)}" stroke="#4a3410" stroke-width="2"/>` +
      `<path d="${circle(hole, 9)}" fill="#ddd5c8"/>` +
      cord(`M600 245C600 170 660 120 740 118`, trim, 6) +
      tassel(ctx, [742, 118], 110, trim, 24, 0.7),
  }
}

/** 香囊: a hanging sachet, teardrop shaped, piped, with a cord above and a tassel below. */
export const ornament: SilhouetteDrawer = (ctx) => {
  const fabric = "M600 330C660 420 850 470 850 650C850 800 735 890 600 890C465 890 350 800 350 650C350 470 540 420 600 330Z"
  const trim = trimColor(ctx)
  return {
    shadow: { c: [615, 640], rx: 260, ry: 290 },
    tilt: ctx.rng.around(0, 3),
    back: cord("M600 -10C600 120 600 220 600 330", trim, 8),
    fabric,
    light: "soft",
    motifs: [{ center: [600, 650], size: 430 }],
    front:
      border(ctx, fabric, 5).replace("<g ", `<g transform="matrix(.9 0 0 .9 60 65)" `) +
      cord(fabric, trim, 10) +
      knot(ctx, [600, 300], 22, trim) +
      knot(ctx, [600, 906], 18, trim) +
      tassel(ctx, [600, 920], 150, trim, 90, 0.8),
  }
}
