import { isHexColor } from "../color"
import { Rng } from "../prng"
import { IMAGE_KINDS, MOTIFS, THREADS, type ImageDesign, type View } from "../types"
import { contactShadow, dropShadowFilter, studioBackdrop } from "./background"
import { Defs, url } from "./defs"
import { num, type Pt } from "./geometry"
import { silk } from "./materials"
import { drawArt, type MotifArt } from "./motifs/art"
import { MOTIF_DRAWERS } from "./motifs/index"
import { SILHOUETTES } from "./silhouettes/index"
import type { MotifPlacement } from "./silhouettes/types"
import type { StitchContext } from "./stitches"

/** Every picture is drawn on a 1200 x 1200 canvas; `pixelSize` only changes the output size. */
export const CANVAS = 1200

export function assertDesign(design: ImageDesign): void {
  if (!design || typeof design !== "object") {
    throw new TypeError("design must be an object")
  }
  if (!(IMAGE_KINDS as readonly string[]).includes(design.kind)) {
    throw new TypeError(`Unknown image kind: ${JSON.stringify(design.kind)}`)
  }
  if (!(MOTIFS as readonly string[]).includes(design.motif)) {
    throw new TypeError(`Unknown motif: ${JSON.stringify(design.motif)}`)
  }
  if (!(THREADS as readonly string[]).includes(design.thread)) {
    throw new TypeError(`Unknown thread: ${JSON.stringify(design.thread)}`)
  }
  if (typeof design.ground !== "string" || !isHexColor(design.ground)) {
    throw new TypeError(`ground must be a hex colour, got ${JSON.stringify(design.ground)}`)
  }
}

export function productScene(design: ImageDesign, view: View, seed: number, pixelSize = CANVAS): string {
  assertDesign(design)
  if (view !== "main" && view !== "detail") {
    throw new TypeError(`Unknown view: ${JSON.stringify(view)}`)
  }
  const rng = new Rng(seed >>> 0)
  const defs = new Defs()
  const ground = design.ground.trim().startsWith("#") ? design.ground.trim() : `#${design.ground.trim()}`
  const stitch: StitchContext = { defs, thread: design.thread, light: rng.fork("light").range(10, 80) }
  const art = MOTIF_DRAWERS[design.motif](rng.fork("motif"))
  const pose = rng.fork("pose")
  const mirror = pose.chance(0.5)
  const body =
    view === "main"
      ? mainView(design, defs, rng, stitch, art, ground, mirror, pose)
      : detailView(defs, rng, stitch, art, ground, mirror)
  const px = num(pixelSize)
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${px}" height="${px}" viewBox="0 0 ${CANVAS} ${CANVAS}">` +
    `${defs.toString()}${body}</svg>`
  )
}

/** Soft shadow of raised embroidery on the cloth, in motif units. */
function raiseFilter(defs: Defs): string {
  return defs.add(
    "raise",
    (id) =>
      `<filter id="${id}" x="-10%" y="-10%" width="120%" height="120%">` +
      `<feGaussianBlur in="SourceAlpha" stdDeviation=".7"/><feOffset dx=".45" dy=".85"/>` +
      `<feComponentTransfer><feFuncA type="linear" slope=".6"/></feComponentTransfer>` +
      `<feMerge><feMergeNode/><feMergeNode in="SourceGraphic"/></feMerge></filter>`,
  )
}

function motifGroup(defs: Defs, artSvg: string, center: Pt, scale: number, rotate: number, scaleY: number, mirror: boolean, focus: Pt = [100, 100]): string {
  const sx = scale * (mirror ? -1 : 1)
  const sy = scale * scaleY
  return (
    `<g transform="translate(${num(center[0])} ${num(center[1])}) rotate(${num(rotate)}) scale(${num(sx * 1000) / 1000} ${num(sy * 1000) / 1000}) translate(${num(-focus[0])} ${num(-focus[1])})" filter="${url(raiseFilter(defs))}">` +
    `${artSvg}</g>`
  )
}

function mainView(design: ImageDesign, defs: Defs, rng: Rng, stitch: StitchContext, art: MotifArt, ground: string, mirror: boolean, pose: Rng): string {
  const shape = SILHOUETTES[design.kind]({ defs, rng: rng.fork("shape"), ground, stitch })
  const artSvg = drawArt(stitch, art)
  const clipId = defs.unique("clip")
  defs.add(clipId, (id) => `<clipPath id="${id}"><path d="${shape.clip ?? shape.fabric}"/></clipPath>`)
  const motifs = shape.motifs
    .map((m: MotifPlacement) =>
      motifGroup(defs, artSvg, m.center, (m.size / 200) * pose.around(1, 0.04), (m.rotate ?? 0) + pose.around(0, 4), m.scaleY ?? 1, mirror !== !!m.mirror),
    )
    .join("")
  const tilt = shape.tilt ?? 0
  return (
    studioBackdrop(defs, rng.fork("backdrop"), CANVAS) +
    contactShadow(defs, shape.shadow.c, shape.shadow.rx, shape.shadow.ry) +
    `<g transform="rotate(${num(tilt)} 600 600)" filter="${url(dropShadowFilter(defs))}">` +
    shape.back +
    silk(defs, shape.fabric, ground, 3, shape.light ?? "soft") +
    `<g clip-path="${url(clipId)}">${motifs}</g>` +
    shape.front +
    `</g>`
  )
}

function detailView(defs: Defs, rng: Rng, stitch: StitchContext, art: MotifArt, ground: string, mirror: boolean): string {
  const r = rng.fork("detail")
  const zoom = r.range(10.5, 13)
  const focus: Pt = [art.focus[0] + r.around(0, 6), art.focus[1] + r.around(0, 6)]
  const full = `M0 0H${CANVAS}V${CANVAS}H0Z`
  const raking = defs.add(
    "rk",
    (id) =>
      `<linearGradient id="${id}" x1="0" y1="0" x2="1" y2="1">` +
      `<stop offset="0" stop-color="#fff" stop-opacity=".14"/><stop offset=".5" stop-color="#fff" stop-opacity="0"/>` +
      `<stop offset="1" stop-color="#000" stop-opacity=".2"/></linearGradient>`,
  )
  const vignette = defs.add(
    "dv",
    (id) =>
      `<radialGradient id="${id}" cx=".5" cy=".5" r=".72"><stop offset=".55" stop-color="#000" stop-opacity="0"/>` +
      `<stop offset="1" stop-color="#000" stop-opacity=".38"/></radialGradient>`,
  )
  return (
    silk(defs, full, ground, 9, "flat") +
    motifGroup(defs, drawArt(stitch, art), [600, 600], zoom, r.around(0, 6), 1, mirror, focus) +
    `<rect width="${CANVAS}" height="${CANVAS}" fill="${url(raking)}"/>` +
    `<rect width="${CANVAS}" height="${CANVAS}" fill="${url(vignette)}"/>`
  )
}
