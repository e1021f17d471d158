import { execFileSync, spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import { EmbeddedPostgres, freePort } from "../../scripts/lib/embedded-postgres.mjs"

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!()
})

function tempDir(mode = 0o755) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jinxiu-rel-"))
  fs.chmodSync(dir, mode)
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }))
  return dir
}

async function select1(pg: EmbeddedPostgres) {
  const { Client } = await import("pg")
  const client = new Client({ connectionString: pg.databaseUrl("postgres") })
  await client.connect()
  const { rows } = await client.query("select 41 + 1 as answer")
  await client.end()
  return rows[0].answer
}

const asRoot = process.getuid?.() === 0

describe("embedded PostgreSQL", () => {
  it("starts, answers queries, stops, and keeps its data across restarts", async () => {
    const dir = tempDir()
    const port = await freePort()
    const pg = new EmbeddedPostgres({ dataDir: path.join(dir, "data"), port, password: "pw", fast: true })
    cleanups.push(() => pg.stop())
    await pg.start()
    await pg.createDatabase("jinxiu")
    expect(await select1(pg)).toBe(42)
    await pg.stop()

    const again = new EmbeddedPostgres({ dataDir: path.join(dir, "data"), port, password: "pw", fast: true })
    cleanups.push(() => again.stop())
    await again.start()
    const { Client } = await import("pg")
    const client = new Client({ connectionString: again.databaseUrl("postgres") })
    await client.connect()
    const { rowCount } = await client.query("select 1 from pg_database where datname = 'jinxiu'")
    await client.end()
    expect(rowCount).toBe(1)
  })

  it.runIf(asRoot)("moves its data out of a folder the postgres user can't reach, and says so", async () => {
    const privateDir = tempDir(0o700)
    const lines: string[] = []
    const pg = new EmbeddedPostgres({
      dataDir: path.join(privateDir, "data"),
      port: await freePort(),
      password: "pw",
      fast: true,
      log: (l: string) => lines.push(l),
    })
    cleanups.push(() => pg.stop())
    await pg.start()
    cleanups.push(() => fs.rmSync(path.dirname(pg.dataDir), { recursive: true, force: true }))
    expect(pg.dataDir.startsWith("/var/tmp/jinxiu-")).toBe(true)
    expect(lines.join("\n")).toMatch(/can't reach/)
    expect(fs.readFileSync(path.join(privateDir, "data", "MOVED.txt"), "utf8")).toContain(pg.dataDir)
    expect(await select1(pg)).toBe(42)
  })

  it("recovers from a server left running by a launcher killed with -9", async () => {
    const dir = tempDir()
    const port = await freePort()
    const script = `
      import { EmbeddedPostgres } from ${JSON.stringify(path.resolve(__dirname, "../../scripts/lib/embedded-postgres.mjs"))}
      const pg = new EmbeddedPostgres({ dataDir: ${JSON.stringify(path.join(dir, "data"))}, port: ${port}, password: "pw", fast: true })
      await pg.start()
      console.log("ready")
      setInterval(() => {}, 1000)
    `
    const owner = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] })
    await new Promise<void>((resolve) => owner.stdout.on("data", (d) => String(d).includes("ready") && resolve()))
    owner.kill("SIGKILL")
    await new Promise((r) => owner.once("exit", r))
    const stalePid = Number(fs.readFileSync(path.join(dir, "data", "postmaster.pid"), "utf8").split("\n")[0])
    expect(() => process.kill(stalePid, 0)).not.toThrow() // the orphan still runs

    const pg = new EmbeddedPostgres({ dataDir: path.join(dir, "data"), port, password: "pw", fast: true })
    cleanups.push(() => pg.stop())
    await pg.start()
    expect(await select1(pg)).toBe(42)
    expect(() => process.kill(stalePid, 0)).toThrow()
  })

  it("says in one line that its port is taken", async () => {
    const dir = tempDir()
    const net = await import("node:net")
    const blocker = net.createServer().listen(0, "127.0.0.1")
    await new Promise((r) => blocker.once("listening", r))
    cleanups.push(() => new Promise<void>((r) => blocker.close(() => r())))
    const port = (blocker.address() as { port: number }).port
    const pg = new EmbeddedPostgres({ dataDir: path.join(dir, "data"), port, password: "pw", fast: true })
    await expect(pg.start()).rejects.toThrow(new RegExp(`Port ${port} .* already taken`))
  })
})

describe("the launcher with bad configuration", () => {
  const root = path.resolve(__dirname, "../..")

  function launch(env: Record<string, string>) {
    try {
      const out = execFileSync(process.execPath, ["scripts/start.mjs"], {
        cwd: root,
        env: { ...process.env, ...env },
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
        timeout: 60000,
      })
      return { code: 0, out }
    } catch (e) {
      const err = e as { status: number; stdout: string; stderr: string }
      return { code: err.status, out: `${err.stdout}${err.stderr}` }
    }
  }

  it("an unreachable DATABASE_URL: one clear line, exit 1", async () => {
    const dataDir = tempDir()
    const { code, out } = launch({
      DATABASE_URL: "postgres://jinxiu:secret@localhost:1/jinxiu",
      JINXIU_DATA_DIR: dataDir,
      PORT: String(await freePort()),
      STOREFRONT_PORT: String(await freePort()),
    })
    expect(code).toBe(1)
    expect(out).toMatch(/Can't connect to the database at postgres:\/\/jinxiu:\*\*\*@localhost:1\/jinxiu/)
    expect(out).not.toContain("secret")
    expect(out).not.toMatch(/\n\s+at /) // no stack trace
  })

  it("a backend port already taken: one clear line, exit 1, no database left running", async () => {
    const dataDir = tempDir()
    const net = await import("node:net")
    const blocker = net.createServer().listen(0, "127.0.0.1")
    await new Promise((r) => blocker.once("listening", r))
    cleanups.push(() => new Promise<void>((r) => blocker.close(() => r())))
    const taken = (blocker.address() as { port: number }).port
    const { code, out } = launch({ JINXIU_DATA_DIR: dataDir, PORT: String(taken), STOREFRONT_PORT: String(await freePort()), JINXIU_PG_PORT: String(await freePort()) })
    expect(code).toBe(1)
    expect(out).toContain(`Port ${taken} (backend) is already in use`)
    expect(fs.existsSync(path.join(dataDir, "postgres", "postmaster.pid"))).toBe(false)
  })

  it("a data folder that can't be created: one clear line, exit 1", async () => {
    const file = path.join(tempDir(), "a-file")
    fs.writeFileSync(file, "")
    const { code, out } = launch({ JINXIU_DATA_DIR: path.join(file, "data") })
    expect(code).toBe(1)
    expect(out).toMatch(/The data folder .* can't be written/)
  })
})
