import { describe, expect, it } from "vitest";
import { formatDate, formatRange, formatSourceTitle, formatSteps } from "@/lib/view/format";

const issue = { spectrum: [0, 1, 2].map((value) => ({ value, label: `L${value}`, description: "d" })) };

describe(formatDate, () => {
  it("formats full and partial dates without a time-zone shift", () => {
    expect(formatDate("2024-12-19")).toBe("19 December 2024");
    expect(formatDate("2022-01-01", "short")).toBe("1 Jan 2022");
    expect(formatDate("2022-09")).toBe("Sept 2022");
    expect(formatDate("2023")).toBe("2023");
  });
});

describe(formatRange, () => {
  it("names one option or a span", () => {
    expect(formatRange(issue, [1, 1])).toBe("L1");
    expect(formatRange(issue, [0, 2])).toBe("L0 to L2");
  });
});

describe(formatSteps, () => {
  it("agrees in number", () => {
    expect(formatSteps(1)).toBe("1 step");
    expect(formatSteps(3)).toBe("3 steps");
  });
});

describe(formatSourceTitle, () => {
  it("shows a bracketed title as a description", () => {
    expect(formatSourceTitle("[TASS report on talks]")).toEqual({ text: "TASS report on talks", isDescription: true });
    expect(formatSourceTitle("Putin speaks")).toEqual({ text: "Putin speaks", isDescription: false });
  });
});
