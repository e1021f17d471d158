import fs from "fs"
import path from "path"

/**
 * An append-only JSON-lines file. Lines sent in the same tick are written together with one
 * `appendFile` (O_APPEND), one flush after the other, so a month's close (thousands of messages
 * sent at once by the Notification module) costs a few writes, and lines never interleave.
 */
export class JsonLinesAppender {
  private pending: string[] = []
  private next: Promise<void> | null = null
  private last: Promise<void> = Promise.resolve()

  constructor(readonly file: string) {}

  append(record: unknown): Promise<void> {
    this.pending.push(`${JSON.stringify(record)}\n`)
    if (!this.next) {
      const flush = this.last
        .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
        .then(async () => {
          const lines = this.pending
          this.pending = []
          this.next = null
          await fs.promises.mkdir(path.dirname(this.file), { recursive: true })
          await fs.promises.appendFile(this.file, lines.join(""), "utf8")
        })
      this.next = flush
      this.last = flush.catch(() => undefined)
    }
    return this.next
  }
}

/** Every record of an outbox file, oldest first (none when it doesn't exist yet). */
export function readSmsOutbox<T = Record<string, unknown>>(file: string): T[] {
  if (!fs.existsSync(file)) return []
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as T)
}
