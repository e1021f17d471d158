// Command-line options of the benches: `--name=value`.

/** The number given as --name=N, or `fallback`. */
export function numberArg(name, fallback) {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`))
  return found ? Number(found.split("=")[1]) : fallback
}
