import "../../support/matchers";
import { readPortfolioJson } from "../../../src/core/portfolio-json/read-portfolio-json";
import { writePortfolioJson } from "../../../src/core/portfolio-json/write-portfolio-json";
import { readFixture } from "../../support/golden";
import { textOf } from "../../support/text-of";

/** A canonical version 2 file with every field §11–§12 add (one value per line, for line numbers). */
const full = (edit: (text: string) => string = (t) => t) =>
  edit(`{
  "format": "gevinst-portefolje",
  "version": 2,
  "organisation": "",
  "budgetYear": 2027,
  "settings": {
    "hoursPerFte": 1695,
    "hourlyCost": 0,
    "discountRate": 0.04,
    "tolerance": 0.1,
    "defaultPhaseIn": [
      1,
      1,
      1,
      1
    ]
  },
  "savingsTarget": {},
  "deepDives": [
    {
      "id": "DD1",
      "name": "Hjemmetjenesten",
      "selectedBecause": [
        "ma_gjores",
        "stort_potensial"
      ],
      "unmetNeeds": "Ventetid på avlastning",
      "problems": "Mange korte besøk",
      "opportunities": "Digitalt tilsyn",
      "valueChain": "Fra vedtak til besøk",
      "minimumRequirements": "Helse- og omsorgstjenesteloven § 3-2",
      "businessCases": "Medisindispenser",
      "workshopDate": "2026-05-12"
    }
  ],
  "measures": [
    {
      "id": "T1",
      "name": "Elektronisk medisineringsstøtte",
      "deepDive": "DD1",
      "owner": "Kari",
      "status": "vedtatt",
      "costs": {
        "oneTime": {},
        "running": {}
      },
      "includedInBudget": true,
      "actions": [
        {
          "id": "H1",
          "what": "Kjøpe dispensere",
          "who": "Innkjøp",
          "due": "2027-03-01",
          "status": "pagar"
        }
      ],
      "preconditions": "Avtale med apotek",
      "risks": "Brukere som ikke vil",
      "benefits": [
        {
          "id": "T1-G1",
          "name": "Færre besøk",
          "type": "tid",
          "annual": 2000,
          "budgetEffect": "omdisponering",
          "links": [],
          "indicators": [
            {
              "id": "I1",
              "name": "Besøk per uke",
              "direction": "minkende",
              "owner": "Sone nord",
              "plan": "Telles i januar, juni og desember",
              "measurements": []
            }
          ],
          "realised": {
            "2027": 1500
          }
        }
      ]
    }
  ],
  "approvals": [
    {
      "document": "kommunen",
      "version": "Q1",
      "by": "Kommunedirektør",
      "date": "2027-02-15"
    }
  ]
}
`);

/** A version 2 file as the writer gives it back: the same text, as version 3 (docs/model.md §9b). */
const asVersion3 = (text: string) => text.replace('"version": 2,', '"version": 3,');

describe("portfolio JSON version 2 (spec §11–§12)", () => {
  it("reads every field §11 and §12 add", () => {
    const { portfolio, issues } = readPortfolioJson(full());

    expect(issues.filter((i) => i.code === "BAD_VALUE" || i.code === "BAD_FORMAT")).toEqual([]);
    expect(portfolio?.version).toBe(3);
    expect(portfolio?.deepDives[0]).toEqual({
      id: "DD1",
      name: "Hjemmetjenesten",
      selectedBecause: ["ma_gjores", "stort_potensial"],
      unmetNeeds: "Ventetid på avlastning",
      problems: "Mange korte besøk",
      opportunities: "Digitalt tilsyn",
      valueChain: "Fra vedtak til besøk",
      minimumRequirements: "Helse- og omsorgstjenesteloven § 3-2",
      businessCases: "Medisindispenser",
      workshopDate: "2026-05-12",
    });
    const measure = portfolio?.measures[0];
    expect(measure?.includedInBudget).toBe(true);
    expect(measure?.actions).toEqual([
      { id: "H1", what: "Kjøpe dispensere", who: "Innkjøp", due: "2027-03-01", status: "pagar" },
    ]);
    expect(measure?.preconditions).toBe("Avtale med apotek");
    expect(measure?.risks).toBe("Brukere som ikke vil");
    expect(measure?.benefits[0]?.realised).toEqual({ "2027": 1500 });
    expect(measure?.benefits[0]?.indicators[0]).toMatchObject({
      owner: "Sone nord",
      plan: "Telles i januar, juni og desember",
    });
    expect(portfolio?.approvals).toEqual([
      { document: "kommunen", version: "Q1", by: "Kommunedirektør", date: "2027-02-15" },
    ]);
  });

  it("writes back exactly the canonical text it read", () => {
    const text = full();

    expect(writePortfolioJson(readPortfolioJson(text).portfolio!)).toBe(asVersion3(text));
  });

  it("reads a version 1 file and writes it as version 3, nothing else changed", () => {
    const v1 = readFixture("portfolio/eksempel.json");

    const { portfolio, issues } = readPortfolioJson(v1);
    const written = writePortfolioJson(portfolio!);

    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(portfolio?.version).toBe(3);
    expect(JSON.parse(written)).toEqual({ ...(JSON.parse(v1) as object), version: 3 });
  });

  it("reports an unknown enum value as BAD_VALUE on its line and keeps it as given", () => {
    const text = full((t) =>
      t.replace('"stort_potensial"', '"billig"').replace('"status": "pagar"', '"status": "snart"'),
    );

    const { portfolio, issues } = readPortfolioJson(text);

    expect(portfolio?.deepDives[0]?.selectedBecause).toEqual(["ma_gjores"]);
    expect(portfolio?.measures[0]?.actions?.[0]?.status).toBe("ikke_startet");
    expect(issues).toHaveIssue("BAD_VALUE", {
      deepDive: "DD1",
      field: "selectedBecause.1",
      line: 25,
    });
    expect(issues).toHaveIssue("BAD_VALUE", { measure: "T1", field: "actions.0.status", line: 54 });
    const message = textOf(issues.find((i) => i.field === "actions.0.status"));
    expect(message).toContain("status i handling 1");
    expect(message).toContain("ikke_startet, pagar, ferdig");
    expect(writePortfolioJson(portfolio!)).toBe(asVersion3(text));
  });

  it("keeps an unreadable value in its place in a list", () => {
    const text = full((t) => t.replace('"ma_gjores"', '"billig"'));

    const read = readPortfolioJson(text).portfolio!;
    const written = JSON.parse(writePortfolioJson(read)) as {
      deepDives: { selectedBecause: unknown }[];
    };

    expect(written.deepDives[0]?.selectedBecause).toEqual(["billig", "stort_potensial"]);
  });

  it("reports a bad date as BAD_VALUE on its line: workshop, action due, approval", () => {
    const text = full((t) =>
      t
        .replace('"2026-05-12"', '"12.05.2026"')
        .replace('"due": "2027-03-01"', '"due": "2027-02-30"')
        .replace('"date": "2027-02-15"', '"date": "i går"'),
    );

    const { issues } = readPortfolioJson(text);

    expect(issues).toHaveIssue("BAD_VALUE", { deepDive: "DD1", field: "workshopDate", line: 33 });
    expect(issues).toHaveIssue("BAD_VALUE", { measure: "T1", field: "actions.0.due", line: 53 });
    expect(issues).toHaveIssue("BAD_VALUE", { field: "approvals.0.date", line: 89 });
    expect(textOf(issues.find((i) => i.field === "actions.0.due"))).toContain(
      "frist i handling 1 er ikke en gyldig dato («2027-02-30»)",
    );
  });

  it("reports a wrong type in the new fields as BAD_VALUE and writes it back as given", () => {
    const text = full((t) =>
      t
        .replace('"includedInBudget": true', '"includedInBudget": "ja"')
        .replace('"2027": 1500', '"2027": "1 500 timer"'),
    );

    const { portfolio, issues } = readPortfolioJson(text);
    const written = writePortfolioJson(portfolio!);

    expect(portfolio?.measures[0]?.includedInBudget).toBeUndefined();
    expect(portfolio?.measures[0]?.benefits[0]?.realised).toEqual({});
    expect(issues).toHaveIssue("BAD_VALUE", { field: "includedInBudget", line: 47 });
    expect(issues).toHaveIssue("BAD_VALUE", { benefit: "T1-G1", field: "realised.2027", line: 78 });
    expect(written).toBe(asVersion3(text));
  });

  it("holds realised figures outside the plan years out, and never for kvalitet", () => {
    const outside = readPortfolioJson(full((t) => t.replace('"2027": 1500', '"2031": 1500')));
    const quality = readPortfolioJson(
      full((t) =>
        t.replace('"type": "tid"', '"type": "kvalitet"').replace('"annual": 2000', '"annual": 0'),
      ),
    );

    expect(outside.issues).toHaveIssue("YEAR_OUTSIDE_PLAN", { field: "realised.2031", line: 78 });
    expect(quality.issues).toHaveIssue("BAD_VALUE", { field: "realised.2027", line: 78 });
  });

  it("keeps unknown fields inside actions and approvals", () => {
    const text = full((t) =>
      t
        .replace('"status": "pagar"', '"status": "pagar",\n          "kommentar": "bestilt"')
        .replace('"date": "2027-02-15"', '"date": "2027-02-15",\n      "sak": "PS 12/27"'),
    );

    expect(writePortfolioJson(readPortfolioJson(text).portfolio!)).toBe(asVersion3(text));
  });
});
