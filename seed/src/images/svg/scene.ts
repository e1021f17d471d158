import { isHexColor, parseHex, toHex } from "../color"
import { Rng } from "../prng"
import { IMAGE_KINDS, MOTIFS, THREADS, type ImageDesign, type View } from "../types"
import { contactShadow, dropShadowFilter, studioBackdrop } from "./background"
import { Defs, url } from "./defs"
import { num, type Box, type Pt } from "./geometry"
import { silk } from "./materials"
import { artBounds, drawArt, type MotifArt } from "./motifs/art"
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
  const ground = toHex(parseHex(design.ground))
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

type Pose = { center: Pt; scale: number; scaleY?: number; rotate: number; mirror: boolean; origin: Pt }

/** Largest scale at which the motif's drawn area fits a `width` x `height` box. */
function fit(box: Box, width: number, height: number, scaleY = 1): number {
  return Math.min(width / (box.maxX - box.minX), height / ((box.maxY - box.minY) * scaleY))
}

const middle = (box: Box): Pt => [(box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2]

/** Puts the motif's `origin` (motif units) at `center` (canvas pixels), turned, scaled and maybe mirrored. */
function motifGroup(defs: Defs, artSvg: string, pose: Pose): string {
  const sx = Math.round(pose.scale * (pose.mirror ? -1 : 1) * 10000) / 10000
  const sy = Math.round(pose.scale * (pose.scaleY ?? 1) * 10000) / 10000
  const [cx, cy] = pose.center
  const [ox, oy] = pose.origin
  return (
    `<g transform="translate(${num(cx)} ${num(cy)}) rotate(${num(pose.rotate)}) scale(${sx} ${sy}) translate(${num(-ox)} ${num(-oy)})" filter="${url(raiseFilter(defs))}">` +
    `${artSvg}</g>`
  )
}

function mainView(design: ImageDesign, defs: Defs, rng: Rng, stitch: StitchContext, art: MotifArt, ground: string, mirror: boolean, pose: Rng): string {
  const shape = SILHOUETTES[design.kind]({ defs, rng: rng.fork("shape"), ground, stitch })
  const artSvg = drawArt(stitch, art)
  const box = artBounds(art)
  const clipId = defs.unique("clip")
  defs.add(clipId, (id) => `<clipPath id="${id}"><path d="${shape.clip ?? shape.fabric}"/></clipPath>`)
  const motifs = shape.motifs
    .map((m: MotifPlacement) => {
      const k = 0.94 * pose.around(1, 0.03)
      const mirrored = mirror !== !!m.mirror
      const width = m.size * k
      const height = (m.height ?? m.size) * k
      const jiggle = (m.rotate ?? 0) + pose.around(0, 4)
      // a wide motif in a tall, narrow place (a bookmark) is turned to run along it, head up
      const turn = !art.upright && height > width * 1.8 && box.maxX - box.minX > (box.maxY - box.minY) * 1.15
      return motifGroup(defs, artSvg, {
        center: m.center,
        origin: middle(box),
        scale: turn ? fit(box, height, width) : fit(box, width, height, m.scaleY),
        scaleY: m.scaleY,
        rotate: jiggle + (turn ? (mirrored ? -90 : 90) : 0),
        mirror: mirrored,
      })
    })
    .join("")
  const tilt = shape.tilt ?? 0
  return (
    studioBackdrop(defs, rng.fork("backdrop"), CANVAS) +
    (shape.setting ?? "") +
    (shape.shadow ? contactShadow(defs, shape.shadow.c, shape.shadow.rx, shape.shadow.ry) : "") +
    `<g transform="rotate(${num(tilt)} 600 600)" filter="${url(dropShadowFilter(defs, shape.lift))}">` +
    shape.back +
    silk(defs, shape.fabric, ground, 3, shape.light ?? "soft") +
    `<g clip-path="${url(clipId)}">${motifs}</g>` +
    shape.front +
    `</g>`
  )
}

function detailView(defs: Defs, rng: Rng, stitch: StitchContext, art: MotifArt, ground: string, mirror: boolean): string {
  const r = rng.fork("detail")
  const box = artBounds(art)
  // the close-up shows about a third of the motif
  const scale = CANVAS / (Math.max(box.maxX - box.minX, box.maxY - box.minY) * r.range(0.3, 0.38))
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
    motifGroup(defs, drawArt(stitch, art), { center: [CANVAS / 2, CANVAS / 2], origin: focus, scale, rotate: r.around(0, 6), mirror }) +
    `<rect width="${CANVAS}" height="${CANVAS}" fill="${url(raking)}"/>` +
    `<rect width="${CANVAS}" height="${CANVAS}" fill="${url(vignette)}"/>`
  )
}
