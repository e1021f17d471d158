/**
 * The admin dashboard's build (Vite, `medusa build`), changed in one way: Zod, the dashboard's
 * form validation, starts in its interpreted mode (`jitless`). In its default mode Zod probes
 * whether it may compile validators with `new Function` the moment the first object schema is
 * made, which the admin's content security policy (no 'unsafe-eval',
 * src/api/security/headers.ts) refuses and the browser reports as a violation on every page,
 * although Zod catches it and validates without. Zod keeps that setting in a module of its own,
 * set by `z.config()`, which no code of ours can call before the dashboard's first schema is made:
 * so the setting is written into that module as it is bundled.
 */
type VitePlugin = { name: string; enforce?: "pre" | "post"; transform?: (code: string, id: string) => string | null }
type InlineConfig = { plugins?: unknown[] } & Record<string, unknown>

/** Zod's settings module, as it starts (zod 4: `export const globalConfig = {};`). */
const ZOD_CONFIG = /(export\s+const\s+globalConfig\s*=\s*)\{\s*\}/

export function zodWithoutEval(): VitePlugin {
  return {
    name: "jinxiu-zod-without-eval",
    enforce: "pre",
    transform(code, id) {
      if (!/[\\/]zod[\\/]v4[\\/]core[\\/]core\.(m?js)$/.test(id.split("?")[0] ?? "")) return null
      if (!ZOD_CONFIG.test(code)) {
        throw new Error(`${id}: Zod's settings module changed; update backend/src/config/admin-vite.ts`)
      }
      return code.replace(ZOD_CONFIG, "$1{ jitless: true }")
    },
  }
}

export function adminVite(config: InlineConfig): InlineConfig {
  return { ...config, plugins: [...(config.plugins ?? []), zodWithoutEval()] }
}
