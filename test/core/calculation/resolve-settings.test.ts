import { compareKeys, describeKey, normaliseKey } from "../../../src/core/calculation/budget-key";
import { resolveSettings } from "../../../src/core/calculation/resolve-settings";
import { aPortfolio } from "../../support/builders";

describe("resolveSettings", () => {
  it("uses typed settings as they are", () => {
    expect(resolveSettings(aPortfolio())).toEqual({
      hoursPerFte: 1695,
      hourlyCost: 600,
      discountRate: 0.04,
      tolerance: 0.1,
    });
  });

  it("falls back to the defaults for settings out of range or unreadable", () => {
    const settings = {
      ...aPortfolio().settings,
      hoursPerFte: -1,
      discountRate: 4,
      tolerance: Number.NaN,
    };

    const resolved = resolveSettings(
      aPortfolio({ settings, invalid: { "settings.hourlyCost": "seks hundre" } }),
    );

    expect(resolved).toEqual({
      hoursPerFte: 1695,
      hourlyCost: 0,
      discountRate: 0.04,
      tolerance: 0.1,
    });
  });
});

describe("budget keys", () => {
  it("trims codes and writes an omitted prosjekt as empty", () => {
    expect(normaliseKey({ ansvar: " 3100 ", art: "10300", funksjon: "254" })).toEqual({
      ansvar: "3100",
      art: "10300",
      funksjon: "254",
      prosjekt: "",
    });
  });

  it("orders codes numerically and describes them in Norwegian", () => {
    const keys = [
      { ansvar: "1300", art: "1", funksjon: "1" },
      { ansvar: "254", art: "1", funksjon: "1" },
    ];

    expect([...keys].sort(compareKeys).map((k) => k.ansvar)).toEqual(["254", "1300"]);
    expect(describeKey({ ansvar: "1", art: "2", funksjon: "3", prosjekt: "P9" })).toBe(
      "ansvar 1, art 2, funksjon 3, prosjekt P9",
    );
  });
});
