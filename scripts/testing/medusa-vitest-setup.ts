// Per-file setup for Medusa tests under vitest (see shared PLATFORM.md):
// - TypeScript sources (plugin modules, medusa-config.ts) are loaded through ts-node with swc;
// - test-utils reports its port with process.send(number), which would break vitest's IPC;
// - MikroORM's metadata is global: cleared so each file starts clean;
// - text messages the local SMS provider records go to a temporary file.
import os from "os"
import path from "path"
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

// The local SMS provider (backend/src/config/notifications.ts) records text messages in a file: a
// test's go to a file of its own, never into the demo's .data folder.
process.env.SMS_OUTBOX_FILE ??= path.join(os.tmpdir(), `jinxiu-test-sms-outbox-${process.pid}.jsonl`)
