import { describe, expect, it } from "vitest";
import {
  bookableApplicants,
  bookableWomen,
  bookedFirst,
  cleanIds,
  isApplicant,
  isToCome,
  placesLeft,
  registrationErrorMessage,
  registrationRefusal,
  type DeskRegistration,
} from "./registrations";

const booking = (id: string, artisan_id: string | null, application_id: string | null): DeskRegistration => ({
  id,
  artisan_id,
  application_id,
  name: id,
  registered_at: "2026-12-01T02:00:00.000Z",
});

describe("places at a training session to come", () => {
  it("books a session before its day only: on the day and after, attendance is taken", () => {
    expect(isToCome("2026-12-06", "2026-12-05")).toBe(true);
    expect(isToCome("2026-12-05", "2026-12-05")).toBe(false);
    expect(isToCome("2026-12-04", "2026-12-05")).toBe(false);
    expect(isToCome("2027-01-01", "2026-12-31")).toBe(true);
  });

  it("counts the places left, never below none", () => {
    expect(placesLeft(12, 0)).toBe(12);
    expect(placesLeft(12, 5)).toBe(7);
    expect(placesLeft(3, 3)).toBe(0);
    expect(placesLeft(3, 4)).toBe(0);
  });

  it("tags as applicant only one not hired yet", () => {
    expect(isApplicant(booking("r1", null, "app1"))).toBe(true);
    expect(isApplicant(booking("r2", "art1", "app1"))).toBe(false);
    expect(isApplicant(booking("r3", "art1", null))).toBe(false);
  });

  it("offers the women not booked yet, in order", () => {
    const women = [{ id: "w1" }, { id: "w2" }, { id: "w3" }];
    expect(bookableWomen(women, [booking("r1", "w2", null), booking("r2", null, "app1")]).map((w) => w.id)).toEqual(["w1", "w3"]);
  });

  it("offers applicants new, contacted or on trial, not hired and not booked yet", () => {
    const applications = [
      { id: "a1", status: "new" as const, artisan_id: null },
      { id: "a2", status: "contacted" as const, artisan_id: null },
      { id: "a3", status: "trial" as const, artisan_id: null },
      { id: "a4", status: "hired" as const, artisan_id: "w9" },
      { id: "a5", status: "not_now" as const, artisan_id: null },
      { id: "a6", status: "trial" as const, artisan_id: null },
    ];
    expect(bookableApplicants(applications, [booking("r1", null, "a3")]).map((a) => a.id)).toEqual(["a1", "a2", "a6"]);
  });

  it("lists the women booked first on the attendance sheet, keeping the order otherwise", () => {
    const women = [{ id: "w1" }, { id: "w2" }, { id: "w3" }, { id: "w4" }];
    expect(bookedFirst(women, new Set(["w3", "w1"])).map((w) => w.id)).toEqual(["w1", "w3", "w2", "w4"]);
    expect(bookedFirst(women, new Set()).map((w) => w.id)).toEqual(["w1", "w2", "w3", "w4"]);
  });
});

describe("the backend's answer to a booking", () => {
  it("is no refusal when booked, or booked already", () => {
    expect(registrationRefusal(201, { session_id: "s", registrations: [] })).toBeNull();
    expect(registrationRefusal(200, { session_id: "s", registrations: [] })).toBeNull();
  });

  it("reads a full session with its numbers", () => {
    const refusal = registrationRefusal(400, { field: "artisan_ids", code: "session_full", message: "…", params: { capacity: "12", taken: "11" } });
    expect(refusal).toEqual({ code: "session_full", capacity: 12, taken: 11 });
    expect(registrationErrorMessage(refusal!)).toEqual({ key: "sessionFull", values: { capacity: 12, taken: 11, left: 1 } });
  });

  it("reads a session that has taken place", () => {
    const refusal = registrationRefusal(400, { field: "session_id", code: "session_past", params: { date: "2026-12-01" } });
    expect(refusal).toEqual({ code: "session_past", date: "2026-12-01" });
    expect(registrationErrorMessage(refusal!).key).toBe("sessionPast");
  });

  it("reads an applicant hired meanwhile", () => {
    expect(registrationErrorMessage(registrationRefusal(400, { code: "application_hired" })!).key).toBe("applicationHired");
  });

  it("names what wasn't found", () => {
    expect(registrationRefusal(404, { field: "session_id" })).toEqual({ code: "not_found", field: "session_id" });
    expect(registrationErrorMessage(registrationRefusal(404, { field: "artisan_ids" })!).key).toBe("artisanNotFound");
    expect(registrationErrorMessage(registrationRefusal(404, { field: "application_ids" })!).key).toBe("applicationNotFound");
    expect(registrationErrorMessage(registrationRefusal(404, null)!).key).toBe("sessionNotFound");
  });

  it("is a sign-in to renew on 401, and a plain failure otherwise", () => {
    expect(registrationRefusal(401, {})).toEqual({ code: "signed_out" });
    expect(registrationRefusal(500, "oops")).toEqual({ code: "failed" });
    expect(registrationRefusal(400, { code: "session_full", params: {} })).toEqual({ code: "failed" });
    expect(registrationRefusal(400, { message: "artisan_ids: 至少一位" })).toEqual({ code: "failed" });
  });

  it("words the desk's own refusals", () => {
    expect(registrationErrorMessage({ code: "unavailable" }).key).toBe("unavailable");
    expect(registrationErrorMessage({ code: "nobody" }).key).toBe("nobody");
    expect(registrationErrorMessage({ code: "signed_out" }).key).toBe("signIn");
  });
});

describe("the ids a booking names", () => {
  it("keeps distinct well-formed ids, none is an empty list", () => {
    expect(cleanIds(["art_1", "art_2", "art_1"], 10)).toEqual(["art_1", "art_2"]);
    expect(cleanIds(undefined, 10)).toEqual([]);
  });

  it("refuses anything else", () => {
    expect(cleanIds(["art_1", "../admin"], 10)).toBeNull();
    expect(cleanIds([1], 10)).toBeNull();
    expect(cleanIds("art_1", 10)).toBeNull();
    expect(cleanIds(["a", "b", "c"], 2)).toBeNull();
  });
});
