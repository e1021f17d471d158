import type { Thread } from "../types"

/** Five values of one thread, from the shadowed side of a stitch to its brightest glint. */
export type ThreadColors = { deep: string; dark: string; mid: string; light: string; glint: string }

/** Which thread a part of a motif is worked in. */
export type Tone = "primary" | "secondary" | "red" | "ink"

const GOLD: ThreadColors = { deep: "#5a3906", dark: "#9c7424", mid: "#d9a332", light: "#f6d870", glint: "#fff4c4" }
const ANTIQUE_GOLD: ThreadColors = { deep: "#4e3208", dark: "#8a6520", mid: "#c0923a", light: "#e8c970", glint: "#fbecc0" }
const SILVER: ThreadColors = { deep: "#4f565f", dark: "#7d8590", mid: "#b5bcc5", light: "#e4e8ec", glint: "#ffffff" }
const PEWTER: ThreadColors = { deep: "#474d55", dark: "#6e7681", mid: "#a2aab4", light: "#d3d9df", glint: "#f4f6f8" }
const RED_SILK: ThreadColors = { deep: "#4f0c10", dark: "#8c1c1f", mid: "#c4302b", light: "#e4685a", glint: "#f6b3a4" }
const INK_SILK: ThreadColors = { deep: "#0e0b09", dark: "#1d1712", mid: "#2e2620", light: "#4f453c", glint: "#8a8078" }

export function threadColors(thread: Thread, tone: Tone): ThreadColors {
  switch (tone) {
    case "red":
      return RED_SILK
    case "ink":
      return INK_SILK
    case "primary":
      return thread === "silver" ? SILVER : GOLD
    case "secondary":
      if (thread === "gold") return ANTIQUE_GOLD
      return thread === "silver" ? PEWTER : SILVER
  }
}

/** Short stable key for def ids. */
export function toneKey(thread: Thread, tone: Tone): string {
  const c = threadColors(thread, tone)
  return c.mid.slice(1)
}
