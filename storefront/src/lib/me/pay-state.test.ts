import { describe, expect, it } from "vitest";
import type { ArtisanStatements, PayoutSummary } from "@jinxiu/workshop/domain/http";
import { lastPaidOn, payByPeriod } from "./pay-state";

const payout = (id: string, statementId: string, paidOn: string, status: "sent" | "failed", amount = "10.00"): PayoutSummary => ({
  id,
  statement_id: statementId,
  artisan_id: "artisan_1",
  workshop_id: "ws_1",
  period: "2026-10",
  method: "wechat",
  amount,
  reference: null,
  paid_on: paidOn,
  created_at: `${paidOn}T02:00:00.000Z`,
  status,
  failure: status === "failed" ? { reason: "wrong account", failed_on: paidOn } : null,
});

const statement = (id: string, period: string, pay: ArtisanStatements["statements"][number]["pay"]): ArtisanStatements["statements"][number] => ({
  id,
  period,
  workshop_id: "ws_1",
  net_total: "100.00",
  entry_count: 3,
  pay,
});

describe("her pay by month", () => {
  const statements = [
    statement("stmt_oct", "2026-10", { payable_total: "100.00", paid: "60.00", owed: "40.00", state: "partly_paid" }),
    statement("stmt_sep", "2026-09", { payable_total: "80.00", paid: "80.00", owed: "0.00", state: "paid" }),
    statement("stmt_old", "2026-08", null),
  ];
  const payouts = [
    payout("p1", "stmt_oct", "2026-11-03", "failed", "40.00"),
    payout("p2", "stmt_oct", "2026-11-05", "sent", "60.00"),
    payout("p3", "stmt_sep", "2026-10-06", "sent", "50.00"),
    payout("p4", "stmt_sep", "2026-10-09", "sent", "30.00"),
  ];
  const months = payByPeriod(statements, payouts);

  it("takes each month's state, paid and owed from its statement's pay, never from a paid mark", () => {
    expect(months.get("2026-10")).toMatchObject({ statement_id: "stmt_oct", state: "partly_paid", paid: "60.00", owed: "40.00" });
    expect(months.get("2026-09")).toMatchObject({ state: "paid", owed: "0.00", last_paid_on: "2026-10-09" });
    expect(months.has("2026-08")).toBe(false);
  });

  it("keeps each month's own payouts, newest first, a failed one among them", () => {
    expect(months.get("2026-10")!.payouts.map((p) => [p.id, p.status])).toEqual([
      ["p2", "sent"],
      ["p1", "failed"],
    ]);
    expect(months.get("2026-09")!.payouts.map((p) => p.id)).toEqual(["p4", "p3"]);
  });

  it("dates a month paid by its newest payout that counts, not one that came back", () => {
    expect(lastPaidOn([payout("a", "s", "2026-11-09", "failed"), payout("b", "s", "2026-11-05", "sent")])).toBe("2026-11-05");
    expect(lastPaidOn([payout("a", "s", "2026-11-09", "failed")])).toBeNull();
    expect(lastPaidOn([])).toBeNull();
  });
});
