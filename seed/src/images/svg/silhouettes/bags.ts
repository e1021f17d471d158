import { shade } from "../../color"
import { url } from "../defs"
import { curve, num, type Pt } from "../geometry"
import { brass } from "../materials"
import { border, cord, knot, trimColor } from "./trimmings"
import type { SilhouetteDrawer } from "./types"

/** Scales a shape about `c` so an outline drawn with it runs just inside the edge. */
const inset = (c: Pt, k: number) => `matrix(${k} 0 0 ${k} ${num(c[0] * (1 - k))} ${num(c[1] * (1 - k))})`

/** 荷包: a drawstring pouch with a gathered frill and knotted cord ends. */
export const pouch: SilhouetteDrawer = (ctx) => {
  const rng = ctx.rng
  const body = "M455 400C380 470 250 590 255 780C262 960 420 1040 600 1040C780 1040 938 960 945 780C950 590 820 470 745 400Z"
  const frillTop: Pt[] = []
  for (let i = 0; i <= 16; i++) {
    frillTop.push([432 + i * 21.5, 258 + (i % 2 ? -7 : 5) + rng.around(0, 3)])
  }
  const frill = `${curve(frillTop)}L752 412L448 412Z`
  const folds = ctx.defs.add(
    "frf",
    (id) =>
      `<linearGradient id="${id}" x1="0" x2=".0625" spreadMethod="repeat">` +
      `<stop offset="0" stop-color="#000" stop-opacity=".28"/><stop offset=".5" stop-color="#fff" stop-opacity=".16"/>` +
      `<stop offset="1" stop-color="#000" stop-opacity=".28"/></linearGradient>`,
  )
  const trim = trimColor(ctx)
  let creases = ""
  for (let i = 0; i < 9; i++) {
    const x = 470 + i * 32 + rng.around(0, 6)
    const len = rng.range(50, 120)
    const bend = (x - 600) * 0.35
    creases += `<path d="M${num(x)} 418Q${num(x + bend * 0.4)} ${num(418 + len * 0.5)} ${num(x + bend)} ${num(418 + len)}" stroke="#000" stroke-opacity=".16" stroke-width="5" fill="none" stroke-linecap="round"/>`
    creases += `<path d="M${num(x + 6)} 418Q${num(x + 6 + bend * 0.4)} ${num(418 + len * 0.45)} ${num(x + 6 + bend * 0.9)} ${num(418 + len * 0.9)}" stroke="#fff" stroke-opacity=".08" stroke-width="3" fill="none" stroke-linecap="round"/>`
  }
  const frillFabric = `<path d="${frill}" fill="${shade(ctx.ground, -0.06)}"/><path d="${frill}" fill="${url(folds)}"/>`
  const neck = "M440 405Q600 430 760 405"
  const ends =
    cord("M748 410C800 440 820 520 812 620", trim, 9) +
    cord("M752 418C830 450 880 520 900 590", trim, 9) +
    knot(ctx, [812, 630], 20, trim) +
    knot(ctx, [902, 600], 20, trim)
  return {
    shadow: { c: [610, 760], rx: 330, ry: 300 },
    tilt: rng.around(0, 3),
    back: frillFabric,
    fabric: body,
    light: "soft",
    motifs: [{ center: [600, 760], size: 460 }],
    front:
      creases +
      `<path d="${body}" fill="none" stroke="${shade(ctx.ground, 0.35)}" stroke-opacity=".55" stroke-width="2.5" stroke-dasharray="9 7" transform="${inset([600, 760], 0.95)}"/>` +
      cord(neck, trim, 11) +
      cord("M444 414Q600 440 756 414", trim, 9) +
      ends,
  }
}

/** 口金包: a kiss-lock purse, brass frame with two ball clasps and a chain. */
export const purse: SilhouetteDrawer = (ctx) => {
  const rng = ctx.rng
  const frameLine = "M318 560C330 430 470 392 600 392C730 392 870 430 882 560"
  const body = `M318 560C300 700 300 880 400 975C480 1050 720 1050 800 975C900 880 900 700 882 560C870 430 730 392 600 392C470 392 330 430 318 560Z`
  const metal = brass(ctx.defs, 90)
  const ball = (c: Pt) =>
    `<circle cx="${c[0]}" cy="${c[1]}" r="21" fill="${url(
      ctx.defs.add(
        "ball",
        (id) =>
          `<radialGradient id="${id}" cx=".35" cy=".3" r=".75"><stop offset="0" stop-color="#fff8dc"/>` +
          `<stop offset=".35" stop-color="#e0bd62"/><stop offset=".8" stop-color="#8a6520"/><stop offset="1" stop-color="#5a3f10"/></radialGradient>`,
      ),
    )}" stroke="#4a3410" stroke-width="1.5"/>`
  const chain = `M330 548C300 300 430 150 600 150C770 150 900 300 870 548`
  return {
    shadow: { c: [610, 740], rx: 330, ry: 300 },
    tilt: rng.around(0, 3),
    back:
      // chain: flat links seen face-on alternate with links seen edge-on
      `<path d="${chain}" fill="none" stroke="#3f2c0c" stroke-width="13" stroke-dasharray="18 10" stroke-linecap="round"/>` +
      `<path d="${chain}" fill="none" stroke="${url(metal)}" stroke-width="9" stroke-dasharray="18 10" stroke-linecap="round"/>` +
      `<path d="${chain}" fill="none" stroke="#3f2c0c" stroke-width="3" stroke-dasharray="10 18" stroke-dashoffset="-4" stroke-linecap="round"/>` +
      `<path d="${chain}" fill="none" stroke="#3f2c0c" stroke-width="6" stroke-dasharray="6 22" stroke-dashoffset="-20" stroke-linecap="round"/>` +
      `<path d="${chain}" fill="none" stroke="#e9cf7c" stroke-width="3" stroke-dasharray="6 22" stroke-dashoffset="-20" stroke-linecap="round"/>`,
    fabric: body,
    light: "soft",
    motifs: [{ center: [600, 740], size: 470 }],
    front:
      `<path d="${body}" fill="none" stroke="${shade(ctx.ground, 0.35)}" stroke-opacity=".55" stroke-width="2.5" stroke-dasharray="9 7" transform="${inset([600, 730], 0.94)}"/>` +
      `<path d="${frameLine}" fill="none" stroke="#4a3410" stroke-width="30" stroke-linecap="round"/>` +
      `<path d="${frameLine}" fill="none" stroke="${url(metal)}" stroke-width="24" stroke-linecap="round"/>` +
      `<path d="${frameLine}" fill="none" stroke="#fff6d0" stroke-opacity=".55" stroke-width="4" transform="translate(0 -6)"/>` +
      border(ctx, frameLine.replace(/(\d+) (\d+)/g, (_m, x: string, y: string) => `${x} ${Number(y) + 30}`), 4) +
      `<circle cx="318" cy="560" r="15" fill="${url(metal)}" stroke="#4a3410" stroke-width="2"/>` +
      `<circle cx="882" cy="560" r="15" fill="${url(metal)}" stroke="#4a3410" stroke-width="2"/>` +
      `<rect x="588" y="368" width="24" height="20" fill="${url(metal)}"/>` +
      ball([581, 356]) +
      ball([619, 356]),
  }
}

