import type { ImageKind } from "../../types"
import { bookmark, brooch, collar, ornament } from "./accessories"
import { pouch, purse } from "./bags"
import { foldingFan, roundFan } from "./fans"
import { cushion, framed, scarf, tableRunner } from "./flat"
import type { SilhouetteDrawer } from "./types"

export const SILHOUETTES: Record<ImageKind, SilhouetteDrawer> = {
  fan: foldingFan,
  "round-fan": roundFan,
  pouch,
  purse,
  frame: framed,
  cushion,
  "table-runner": tableRunner,
  collar,
  brooch,
  bookmark,
  ornament,
  scarf,
}
