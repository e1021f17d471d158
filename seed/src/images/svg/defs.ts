/** Collects <defs> children (gradients, patterns, filters, clip paths) by id, each built once. */
export class Defs {
  private readonly items = new Map<string, string>()
  private counter = 0

  /** Registers `id` with the markup from `build` unless it exists; returns the id. */
  add(id: string, build: (id: string) => string): string {
    if (!this.items.has(id)) {
      this.items.set(id, build(id))
    }
    return id
  }

  /** A fresh id for one-off defs such as clip paths. */
  unique(prefix: string): string {
    this.counter += 1
    return `${prefix}${this.counter}`
  }

  toString(): string {
    return `<defs>${[...this.items.values()].join("")}</defs>`
  }
}

export const url = (id: string) => `url(#${id})`
