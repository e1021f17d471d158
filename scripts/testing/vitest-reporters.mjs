// Vitest reporters for every package: the usual console output, plus a JSON report that
// `npm test` adds up into one closing line when JINXIU_TEST_REPORTS names a folder.
import path from "node:path"

export function reporters(packageName) {
  const dir = process.env.JINXIU_TEST_REPORTS
  if (!dir) return ["default"]
  return ["default", ["json", { outputFile: path.join(dir, `${packageName}.json`) }]]
}
