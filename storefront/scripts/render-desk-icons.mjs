// Renders the desk's home-screen icons (PNG, 192 and 512, and a maskable 512) from the app's own
// icon (src/app/icon.svg), with sharp (which Next already brings). Nothing is downloaded.
//
//   node scripts/render-desk-icons.mjs      (from storefront/; the PNGs are committed)
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import sharp from "sharp"

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const out = path.join(root, "public", "desk")
fs.mkdirSync(out, { recursive: true })

const svg = fs.readFileSync(path.join(root, "src", "app", "icon.svg"), "utf8")
// The maskable icon fills the whole square with the cinnabar ground and keeps the motif inside the
// middle 80% (the "safe zone" a launcher's mask never cuts).
const motif = svg.replace(/^[\s\S]*?<rect[^>]*\/>/, "").replace(/<\/svg>\s*$/, "")
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <rect width="64" height="64" fill="#8c1c26"/>
  <g transform="translate(32 32) scale(0.72) translate(-32 -32)">${motif}</g>
</svg>`

async function render(source, size, name) {
  const file = path.join(out, name)
  await sharp(Buffer.from(source), { density: Math.ceil((72 * size) / 64) })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toFile(file)
  console.log(`${path.relative(root, file)} ${size}x${size}`)
}

await render(svg, 192, "icon-192.png")
await render(svg, 512, "icon-512.png")
await render(maskable, 512, "icon-maskable-512.png")
