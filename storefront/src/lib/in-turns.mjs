// Requests handled a few at a time, in the order they came (the storefront's photo resizes: see
// server.mjs). Plain JavaScript: server.mjs imports it before Next is loaded.

/**
 * A handler that runs `handle(req, res)` for at most `slots` requests at once; the others wait
 * their turn. A request whose visitor went away while it waited (she moved on to another page) is
 * dropped without being handled, and one that ends, however it ends, frees its slot, so a slot is
 * never lost: the next waiting request starts.
 */
export function inTurns(slots, handle) {
  let running = 0
  const waiting = []
  const pump = () => {
    while (running < slots && waiting.length) waiting.shift()()
  }
  const handleInTurn = (req, res) => {
    let state = "waiting"
    const end = () => {
      if (state === "running") {
        running -= 1
        state = "done"
        pump()
      } else if (state === "waiting") {
        state = "done"
        const at = waiting.indexOf(start)
        if (at >= 0) waiting.splice(at, 1)
      }
    }
    const start = () => {
      if (state !== "waiting") return
      if (res.destroyed || res.writableEnded || req.destroyed) {
        state = "done"
        return
      }
      state = "running"
      running += 1
      handle(req, res)
    }
    res.once("close", end)
    res.once("finish", end)
    waiting.push(start)
    pump()
  }
  handleInTurn.stats = () => ({ running, waiting: waiting.length })
  return handleInTurn
}
