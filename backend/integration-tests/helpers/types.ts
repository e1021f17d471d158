import type { MedusaContainer } from "@medusajs/framework/types"

/** The axios-like client medusaIntegrationTestRunner hands to each suite. */
export type TestApi = {
  get: (url: string, config?: RequestConfig) => Promise<ApiResponse>
  post: (url: string, body?: unknown, config?: RequestConfig) => Promise<ApiResponse>
  delete: (url: string, config?: RequestConfig) => Promise<ApiResponse>
}

export type ApiResponse = { status: number; data: any }

/** Request options carrying headers, as axios takes them: `api.get(url, headers)`. */
export type RequestConfig = { headers: Record<string, string> }

export type Container = MedusaContainer
