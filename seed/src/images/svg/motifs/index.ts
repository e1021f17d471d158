import type { Motif } from "../../types"
import type { MotifDrawer } from "./art"
import { bamboo } from "./bamboo"
import { butterfly } from "./butterfly"
import { carp } from "./carp"
import { cloud } from "./cloud"
import { crane } from "./crane"
import { kapok } from "./kapok"
import { lotus } from "./lotus"
import { peony } from "./peony"
import { phoenix } from "./phoenix"
import { plumBlossom } from "./plum"

export const MOTIF_DRAWERS: Record<Motif, MotifDrawer> = {
  peony,
  phoenix,
  carp,
  lotus,
  "plum-blossom": plumBlossom,
  cloud,
  butterfly,
  bamboo,
  kapok,
  crane,
}
