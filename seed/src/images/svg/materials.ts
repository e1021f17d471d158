import { luminance, shade } from "../color"
import { Defs, url } from "./defs"
import { num } from "./geometry"

/**
 * Silk ground: the fabric colour, a fine weave and soft light across the piece.
 * `weave` is the thread spacing in canvas pixels (larger in a close-up).
 */
export function silk(defs: Defs, d: string, ground: string, weave = 3, light: "soft" | "flat" = "soft"): string {
  const bright = luminance(ground) > 0.45
  const weaveId = defs.add(
    `wv${Math.round(weave * 10)}`,
    (id) =>
      `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${num(weave * 2)}" height="${num(weave * 2)}">` +
      `<rect width="${num(weave * 2)}" height="${num(weave * 0.7)}" fill="#000" fill-opacity=".07"/>` +
      `<rect y="${num(weave)}" width="${num(weave * 2)}" height="${num(weave * 0.5)}" fill="#fff" fill-opacity=".05"/>` +
      `<rect x="${num(weave * 0.3)}" width="${num(weave * 0.5)}" height="${num(weave * 2)}" fill="#000" fill-opacity=".04"/>` +
      `</pattern>`,
  )
  const lightId = defs.add(
    `sl${light}${bright ? "b" : "d"}`,
    (id) =>
      light === "soft"
        ? `<radialGradient id="${id}" cx=".32" cy=".25" r=".95">` +
          `<stop offset="0" stop-color="#fff" stop-opacity="${bright ? ".22" : ".16"}"/>` +
          `<stop offset=".45" stop-color="#fff" stop-opacity="0"/>` +
          `<stop offset="1" stop-color="#000" stop-opacity="${bright ? ".18" : ".32"}"/></radialGradient>`
        : `<linearGradient id="${id}" x1="0" y1="0" x2="1" y2="1">` +
          `<stop offset="0" stop-color="#fff" stop-opacity=".1"/>` +
          `<stop offset="1" stop-color="#000" stop-opacity=".15"/></linearGradient>`,
  )
  return `<path d="${d}" fill="${ground}"/><path d="${d}" fill="${url(weaveId)}"/><path d="${d}" fill="${url(lightId)}"/>`
}

/** Lacquered wood (fan sticks, frames, handles). `angle` turns the grain. */
export function wood(defs: Defs, tone: "rosewood" | "bamboo" | "walnut", angle = 0): string {
  const base = tone === "rosewood" ? "#5a2a1c" : tone === "bamboo" ? "#c9a46a" : "#6b4a30"
  return defs.add(
    `wd${tone}${Math.round(angle)}`,
    (id) =>
      `<linearGradient id="${id}" gradientTransform="rotate(${num(angle)} .5 .5)">` +
      `<stop offset="0" stop-color="${shade(base, -0.35)}"/>` +
      `<stop offset=".3" stop-color="${shade(base, 0.12)}"/>` +
      `<stop offset=".45" stop-color="${shade(base, 0.28)}"/>` +
      `<stop offset=".7" stop-color="${base}"/>` +
      `<stop offset="1" stop-color="${shade(base, -0.45)}"/></linearGradient>`,
  )
}

/** Polished brass for clasps, rings and bezels. */
export function brass(defs: Defs, angle = 90): string {
  return defs.add(
    `br${Math.round(angle)}`,
    (id) =>
      `<linearGradient id="${id}" gradientTransform="rotate(${num(angle)} .5 .5)">` +
      `<stop offset="0" stop-color="#fff3c2"/><stop offset=".25" stop-color="#d8b45a"/>` +
      `<stop offset=".5" stop-color="#8d6a22"/><stop offset=".7" stop-color="#e2c26a"/>` +
      `<stop offset="1" stop-color="#6f5018"/></linearGradient>`,
  )
}
