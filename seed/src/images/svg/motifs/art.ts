import type { Rng } from "../../prng"
import { pathBounds, type Box, type Pt } from "../geometry"
import type { Tone } from "../palette"
import { bead, couchedFill, couchedLine, satin, scales, type StitchContext } from "../stitches"

/**
 * A motif is a list of embroidered parts in paint order, drawn in a 200 x 200 box.
 * `outline` is the width of the couched gold cord laid around a filled part (0 for none).
 */
export type MotifElement =
  | { t: "satin"; d: string; angle: number; tone?: Tone; outline?: number }
  | { t: "couched"; d: string; angle: number; tone?: Tone; outline?: number }
  | { t: "scales"; d: string; angle: number; size: number; tone?: Tone }
  | { t: "line"; d: string; w: number; tone?: Tone }
  | { t: "dot"; c: Pt; r: number; tone?: Tone }

export type MotifArt = {
  elements: MotifElement[]
  /** the most interesting point, centre of the close-up */
  focus: Pt
  /** never turn sideways to fit a narrow piece (clouds read wrongly on their side) */
  upright?: boolean
}

export type MotifDrawer = (rng: Rng) => MotifArt

const OUTLINE = 1.3

export function drawArt(ctx: StitchContext, art: MotifArt): string {
  return art.elements
    .map((e) => {
      switch (e.t) {
        case "satin":
        case "couched": {
          const fill = e.t === "satin" ? satin(ctx, e.d, e.angle, e.tone) : couchedFill(ctx, e.d, e.angle, e.tone)
          const w = e.outline ?? OUTLINE
          return w > 0 ? fill + couchedLine(ctx, e.d, w, outlineTone(e.tone)) : fill
        }
        case "scales":
          return scales(ctx, e.d, e.angle, e.size, e.tone)
        case "line":
          return couchedLine(ctx, e.d, e.w, e.tone)
        case "dot":
          return bead(ctx, e.c, e.r, e.tone)
      }
    })
    .join("")
}

/** Silk areas (red, ink) are still edged in gold; metal areas in their own thread. */
function outlineTone(tone: Tone | undefined): Tone {
  return tone === "red" || tone === "ink" ? "primary" : (tone ?? "primary")
}

/** The area the motif actually covers, in motif units (used to fit it to its place). */
export function artBounds(art: MotifArt): Box {
  const box: Box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity }
  const grow = (b: Box, pad: number) => {
    box.minX = Math.min(box.minX, b.minX - pad)
    box.minY = Math.min(box.minY, b.minY - pad)
    box.maxX = Math.max(box.maxX, b.maxX + pad)
    box.maxY = Math.max(box.maxY, b.maxY + pad)
  }
  for (const e of art.elements) {
    if (e.t === "dot") {
      grow({ minX: e.c[0], minY: e.c[1], maxX: e.c[0], maxY: e.c[1] }, e.r)
    } else {
      grow(pathBounds(e.d), e.t === "line" ? e.w : 1)
    }
  }
  return box
}
