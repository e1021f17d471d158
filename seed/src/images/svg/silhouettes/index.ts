import type { ImageKind } from "../../types"
import { foldingFan, roundFan } from "./fans"
import type { SilhouetteDrawer } from "./types"

export const SILHOUETTES: Record<ImageKind, SilhouetteDrawer> = {
  fan: foldingFan,
  "round-fan": roundFan,
} as Record<ImageKind, SilhouetteDrawer>
