import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { IMAGE_KINDS, MOTIFS, THREADS, productSvg, renderProductImages, seedForHandle, type ImageDesign } from "./index"

const design: ImageDesign = { kind: "round-fan", motif: "peony", ground: "#7a1f2b", thread: "gold" }

async function expectWebp(buffer: Buffer, size: number): Promise<void> {
  const meta = await sharp(buffer).metadata()
  expect(meta.format).toBe("webp")
  expect(meta.width).toBe(size)
  expect(meta.height).toBe(size)
}

describe("renderProductImages", () => {
  it("renders a main picture and a close-up, 1200x1200 WebP, each under 200 KB", async () => {
    const images = await renderProductImages("gold-peony-round-fan", design)
    expect(images.map((i) => i.filename)).toEqual(["gold-peony-round-fan-1.webp", "gold-peony-round-fan-2.webp"])
    for (const image of images) {
      expect(image.mimeType).toBe("image/webp")
      expect(image.width).toBe(1200)
      expect(image.height).toBe(1200)
      await expectWebp(image.buffer, 1200)
      expect(image.buffer.length).toBeLessThan(200 * 1024)
    }
    expect(images[0].buffer.equals(images[1].buffer)).toBe(false)
  }, 60_000)

  it("stays under 200 KB for the busiest designs", async () => {
    const busy: [string, ImageDesign][] = [
      ["silver-peony-fan", { kind: "fan", motif: "peony", ground: "#1f3a5f", thread: "silver" }],
      ["phoenix-scarf", { kind: "scarf", motif: "phoenix", ground: "#f1e6cf", thread: "gold-silver" }],
      ["carp-cushion", { kind: "cushion", motif: "carp", ground: "#0f3b3a", thread: "gold" }],
    ]
    for (const [handle, d] of busy) {
      for (const image of await renderProductImages(handle, d)) {
        expect(image.buffer.length, image.filename).toBeLessThan(200 * 1024)
      }
    }
  }, 60_000)

  it("gives byte-identical output for the same handle and design", async () => {
    const a = await renderProductImages("lotus-purse", { kind: "purse", motif: "lotus", ground: "#2b2b2b", thread: "gold-silver" })
    const b = await renderProductImages("lotus-purse", { kind: "purse", motif: "lotus", ground: "#2b2b2b", thread: "gold-silver" })
    expect(a.length).toBe(2)
    a.forEach((image, i) => expect(image.buffer.equals(b[i].buffer)).toBe(true))
  }, 60_000)

  it("varies the pictures between handles", async () => {
    const a = await renderProductImages("crane-brooch-a", { kind: "brooch", motif: "crane", ground: "#1d4a3a", thread: "gold" })
    const b = await renderProductImages("crane-brooch-b", { kind: "brooch", motif: "crane", ground: "#1d4a3a", thread: "gold" })
    a.forEach((image, i) => expect(image.buffer.equals(b[i].buffer)).toBe(false))
  }, 60_000)

  it("rejects handles that are not file-name slugs and designs it cannot draw", async () => {
    await expect(renderProductImages("", design)).rejects.toThrow(/handle/)
    await expect(renderProductImages("../escape", design)).rejects.toThrow(/handle/)
    await expect(renderProductImages("ok", { ...design, kind: "teapot" as never })).rejects.toThrow(/kind/)
    await expect(renderProductImages("ok", { ...design, motif: "dragon" as never })).rejects.toThrow(/motif/)
    await expect(renderProductImages("ok", { ...design, ground: "red" })).rejects.toThrow(/hex/)
    await expect(renderProductImages("ok", { ...design, thread: "copper" as never })).rejects.toThrow(/thread/)
  })
})

describe("productSvg", () => {
  it("is deterministic, uses no text or external resources, and depends on the seed", () => {
    const seed = seedForHandle("gold-peony-round-fan")
    const main = productSvg(design, "main", seed)
    expect(productSvg(design, "main", seed)).toBe(main)
    expect(productSvg(design, "main", seed + 1)).not.toBe(main)
    expect(productSvg(design, "detail", seed)).not.toBe(main)
    for (const svg of [main, productSvg(design, "detail", seed)]) {
      expect(svg.startsWith("<svg")).toBe(true)
      expect(svg).toContain('width="1200" height="1200"')
      expect(svg).not.toMatch(/<text|<image|href="http|font-family/)
      expect(svg).not.toMatch(/NaN|Infinity|undefined/)
    }
  })

  it("accepts grounds with or without # and in short form", () => {
    for (const ground of ["7a1f2b", "#7A1F2B", "#a12"]) {
      expect(() => productSvg({ ...design, ground }, "main", 1)).not.toThrow()
    }
  })
})

describe("every kind x motif", () => {
  it.each(IMAGE_KINDS.map((kind, i) => [kind, i] as const))("renders %s with every motif", async (kind, i) => {
    for (const [j, motif] of MOTIFS.entries()) {
      const d: ImageDesign = {
        kind,
        motif,
        ground: ["#7a1f2b", "#1f3a5f", "#f1e6cf", "#2b2b2b", "#1d4a3a"][(i + j) % 5],
        thread: THREADS[(i + j) % THREADS.length],
      }
      for (const view of ["main", "detail"] as const) {
        const svg = productSvg(d, view, seedForHandle(`${kind}-${motif}`))
        expect(svg, `${kind}/${motif}/${view}`).not.toMatch(/NaN|Infinity|undefined/)
      }
      const images = await renderProductImages(`${kind}-${motif}`, d, { size: 96 })
      expect(images).toHaveLength(2)
      for (const image of images) {
        await expectWebp(image.buffer, 96)
      }
    }
  }, 120_000)
})
