import type { Motif } from "../../types"
import type { MotifDrawer } from "./art"
import { peony } from "./peony"

export const MOTIF_DRAWERS: Record<Motif, MotifDrawer> = {
  peony,
} as Record<Motif, MotifDrawer>
