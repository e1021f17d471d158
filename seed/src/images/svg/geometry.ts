export type Pt = [number, number]

/** Numbers in SVG output: at most two decimals, no "-0". */
export function num(value: number): string {
  const r = Math.round(value * 100) / 100
  return Object.is(r, -0) ? "0" : String(r)
}

const p = (pt: Pt) => `${num(pt[0])} ${num(pt[1])}`

const rad = (deg: number) => (deg * Math.PI) / 180

/** Point at distance r from c in direction deg (0 = right, 90 = down, as in SVG). */
export function polar(c: Pt, r: number, deg: number): Pt {
  return [c[0] + r * Math.cos(rad(deg)), c[1] + r * Math.sin(rad(deg))]
}

export function lerp(a: Pt, b: Pt, t: number): Pt {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]
}

export function angleOf(from: Pt, to: Pt): number {
  return (Math.atan2(to[1] - from[1], to[0] - from[0]) * 180) / Math.PI
}

export function distance(a: Pt, b: Pt): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1])
}

/** Rotate about `origin` by deg, then scale about origin, then translate. */
export function place(pts: Pt[], origin: Pt, deg: number, scale = 1, move: Pt = [0, 0]): Pt[] {
  const c = Math.cos(rad(deg))
  const s = Math.sin(rad(deg))
  return pts.map(([x, y]) => {
    const dx = x - origin[0]
    const dy = y - origin[1]
    return [origin[0] + (dx * c - dy * s) * scale + move[0], origin[1] + (dx * s + dy * c) * scale + move[1]]
  })
}

export function mirrorX(pts: Pt[], axisX: number): Pt[] {
  return pts.map(([x, y]) => [2 * axisX - x, y] as Pt).reverse()
}

export function polyline(pts: Pt[], closed = false): string {
  return `M${pts.map(p).join("L")}${closed ? "Z" : ""}`
}

/** Catmull-Rom spline through the points, as cubic Béziers. */
export function curve(pts: Pt[], closed = false, tension = 1): string {
  const n = pts.length
  if (n < 3) {
    return polyline(pts, closed)
  }
  const at = (i: number) => (closed ? pts[(i + n) % n] : pts[Math.max(0, Math.min(n - 1, i))])
  let d = `M${p(pts[0])}`
  const segments = closed ? n : n - 1
  for (let i = 0; i < segments; i++) {
    const p0 = at(i - 1)
    const p1 = at(i)
    const p2 = at(i + 1)
    const p3 = at(i + 2)
    const c1: Pt = [p1[0] + ((p2[0] - p0[0]) / 6) * tension, p1[1] + ((p2[1] - p0[1]) / 6) * tension]
    const c2: Pt = [p2[0] - ((p3[0] - p1[0]) / 6) * tension, p2[1] - ((p3[1] - p1[1]) / 6) * tension]
    d += `C${p(c1)} ${p(c2)} ${p(p2)}`
  }
  return closed ? `${d}Z` : d
}

/** Dense points along the Catmull-Rom spline through `pts` (open). */
export function sample(pts: Pt[], perSegment = 8): Pt[] {
  const n = pts.length
  if (n < 2) {
    return pts.slice()
  }
  const at = (i: number) => pts[Math.max(0, Math.min(n - 1, i))]
  const out: Pt[] = []
  for (let i = 0; i < n - 1; i++) {
    const p0 = at(i - 1)
    const p1 = at(i)
    const p2 = at(i + 1)
    const p3 = at(i + 2)
    for (let k = 0; k < perSegment; k++) {
      const t = k / perSegment
      const t2 = t * t
      const t3 = t2 * t
      const f = (a: number, b: number, c: number, d: number) =>
        0.5 * (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (-a + 3 * b - 3 * c + d) * t3)
      out.push([f(p0[0], p1[0], p2[0], p3[0]), f(p0[1], p1[1], p2[1], p3[1])])
    }
  }
  out.push(pts[n - 1])
  return out
}

/**
 * A band of varying width along a smooth centre line (stems, branches, feathers, fish bodies).
 * `width(t)` gives the full width at t in 0..1 along the line.
 */
export function ribbon(center: Pt[], width: (t: number) => number, perSegment = 8): string {
  return polyline(ribbonPoints(center, width, perSegment), true)
}

export function ribbonPoints(center: Pt[], width: (t: number) => number, perSegment = 8): Pt[] {
  const line = sample(center, perSegment)
  const left: Pt[] = []
  const right: Pt[] = []
  line.forEach((pt, i) => {
    const a = line[Math.max(0, i - 1)]
    const b = line[Math.min(line.length - 1, i + 1)]
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1
    const nx = -(b[1] - a[1]) / len
    const ny = (b[0] - a[0]) / len
    const w = Math.max(0.2, width(i / (line.length - 1))) / 2
    left.push([pt[0] + nx * w, pt[1] + ny * w])
    right.push([pt[0] - nx * w, pt[1] - ny * w])
  })
  return [...left, ...right.reverse()]
}

export function circle(c: Pt, r: number): string {
  return ellipse(c, r, r)
}

export function ellipse(c: Pt, rx: number, ry: number, deg = 0): string {
  const a = polar([0, 0], rx, deg)
  const start: Pt = [c[0] + a[0], c[1] + a[1]]
  const end: Pt = [c[0] - a[0], c[1] - a[1]]
  const arc = `A${num(rx)} ${num(ry)} ${num(deg)} 1 1`
  return `M${p(start)}${arc} ${p(end)}${arc} ${p(start)}Z`
}

export type PetalShape = {
  /** half-widths at 1/4, 1/2 and 3/4 of the length, as fractions of the width */
  profile?: [number, number, number]
  tip?: "point" | "round" | "ruffle"
  /** number of scallops on a ruffled tip */
  ruffles?: number
  /** how deep the scallops cut, as a fraction of the length */
  ruffleDepth?: number
  /** sideways bend of the tip, as a fraction of the length (+ bends clockwise) */
  curl?: number
}

/** Outline points of a petal or leaf growing from `base` in direction `deg`. */
export function petalPoints(base: Pt, deg: number, length: number, width: number, shape: PetalShape = {}): Pt[] {
  const [a, b, c] = shape.profile ?? [0.7, 1, 0.8]
  const hw = width / 2
  const curl = shape.curl ?? 0
  const bend = (t: number) => curl * length * t * t
  const side = (t: number, h: number, sign: number): Pt => [t * length, sign * h * hw + bend(t)]
  const left = [side(0.25, a, -1), side(0.5, b, -1), side(0.75, c, -1)]
  const right = [side(0.75, c, 1), side(0.5, b, 1), side(0.25, a, 1)]
  let tip: Pt[]
  const tipMode = shape.tip ?? "point"
  if (tipMode === "point") {
    tip = [[length, bend(1)]]
  } else {
    const n = tipMode === "ruffle" ? (shape.ruffles ?? 4) * 2 + 1 : 5
    const spread = c * hw * 0.95
    tip = []
    for (let i = 0; i < n; i++) {
      const u = i / (n - 1)
      const y = -spread + 2 * spread * u
      const round = Math.sqrt(Math.max(0, 1 - Math.pow(y / (spread * 1.25), 2)))
      let x = length * 0.82 + length * 0.18 * round
      if (tipMode === "ruffle" && i % 2 === 1) {
        x -= length * (shape.ruffleDepth ?? 0.05)
      }
      tip.push([x, y + bend(x / length)])
    }
  }
  const local: Pt[] = [[0, 0], ...left, ...tip, ...right]
  return place(local, [0, 0], deg, 1, base)
}

export function petal(base: Pt, deg: number, length: number, width: number, shape: PetalShape = {}): string {
  return curve(petalPoints(base, deg, length, width, shape), true)
}

/**
 * The two halves of a leaf split along its midrib, for fishbone-style satin stitching
 * (each half stitched at its own slant). Returns [left, right, midrib].
 */
export function leafHalves(base: Pt, deg: number, length: number, width: number, curl = 0): [string, string, string] {
  const hw = width / 2
  const bend = (t: number) => curl * length * t * t
  const mid = [0, 0.25, 0.5, 0.75, 1].map((t) => [t * length, bend(t)] as Pt)
  const edge = (sign: number) =>
    [0.2, 0.45, 0.7, 0.9].map((t) => [t * length, sign * hw * Math.sin(Math.PI * Math.pow(t, 0.8)) + bend(t)] as Pt)
  const toWorld = (pts: Pt[]) => place(pts, [0, 0], deg, 1, base)
  const left = toWorld([mid[0], ...edge(-1), mid[4], ...mid.slice(1, 4).reverse()])
  const right = toWorld([mid[0], ...edge(1), mid[4], ...mid.slice(1, 4).reverse()])
  return [curve(left, true, 0.8), curve(right, true, 0.8), curve(toWorld(mid))]
}

export function spiral(c: Pt, r0: number, r1: number, startDeg: number, turns: number, steps = 24): string {
  const pts: Pt[] = []
  for (let i = 0; i <= steps; i++) {
    const t = i / steps
    pts.push(polar(c, r0 + (r1 - r0) * t, startDeg + turns * 360 * t))
  }
  return curve(pts)
}

export type Box = { minX: number; minY: number; maxX: number; maxY: number }

/**
 * A box that surely contains the path (control points count, arcs are padded by their radius).
 * Understands the absolute commands this module writes: M L H V C S Q T A Z.
 */
export function pathBounds(d: string): Box {
  const box: Box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity }
  const add = (x: number, y: number, pad = 0) => {
    box.minX = Math.min(box.minX, x - pad)
    box.minY = Math.min(box.minY, y - pad)
    box.maxX = Math.max(box.maxX, x + pad)
    box.maxY = Math.max(box.maxY, y + pad)
  }
  const tokens = d.match(/[A-Za-z]|-?\d*\.?\d+(?:e[-+]?\d+)?/g) ?? []
  let cmd = "M"
  let x = 0
  let y = 0
  let i = 0
  const next = () => parseFloat(tokens[i++])
  while (i < tokens.length) {
    if (/^[A-Za-z]$/.test(tokens[i])) {
      cmd = tokens[i++].toUpperCase()
      if (cmd === "Z") continue
    }
    switch (cmd) {
      case "H":
        x = next()
        add(x, y)
        break
      case "V":
        y = next()
        add(x, y)
        break
      case "A": {
        const rx = next()
        const ry = next()
        i += 3
        const px = x
        const py = y
        x = next()
        y = next()
        const pad = Math.max(rx, ry)
        add(px, py, pad)
        add(x, y, pad)
        break
      }
      case "C":
      case "S":
      case "Q": {
        const pairs = cmd === "C" ? 3 : 2
        for (let k = 0; k < pairs; k++) {
          x = next()
          y = next()
          add(x, y)
        }
        break
      }
      default:
        x = next()
        y = next()
        add(x, y)
    }
  }
  return box
}

/**
 * Parallel lines at `deg` spaced `pitch` apart covering a box, each cut to the box.
 * Returns segments as [start, end, index].
 */
export function hatch(box: Box, deg: number, pitch: number): [Pt, Pt, number][] {
  const ux = Math.cos(rad(deg))
  const uy = Math.sin(rad(deg))
  const nx = -uy
  const ny = ux
  const cx = (box.minX + box.maxX) / 2
  const cy = (box.minY + box.maxY) / 2
  const hw = (box.maxX - box.minX) / 2
  const hh = (box.maxY - box.minY) / 2
  const reachN = Math.abs(nx) * hw + Math.abs(ny) * hh
  const out: [Pt, Pt, number][] = []
  const first = Math.floor(-reachN / pitch)
  const last = Math.ceil(reachN / pitch)
  for (let k = first; k <= last; k++) {
    const ox = cx + nx * k * pitch
    const oy = cy + ny * k * pitch
    // clip the infinite line o + u*t to the box (Liang-Barsky)
    let t0 = -Infinity
    let t1 = Infinity
    const clip = (p: number, q: number) => {
      if (Math.abs(p) < 1e-9) return q >= 0
      const t = q / p
      if (p < 0) t0 = Math.max(t0, t)
      else t1 = Math.min(t1, t)
      return true
    }
    if (
      clip(-ux, ox - box.minX) &&
      clip(ux, box.maxX - ox) &&
      clip(-uy, oy - box.minY) &&
      clip(uy, box.maxY - oy) &&
      t1 > t0
    ) {
      out.push([[ox + ux * t0, oy + uy * t0], [ox + ux * t1, oy + uy * t1], k])
    }
  }
  return out
}
