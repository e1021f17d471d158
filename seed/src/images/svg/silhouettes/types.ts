import type { Rng } from "../../prng"
import type { Defs } from "../defs"
import type { Pt } from "../geometry"
import type { StitchContext } from "../stitches"

/** Where one copy of the motif goes, in canvas pixels (1200 x 1200). */
export type MotifPlacement = {
  center: Pt
  /** width of the box the motif is fitted into, in pixels */
  size: number
  /** height of that box (defaults to `size`, a square) */
  height?: number
  rotate?: number
  /** vertical squash for pieces seen at an angle (table runner) */
  scaleY?: number
  mirror?: boolean
}

/** One product shape, drawn around the embroidery. */
export type Silhouette = {
  /** soft darkening of the backdrop right under a piece lying flat */
  shadow?: { c: Pt; rx: number; ry: number }
  /** drawn on the backdrop before the object, e.g. a table top */
  setting?: string
  /** "flat" for pieces lying on the surface (tight shadow), "raised" for padded or framed ones */
  lift?: "flat" | "raised"
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
