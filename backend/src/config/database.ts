import fs from "node:fs"

/**
 * TLS to an external PostgreSQL (`DATABASE_URL`): with `DATABASE_SSL=true` the connection is
 * encrypted and the server's certificate is verified, against the system's trusted authorities or
 * the one in `DATABASE_SSL_CA` (a PEM file: a managed database's own CA). Never
 * `rejectUnauthorized: false`: an unverified TLS connection can be intercepted.
 */
export function databaseSsl(env: NodeJS.ProcessEnv): false | { rejectUnauthorized: true; ca?: string } {
  if (env.DATABASE_SSL !== "true") return false
  const caFile = env.DATABASE_SSL_CA?.trim()
  if (!caFile) return { rejectUnauthorized: true }
  try {
    return { rejectUnauthorized: true, ca: fs.readFileSync(caFile, "utf8") }
  } catch (error) {
    throw new Error(`DATABASE_SSL_CA: can't read the CA file ${caFile} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
  }
}
