export const IMAGE_KINDS = [
  "fan",
  "round-fan",
  "pouch",
  "purse",
  "frame",
  "cushion",
  "table-runner",
  "collar",
  "brooch",
  "bookmark",
  "ornament",
  "scarf",
] as const

export const MOTIFS = [
  "peony",
  "phoenix",
  "carp",
  "lotus",
  "plum-blossom",
  "cloud",
  "butterfly",
  "bamboo",
  "kapok",
  "crane",
] as const

export const THREADS = ["gold", "silver", "gold-silver"] as const

export type ImageKind = (typeof IMAGE_KINDS)[number]
export type Motif = (typeof MOTIFS)[number]
export type Thread = (typeof THREADS)[number]

export type ImageDesign = {
  kind: ImageKind
  motif: Motif
  /** Fabric colour as hex, e.g. "#7a1f2b". */
  ground: string
  thread: Thread
}

export type RenderedImage = {
  filename: string
  mimeType: "image/webp"
  buffer: Buffer
  width: number
  height: number
}

export type View = "main" | "detail"
