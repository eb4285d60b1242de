import { classifyHeader, saysThousands } from "../../../src/core/budget/header-words";

describe("classifyHeader", () => {
  it.each([
    ["Ansvar", "ansvar"],
    ["Ansvarssted", "ansvar"],
    ["Art", "art"],
    ["Konto", "art"],
    ["Kontoart", "art"],
    ["Funksjon", "funksjon"],
    ["Tjeneste", "funksjon"],
    ["Prosjekt", "prosjekt"],
    ["Ansvar nr.", "ansvar"],
  ])("reads «%s» as the key column %s", (header, dimension) => {
    expect(classifyHeader(header)).toEqual({ kind: "key", dimension });
  });

  it.each([
    ["Ansvar (T)", "ansvar"],
    ["Ansvarsnavn", "ansvar"],
    ["Art tekst", "art"],
    ["Kontonavn", "art"],
    ["Funksjonsnavn", "funksjon"],
    ["Tjeneste (T)", "funksjon"],
    ["Prosjektnavn", "prosjekt"],
  ])("reads «%s» as the name column of %s", (header, dimension) => {
    expect(classifyHeader(header)).toEqual({ kind: "name", dimension });
  });

  it.each([
    ["Regnskap 2025", 2025, "regnskap"],
    ["Oppr. budsjett 2026", 2026, "budsjett"],
    ["Vedtatt budsjett 2026", 2026, "budsjett"],
    ["Revidert budsjett 2026", 2026, "budsjett"],
    ["Budsjett 2027", 2027, "budsjett"],
    ["ØP 2028", 2028, "okonomiplan"],
    ["Økonomiplan 2029", 2029, "okonomiplan"],
    ["B2027", 2027, "budsjett"],
    ["2027", 2027, "budsjett"],
    [2028, 2028, "budsjett"],
    ["Budsjett 2027 (i 1 000 kr)", 2027, "budsjett"],
  ])("reads «%s» as year %d of kind %s", (header, year, yearKind) => {
    expect(classifyHeader(header)).toEqual({ kind: "year", year, yearKind });
  });

  it.each([["Lønn 2027"], ["Endring 2026–2027"], ["Årsverk 2027"]])(
    "reads «%s» as a year that is not a budget amount",
    (header) => {
      expect(classifyHeader(header)?.kind).toBe("other-year");
    },
  );

  it.each([["Ansvarlig"], ["Kontor"], ["Merknad"], [12.5], [null]])("ignores %p", (header) => {
    expect(classifyHeader(header)).toBeNull();
  });
});

describe("saysThousands", () => {
  it.each([
    ["Beløp i 1 000 kr"],
    ["Driftsbudsjett (1000 kr)"],
    ["Hele tusen"],
    ["i 1\u00a0000 kroner"],
    ["Tall i tkr"],
  ])("sees thousands in «%s»", (text) => {
    expect(saysThousands(text)).toBe(true);
  });

  it.each([["Budsjett 2027"], ["Kostnad 10 000 kr per plass"]])(
    "sees no thousands in «%s»",
    (text) => {
      expect(saysThousands(text)).toBe(false);
    },
  );
});
