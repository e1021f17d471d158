import { describe, expect, it } from "vitest";
import { groupApplications, stateFilter } from "./application-groups";

const app = (id: string, status: "new" | "contacted" | "trial" | "hired" | "not_now") => ({ id, status });

describe("the applications on the desk", () => {
  const list = [app("a1", "hired"), app("a2", "new"), app("a3", "trial"), app("a4", "new"), app("a5", "not_now")];

  it("groups them by state, those to act on first and the hired last, keeping the list's order", () => {
    const { groups, counts } = groupApplications(list, "all");
    expect(groups.map((g) => [g.state, g.applications.map((a) => a.id)])).toEqual([
      ["new", ["a2", "a4"]],
      ["trial", ["a3"]],
      ["not_now", ["a5"]],
      ["hired", ["a1"]],
    ]);
    expect(counts).toEqual({ new: 2, contacted: 0, trial: 1, not_now: 1, hired: 1 });
  });

  it("shows only the state asked for, with every state's count still there", () => {
    const { groups, counts } = groupApplications(list, "new");
    expect(groups.map((g) => g.state)).toEqual(["new"]);
    expect(counts.hired).toBe(1);
    expect(groupApplications(list, "contacted").groups).toEqual([]);
  });

  it("reads the state from the address, anything else is all", () => {
    expect(stateFilter("trial")).toBe("trial");
    expect(stateFilter("not_now")).toBe("not_now");
    expect(stateFilter("bogus")).toBe("all");
    expect(stateFilter(["new"])).toBe("all");
    expect(stateFilter(undefined)).toBe("all");
  });
});
