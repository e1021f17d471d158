import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { databaseSsl } from "../database"

describe("TLS to an external PostgreSQL", () => {
  it("is off unless asked for", () => {
    expect(databaseSsl({})).toBe(false)
    expect(databaseSsl({ DATABASE_SSL: "false" })).toBe(false)
  })

  it("always verifies the server's certificate, with the system's authorities or a given CA", () => {
    expect(databaseSsl({ DATABASE_SSL: "true" })).toEqual({ rejectUnauthorized: true })
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "jinxiu-ca-")), "ca.pem")
    fs.writeFileSync(file, "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")
    expect(databaseSsl({ DATABASE_SSL: "true", DATABASE_SSL_CA: file })).toEqual({ rejectUnauthorized: true, ca: expect.stringContaining("BEGIN CERTIFICATE") })
  })

  it("names the setting when its CA file can't be read", () => {
    expect(() => databaseSsl({ DATABASE_SSL: "true", DATABASE_SSL_CA: "/no/such/ca.pem" })).toThrow(/DATABASE_SSL_CA: can't read the CA file \/no\/such\/ca.pem/)
  })
})
