import { hashString } from "./prng"
import { svgToWebp } from "./render"
import { CANVAS, productScene } from "./svg/scene"
import type { ImageDesign, RenderedImage, View } from "./types"

export type { ImageDesign, ImageKind, Motif, RenderedImage, Thread } from "./types"
export { IMAGE_KINDS, MOTIFS, THREADS } from "./types"

/** Internal: a smaller `size` keeps exhaustive tests fast. */
export type RenderOptions = { size?: number }

const VIEWS: View[] = ["main", "detail"]

/** The seed of a product's pictures: the same handle always draws the same variations. */
export function seedForHandle(handle: string): number {
  return hashString(handle)
}

/** Main picture plus one close-up detail, 1200x1200 WebP each, deterministic for the same input. */
export async function renderProductImages(handle: string, design: ImageDesign, options: RenderOptions = {}): Promise<RenderedImage[]> {
  if (typeof handle !== "string" || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(handle)) {
    throw new TypeError(`handle must be a slug usable as a file name, got ${JSON.stringify(handle)}`)
  }
  const size = options.size ?? CANVAS
  if (!Number.isInteger(size) || size < 16 || size > 4096) {
    throw new RangeError(`size must be an integer between 16 and 4096, got ${size}`)
  }
  const seed = seedForHandle(handle)
  return Promise.all(
    VIEWS.map(async (view, i) => {
      const { buffer, width, height } = await svgToWebp(productScene(design, view, seed, size), { lens: view === "detail" ? "macro" : "flat" })
      return { filename: `${handle}-${i + 1}.webp`, mimeType: "image/webp" as const, buffer, width, height }
    }),
  )
}

/** The SVG text for one picture (exported for tests). */
export function productSvg(design: ImageDesign, view: "main" | "detail", seed: number): string {
  return productScene(design, view, seed)
}
