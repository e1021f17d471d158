import type { Rng } from "../../prng"
import type { Defs } from "../defs"
import type { Pt } from "../geometry"
import type { StitchContext } from "../stitches"

/** Where one copy of the motif goes, in canvas pixels (1200 x 1200). */
export type MotifPlacement = {
  center: Pt
  /** edge of the 200-unit motif box in pixels */
  size: number
  rotate?: number
  /** vertical squash for pieces seen at an angle (table runner) */
  scaleY?: number
  mirror?: boolean
}

/** One product shape, drawn around the embroidery. */
export type Silhouette = {
  shadow: { c: Pt; rx: number; ry: number }
  /** whole-object turn in degrees about the canvas centre */
  tilt?: number
  /** drawn before the fabric: sticks, handles, cords behind */
  back: string
  /** outline of the embroidered fabric, filled with the ground colour */
  fabric: string
  /** "soft" light for padded pieces, "flat" for stretched ones */
  light?: "soft" | "flat"
  /** where the embroidery may go; defaults to `fabric` */
  clip?: string
  motifs: MotifPlacement[]
  /** drawn over the embroidery: pleats, clasps, frames, tassels */
  front: string
}

export type SilhouetteContext = {
  defs: Defs
  rng: Rng
  ground: string
  stitch: StitchContext
}

export type SilhouetteDrawer = (ctx: SilhouetteContext) => Silhouette
