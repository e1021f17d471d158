// Per-file setup for Medusa tests under vitest (see shared PLATFORM.md):
// - TypeScript sources (plugin modules, medusa-config.ts) are loaded through ts-node with swc;
// - test-utils reports its port with process.send(number), which would break vitest's IPC;
// - MikroORM's metadata is global: cleared so each file starts clean.
import { MetadataStorage } from "@medusajs/framework/mikro-orm/core"

require("ts-node").register({ transpileOnly: true, swc: true, compilerOptions: { module: "commonjs" } })

const send = process.send?.bind(process)
if (send) {
  process.send = ((message: unknown, ...rest: unknown[]) => {
    if (typeof message === "number") return true
    return (send as (...args: unknown[]) => boolean)(message, ...rest)
  }) as typeof process.send
}

MetadataStorage.clear()
