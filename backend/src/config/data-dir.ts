import fs from "fs"
import path from "path"

/**
 * The folder where Jinxiu keeps its local state (embedded database, generated secrets).
 * JINXIU_DATA_DIR wins; otherwise `.data` at the root of the Jinxiu checkout.
 */
export function jinxiuDataDir(from: string = process.cwd()): string {
  if (process.env.JINXIU_DATA_DIR) {
    return path.resolve(process.env.JINXIU_DATA_DIR)
  }
  let dir = path.resolve(from)
  for (;;) {
    const manifest = path.join(dir, "package.json")
    if (fs.existsSync(manifest)) {
      try {
        const pkg = JSON.parse(fs.readFileSync(manifest, "utf8"))
        if (pkg.name === "jinxiu") {
          return path.join(dir, ".data")
        }
      } catch {
        // not a readable manifest: keep walking up
      }
    }
    const parent = path.dirname(dir)
    if (parent === dir) {
      return path.join(path.resolve(from), ".data")
    }
    dir = parent
  }
}
