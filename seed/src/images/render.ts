import sharp from "sharp"

export type Raster = { buffer: Buffer; width: number; height: number }

/** WebP quality: stitch texture survives, files stay well under 150 KB. */
export const WEBP_QUALITY = 80
/** WebP encoder effort (0-6): 4, sharp's default, encodes much faster than 5 for a few % more bytes. */
export const WEBP_EFFORT = 4

export type LensOptions = {
  /**
   * "macro" imitates a close-up lens: only a band across the middle is in focus and the
   * stitches melt into blur towards the top and bottom edges (this also keeps the file small).
   */
  lens?: "flat" | "macro"
}

function focusMask(width: number, height: number): Buffer {
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
      `<linearGradient id="m" x1="0" y1="0" x2="0" y2="1">` +
      `<stop offset="0" stop-opacity="1"/><stop offset=".3" stop-opacity="0"/>` +
      `<stop offset=".62" stop-opacity="0"/><stop offset="1" stop-opacity="1"/></linearGradient>` +
      `<rect width="${width}" height="${height}" fill="url(#m)"/></svg>`,
  )
}

/** Rasterises SVG text with librsvg (via sharp) and encodes it as WebP. */
export async function svgToWebp(svg: string, options: LensOptions = {}): Promise<Raster> {
  let image = sharp(Buffer.from(svg, "utf8"))
  if (options.lens === "macro") {
    const { data, info } = await image.removeAlpha().raw().toBuffer({ resolveWithObject: true })
    const raw = { raw: { width: info.width, height: info.height, channels: info.channels } }
    const sigma = Math.max(0.5, (5 * info.width) / 1200)
    const blurred = await sharp(data, raw)
      .blur(sigma)
      .ensureAlpha()
      .composite([{ input: focusMask(info.width, info.height), blend: "dest-in" }])
      .png()
      .toBuffer()
    // a touch of softness even in the focal plane, as with a real macro lens
    const softened = await sharp(data, raw).blur(Math.max(0.3, (0.6 * info.width) / 1200)).raw().toBuffer()
    image = sharp(softened, raw).composite([{ input: blurred }])
  }
  const { data, info } = await image
    .webp({ quality: WEBP_QUALITY, effort: WEBP_EFFORT })
    .toBuffer({ resolveWithObject: true })
  return { buffer: data, width: info.width, height: info.height }
}
