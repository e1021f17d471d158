import sharp from "sharp"

export type Raster = { buffer: Buffer; width: number; height: number }

/** WebP quality: stitch texture survives, files stay well under 150 KB. */
export const WEBP_QUALITY = 80

/** Rasterises SVG text with librsvg (via sharp) and encodes it as WebP. */
export async function svgToWebp(svg: string): Promise<Raster> {
  const { data, info } = await sharp(Buffer.from(svg, "utf8"))
    .webp({ quality: WEBP_QUALITY, effort: 5, smartSubsample: true })
    .toBuffer({ resolveWithObject: true })
  return { buffer: data, width: info.width, height: info.height }
}

/** PNG of the same SVG, for looking at samples. */
export async function svgToPng(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg, "utf8")).png().toBuffer()
}
