import fs from "fs"
import path from "path"
import { HTTP_METHODS } from "@medusajs/framework/http"

/**
 * The custom HTTP routes of the plugin and the backend, found the way Medusa's router finds them:
 * every `route.js` / `route.ts` under an `api` folder is a route whose path is its folder path
 * (`[id]` becomes `:id`, any segment starting with `_` is ignored), and each exported function
 * named after an HTTP method is one (method, path).
 */

export type RouteTree = {
  name: string
  dir: string
  /** the route file's name in this tree */
  fileName: "route.js" | "route.ts"
}

export type DiscoveredRoute = {
  method: string
  /** Express-style path, `/admin/artisans/:id` */
  path: string
  /** the trees it was found in */
  trees: string[]
}

const PLUGIN_ROOT = path.dirname(require.resolve("@jinxiu/workshop/package.json"))
const BACKEND_ROOT = path.resolve(__dirname, "../..")

export const PLUGIN_BUILD_TREE: RouteTree = {
  name: "plugin build",
  dir: path.join(PLUGIN_ROOT, ".medusa/server/src/api"),
  fileName: "route.js",
}
export const PLUGIN_SOURCE_TREE: RouteTree = { name: "plugin source", dir: path.join(PLUGIN_ROOT, "src/api"), fileName: "route.ts" }
export const BACKEND_SOURCE_TREE: RouteTree = { name: "backend source", dir: path.join(BACKEND_ROOT, "src/api"), fileName: "route.ts" }

/** What the running app serves (the plugin is loaded from its build, the backend from source) and what is written. */
export const CUSTOM_ROUTE_TREES = [PLUGIN_BUILD_TREE, PLUGIN_SOURCE_TREE, BACKEND_SOURCE_TREE]

/** Route paths that are not ours even when a tree holds them (Medusa's login routes). */
const NOT_OURS = [/^\/auth(\/|$)/]

const METHODS = new Set<string>(HTTP_METHODS as readonly string[])

function routeFiles(dir: string, fileName: string): string[] {
  if (!fs.existsSync(dir)) return []
  const found: string[] = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) found.push(...routeFiles(full, fileName))
    else if (entry.name === fileName) found.push(full)
  }
  return found
}

/** `/admin/artisans/[id]/route.ts` -> `/admin/artisans/:id`; null for a path Medusa ignores. */
export function routePath(tree: RouteTree, file: string): string | null {
  const segments = path.relative(tree.dir, path.dirname(file)).split(path.sep).filter(Boolean)
  if (segments.some((s) => s.startsWith("_"))) return null
  return `/${segments.map((s) => s.replace(/\[(\w+)\]/, ":$1")).join("/")}`
}

/** The HTTP methods a built route file exports, read as Medusa reads them: from its exports. */
function methodsOfModule(file: string): string[] {
  const exported = require(file) as Record<string, unknown>
  return Object.keys(exported).filter((key) => METHODS.has(key) && typeof exported[key] === "function")
}

/**
 * The HTTP methods a TypeScript route file exports, read from its text (loading a second copy of
 * the plugin's sources into the test process would register its models twice):
 * `export const GET`, `export async function POST`, `export { handler as DELETE }`.
 */
export function methodsOfSource(text: string): string[] {
  const names = new Set<string>()
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1")
  for (const m of code.matchAll(/export\s+(?:declare\s+)?(?:const|let|var)\s+(\w+)/g)) names.add(m[1])
  for (const m of code.matchAll(/export\s+(?:async\s+)?function\s*\*?\s*(\w+)/g)) names.add(m[1])
  for (const m of code.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of m[1].split(",")) {
      const name = part.trim().split(/\s+as\s+/).pop()?.trim()
      if (name) names.add(name)
    }
  }
  return [...names].filter((n) => METHODS.has(n))
}

/** Every (method, path) of the given trees, with the trees it was found in; sorted. */
export function discoverRoutes(trees: RouteTree[] = CUSTOM_ROUTE_TREES): DiscoveredRoute[] {
  const byKey = new Map<string, DiscoveredRoute>()
  for (const tree of trees) {
    for (const file of routeFiles(tree.dir, tree.fileName)) {
      const route = routePath(tree, file)
      if (!route || NOT_OURS.some((re) => re.test(route))) continue
      const methods = tree.fileName === "route.js" ? methodsOfModule(file) : methodsOfSource(fs.readFileSync(file, "utf8"))
      for (const method of methods) {
        const key = routeKey(method, route)
        const known = byKey.get(key) ?? { method, path: route, trees: [] }
        if (!known.trees.includes(tree.name)) known.trees.push(tree.name)
        byKey.set(key, known)
      }
    }
  }
  return [...byKey.values()].sort((a, b) => routeKey(a.method, a.path).localeCompare(routeKey(b.method, b.path)))
}

/** "POST /admin/artisans/:id/reset-password" */
export function routeKey(method: string, route: string): string {
  return `${method.toUpperCase()} ${route}`
}
