import { entityIds } from "../ids"

describe("entityIds", () => {
  it("makes distinct prefixed 26-character ULIDs carrying the time", () => {
    const ids = entityIds("wkent", 1000, Date.UTC(2026, 10, 28))
    expect(new Set(ids).size).toBe(1000)
    for (const id of ids) expect(id).toMatch(/^wkent_[0-9A-HJKMNP-TV-Z]{26}$/)
    const later = entityIds("wkent", 1, Date.UTC(2026, 10, 29))[0]
    expect(later.slice(6, 16) > ids[0].slice(6, 16)).toBe(true)
  })
})
