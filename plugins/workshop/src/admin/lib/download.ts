import { sdk } from "./sdk"

/**
 * Fetches a CSV with the admin's session and hands it to the browser as a download named
 * `filename` (the file is never kept: its object URL is revoked shortly after).
 */
export async function downloadCsv(path: string, query: Record<string, string>, filename: string) {
  const response = (await sdk.client.fetch(path, { query, headers: { accept: "text/csv" } })) as unknown as Response
  const blob = await response.blob()
  const url = URL.createObjectURL(blob)
  const a = document.createElement("a")
  a.href = url
  a.download = filename
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
