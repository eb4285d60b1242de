/**
 * The budget officer's whole job from the pane at Excel's 350 px, in nynorsk, English and bokmål:
 * connect the budget by hand (from nothing: sheet, header row, key and amount columns) and by the
 * proposal (with its way into the hand mapping), create the sheets, set the innsparingskrav, add a
 * deep-dive and a measure by keyboard alone, give the measure a status, add a benefit of each type
 * (the first by keyboard alone), link one to two budget lines with shares, add an indicator. At
 * every step: no serious or critical axe-core violation, nothing wider than the pane, no word of
 * another language. Each walk then downloads the workbook, opens the download again (the
 * demo asks first, naming what is replaced) and compares fills, drop-down lists, protection and
 * column widths sheet by sheet. Each walk ends with the line manager's, the finance director's and
 * the årshjul views over that workbook, checked the same way. Screenshots go to test-artifacts/
 * (and /tmp/pane-shots/).
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { sampleBudgetSeed } from "../../src/demo/sample-budget";
import { STRINGS, type Strings } from "../../src/taskpane/strings";
import { serveDirectory, type RunningServer } from "./static-server";
import {
  axeProblems,
  buildDemo,
  CHROMIUM,
  foreignText,
  hasChromium,
  launchChromium,
  overflow,
  overlaps,
  PANE_350,
  ROOT,
  type Language,
} from "./support";

const ARTIFACTS = join(ROOT, "test-artifacts");
const SHOTS = "/tmp/pane-shots";

if (!hasChromium)
  console.warn(`E2E HOPPET OVER: ${CHROMIUM} finnes ikke (apt-get install -y chromium).`);
const describeWithChromium = hasChromium ? describe : describe.skip;

/** Every text the sample budget holds: the kommune's own names, shown as data in any language. */
const BUDGET_TEXTS = sampleBudgetSeed().sheets.flatMap((sheet) => [
  sheet.name,
  ...sheet.rows.flat().filter((cell): cell is string => typeof cell === "string"),
]);

/** A sentence with numbers in it, as a pattern: the numbers may be any. */
function pattern(sentence: (...numbers: number[]) => string, arity = 1): RegExp {
  const sentinels = [987_651, 987_652, 987_653].slice(0, arity);
  let source = sentence(...sentinels).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  for (const n of sentinels) source = source.replace(String(n), "\\d+");
  return new RegExp(`^${source}$`);
}

/** What the user types, per language: names in the language the user would write them. */
const DATA: Record<
  Language,
  { deepDive: string; owner: string; measure: string; benefits: [string, string, string, string] }
> = {
  nn: {
    deepDive: "Heimetenester",
    owner: "Kari Nordmann",
    measure: "Digitalt tilsyn om natta",
    benefits: ["Færre nattbesøk", "Auka eigenbetaling", "Spart køyretid", "Tryggare natt"],
  },
  en: {
    deepDive: "Home care",
    owner: "Kari Nordmann",
    measure: "Digital night checks",
    benefits: ["Fewer night visits", "More user payments", "Less driving", "Safer nights"],
  },
  nb: {
    deepDive: "Hjemmetjenester",
    owner: "Kari Nordmann",
    measure: "Digitalt tilsyn om natten",
    benefits: ["Færre nattbesøk", "Økt egenbetaling", "Spart kjøretid", "Tryggere natt"],
  },
};

describeWithChromium("the budget officer's whole job at 350 px", () => {
  let outDir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    outDir = buildDemo("gevinst-officer-");
    server = await serveDirectory(outDir);
    browser = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    consoleErrors.length = 0;
    // bypassCSP: axe-core is injected as a script tag, which the demo's CSP (rightly) forbids.
    page = await browser.newPage({
      viewport: { width: 1366, height: 768 },
      bypassCSP: true,
      acceptDownloads: true,
    });
    page.setDefaultTimeout(30_000);
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    page.on("pageerror", (e) => consoleErrors.push(e.message));
  });

  afterEach(async () => {
    await page?.close();
  });

  const pane = () => page.getByRole("complementary", { name: "Gevinst" });

  /** The active option of the focused combobox (Fluent's Dropdown keeps focus on the button). */
  const activeOption = () =>
    page.evaluate(() => {
      const id = document.activeElement?.getAttribute("aria-activedescendant");
      return id ? (document.getElementById(id)?.textContent ?? "") : "";
    });

  /** Chooses an option the way a keyboard user does: open, arrow down to it, Enter. */
  async function chooseByKeyboard(box: Locator, option: string): Promise<void> {
    await box.focus();
    await page.keyboard.press("Enter");
    for (let i = 0; i < 60 && (await activeOption()) !== option; i++)
      await page.keyboard.press("ArrowDown");
    expect(await activeOption()).toBe(option);
    await page.keyboard.press("Enter");
    await expect(box.textContent()).resolves.toBe(option);
  }

  async function choose(box: Locator, option: string | RegExp): Promise<void> {
    await box.click();
    await page.getByRole("option", { name: option }).click();
  }

  /**
   * What a Gevinst sheet needs to stay usable, read from the demo's workbook: per sheet its
   * protection, visibility, column widths, filled and unlocked cells, and list validations cell by
   * cell (as a set: a list written twice on the same cells is one list in a file).
   */
  function formattingInPage() {
    return page.evaluate(() => {
      type Sheet = {
        name: string;
        visibility: string;
        isProtected: boolean;
        columnWidths: Map<number, number>;
        cells: Map<string, { style: { fill?: string; locked?: boolean } }>;
        validations: {
          range: { row: number; col: number; rows: number; cols: number };
          list: string[];
        }[];
      };
      const book = (window as unknown as { gevinstDemo: { workbook: { sheets: Sheet[] } } })
        .gevinstDemo.workbook;
      return book.sheets.map((sheet) => ({
        name: sheet.name,
        visibility: sheet.visibility,
        isProtected: sheet.isProtected,
        widths: [...sheet.columnWidths].sort((a, b) => a[0] - b[0]),
        fills: [...sheet.cells]
          .filter(([, cell]) => cell.style.fill)
          .map(([key, cell]) => `${key} ${cell.style.fill?.toUpperCase()}`)
          .sort(),
        unlocked: [...sheet.cells]
          .filter(([, cell]) => cell.style.locked === false)
          .map(([key]) => key)
          .sort(),
        lists: [
          ...new Set(
            sheet.validations.flatMap(({ range, list }) =>
              Array.from(
                { length: range.rows * range.cols },
                (_, i) =>
                  `${range.row + Math.floor(i / range.cols)},${range.col + (i % range.cols)} ${list.join(",")}`,
              ),
            ),
          ),
        ].sort(),
      }));
    });
  }

  /** Focus is somewhere in the pane after an action, not dropped on the page body. */
  async function focusInPane(): Promise<boolean> {
    return page.evaluate(
      () => document.activeElement?.closest('aside[aria-label="Gevinst"]') !== null,
    );
  }

  it.each<[Language]>([["nn"], ["en"], ["nb"]])(
    "connects, adds and links everything in %s, by keyboard too",
    async (language) => {
      const s: Strings = STRINGS[language];
      const data = DATA[language];
      const shot = async (step: string) => {
        const name = `officer-${language}-${step}.png`;
        await pane().screenshot({ path: join(ARTIFACTS, name) });
        await pane().screenshot({ path: join(SHOTS, name) });
      };
      const typed = [data.deepDive, data.owner, data.measure, ...data.benefits, "Antal", "Count"];
      const check = async (step: string) => {
        await shot(step);
        // The sheet names, and the årshjul's activities as its sheet holds them: what the
        // workbook says, in the language it was written in (the user may have edited it).
        const sheets = await page.evaluate(() => {
          type Sheet = { name: string; cells: Map<string, { value: unknown }> };
          const book = (window as unknown as { gevinstDemo: { workbook: { sheets: Sheet[] } } })
            .gevinstDemo.workbook;
          return book.sheets.flatMap((sheet) => [
            sheet.name,
            ...(sheet.name === "Gevinst Årshjul"
              ? [...sheet.cells.values()].flatMap((cell) =>
                  typeof cell.value === "string" ? [cell.value] : [],
                )
              : []),
          ]);
        });
        expect({ step, axe: await axeProblems(page) }).toEqual({ step, axe: [] });
        expect({ step, overflow: await overflow(page) }).toEqual({ step, overflow: [] });
        expect({ step, overlaps: await overlaps(page) }).toEqual({ step, overlaps: [] });
        expect({
          step,
          foreign: await foreignText(page, language, [...typed, ...sheets, ...BUDGET_TEXTS]),
        }).toEqual({ step, foreign: [] });
      };

      await page.goto(server.url);
      await page.addStyleTag({ content: PANE_350 });
      if (language !== "nb") {
        await choose(pane().getByRole("combobox", { name: "Språk" }), s.language[language]);
        await pane().getByRole("tab", { name: s.roles["budget-officer"].tab }).waitFor();
      }
      await pane().getByText(s.budget.notConnected).waitFor();
      await check("1-start");

      // «Koble for hånd» from nothing: every field chosen by the user.
      await pane().getByRole("button", { name: s.budget.handMap }).click();
      const headerRow = pane().getByRole("spinbutton", { name: s.budget.headerRowInput });
      await headerRow.waitFor();
      await check("2-hand-empty");
      await headerRow.fill("5");
      await pane().getByRole("spinbutton", { name: s.budget.budgetYear }).fill("2027");
      await choose(pane().getByRole("combobox", { name: s.budget.keyColumn.ansvar }), "A: Ansvar");
      await choose(pane().getByRole("combobox", { name: s.budget.keyColumn.art }), "C: Art");
      await choose(
        pane().getByRole("combobox", { name: s.budget.keyColumn.funksjon }),
        "E: Funksjon",
      );
      const amounts = ["I: Budsjett 2027", "J: ØP 2028", "K: ØP 2029", "L: ØP 2030"];
      for (const [i, column] of amounts.entries())
        await choose(
          pane().getByRole("combobox", { name: s.budget.amountColumn(2027 + i) }),
          column,
        );
      const confirm = pane().getByRole("button", { name: s.budget.confirm });
      await expect(confirm.isEnabled()).resolves.toBe(true);
      await pane().getByText(pattern(s.budget.lineCount)).waitFor();
      await check("3-hand-filled");
      await confirm.click();
      await pane().getByText(pattern(s.budget.confirmed)).waitFor();
      await pane().getByText(pattern(s.budget.connected, 2)).waitFor();
      const handLines = await pane().getByText(pattern(s.budget.connected, 2)).textContent();

      // The proposal: checked, then into the hand mapping (it starts from the proposal), back out,
      // and the proposal confirmed — the same lines as by hand.
      await pane().getByRole("button", { name: s.budget.reconnect }).click();
      await pane().getByText(s.budget.proposal).first().waitFor();
      await check("4-proposal");
      await pane().getByRole("button", { name: s.budget.handMap }).click();
      await expect(
        pane().getByRole("spinbutton", { name: s.budget.headerRowInput }).inputValue(),
      ).resolves.toBe("5");
      await expect(
        pane().getByRole("combobox", { name: s.budget.keyColumn.art }).textContent(),
      ).resolves.toBe("C: Art");
      await check("5-hand-from-proposal");
      await pane().getByRole("button", { name: s.budget.cancel }).click();
      await pane().getByRole("button", { name: s.budget.reconnect }).click();
      await pane().getByRole("button", { name: s.budget.confirm }).click();
      await pane().getByText(pattern(s.budget.confirmed)).waitFor();
      expect(await pane().getByText(pattern(s.budget.connected, 2)).textContent()).toBe(handLines);

      await pane().getByRole("button", { name: s.sheets.create }).click();
      await pane().getByText(pattern(s.sheets.created, 2)).waitFor();

      // Innsparingskrav for the four plan years.
      const target = pane().getByRole("group", { name: s.edit.targetLegend });
      for (const [i, amount] of ["400 000", "600 000", "600 000", "600 000"].entries())
        await target
          .getByRole("textbox", { name: `${s.edit.targetLegend} ${2027 + i}` })
          .fill(amount);
      await pane().getByRole("button", { name: s.edit.saveTarget }).click();
      await pane().getByText(s.edit.targetSaved).waitFor();
      await check("6-sheets-target");

      // A deep-dive by keyboard alone: type, Tab, type, Tab, Enter.
      await pane().getByRole("textbox", { name: s.portfolio.deepDiveName }).focus();
      await page.keyboard.type(data.deepDive);
      await page.keyboard.press("Tab");
      await page.keyboard.type(data.owner);
      await page.keyboard.press("Tab");
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
        s.portfolio.addDeepDive,
      );
      await page.keyboard.press("Enter");
      await pane().getByText(s.portfolio.added(data.deepDive)).waitFor();
      expect(await focusInPane()).toBe(true);
      await pane().getByText(`DD1 ${data.deepDive} – ${data.owner}`).waitFor();

      // A measure by keyboard alone: name, the deep-dive just made, its line manager by default.
      await pane().getByRole("textbox", { name: s.portfolio.measureName }).focus();
      await page.keyboard.type(data.measure);
      await page.keyboard.press("Tab");
      await expect(
        pane().getByRole("combobox", { name: s.portfolio.measureDeepDive }).textContent(),
      ).resolves.toBe(`DD1 ${data.deepDive}`);
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      await pane().getByText(s.portfolio.added(data.measure)).waitFor();
      expect(await focusInPane()).toBe(true);
      await check("7-deep-dive-measure");

      // Its status, from the list of measures.
      const measure = pane().locator('[data-measure="T1"]');
      await measure.getByRole("button", { name: s.edit.editLabel(data.measure) }).click();
      const measureForm = pane().getByRole("group", { name: s.edit.editLabel(data.measure) });
      await chooseByKeyboard(
        measureForm.getByRole("combobox", { name: s.edit.status }),
        s.finance.statuses.vedtatt,
      );
      await check("8-measure-status");
      await measureForm.getByRole("button", { name: s.common.save }).click();
      await pane().getByText(s.edit.measureSaved(data.measure)).waitFor();
      await measure.getByText(s.finance.statuses.vedtatt).waitFor();

      // A benefit of each type; the first by keyboard alone.
      const [kostnad, inntekt, tid, kvalitet] = data.benefits;
      const types = s.portfolio.benefitTypes;
      const effects = s.portfolio.budgetEffects;
      await pane().getByRole("textbox", { name: s.portfolio.benefitName }).focus();
      await page.keyboard.type(kostnad);
      await page.keyboard.press("Tab");
      const typeBox = pane().getByRole("combobox", { name: s.portfolio.benefitType });
      await expect(page.evaluate(() => document.activeElement?.getAttribute("role"))).resolves.toBe(
        "combobox",
      );
      await chooseByKeyboard(typeBox, types.kostnad);
      await page.keyboard.press("Tab"); // budget effect: uttak
      await page.keyboard.press("Tab");
      await page.keyboard.type("600 000");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      await pane().getByText(s.portfolio.added(kostnad)).waitFor();
      expect(await focusInPane()).toBe(true);

      const addBenefit = async (
        name: string,
        type: keyof typeof types,
        annual: string | null,
        effect: keyof typeof effects | null,
      ) => {
        await pane().getByRole("textbox", { name: s.portfolio.benefitName }).fill(name);
        await choose(typeBox, types[type]);
        if (effect)
          await choose(
            pane().getByRole("combobox", { name: s.portfolio.budgetEffect }),
            effects[effect],
          );
        if (annual !== null)
          await pane().getByRole("textbox", { name: s.portfolio.annual }).fill(annual);
        await pane().getByRole("button", { name: s.portfolio.addBenefit }).click();
        await pane().getByText(s.portfolio.added(name)).waitFor();
      };
      await addBenefit(inntekt, "inntekt", "120 000", "omdisponering");
      await addBenefit(tid, "tid", "1 500", "ingen");
      // Quality: no amount, and the budget effect shows «Ingen» as it is saved.
      await pane().getByRole("textbox", { name: s.portfolio.benefitName }).fill(kvalitet);
      await choose(typeBox, types.kvalitet);
      await pane().getByText(s.portfolio.kvalitetNoEffect).waitFor();
      await expect(
        pane().getByRole("combobox", { name: s.portfolio.budgetEffect }).textContent(),
      ).resolves.toBe(effects.ingen);
      await check("9-benefit-kvalitet");
      await pane().getByRole("button", { name: s.portfolio.addBenefit }).click();
      await pane().getByText(s.portfolio.added(kvalitet)).waitFor();

      // Each is saved with its type and budget effect (the list reads them back from the sheets).
      // The message comes when the sheets are written; the list follows on the next read.
      await pane().locator("[data-benefit]").nth(3).waitFor();
      const saved = await pane()
        .locator("[data-benefit]")
        .evaluateAll((items) => items.map((item) => item.textContent ?? ""));
      expect(saved).toHaveLength(4);
      const expected: [string, string, string][] = [
        [kostnad, types.kostnad, effects.uttak],
        [inntekt, types.inntekt, effects.omdisponering],
        [tid, types.tid, effects.ingen],
        [kvalitet, types.kvalitet, effects.ingen],
      ];
      for (const [i, [name, type, effect]] of expected.entries()) {
        expect(saved[i]).toContain(name);
        expect(saved[i]).toContain(` · ${type}`);
        expect(saved[i]).toContain(` · ${effect} · `);
      }
      await check("10-benefits");

      // Links: the kostnad benefit to two budget lines, 60 / 40.
      const links = pane().getByRole("region", { name: s.links.heading });
      await choose(links.getByRole("combobox", { name: s.links.benefit }), `G1 ${kostnad}`);
      const search = links.getByRole("searchbox");
      await search.fill("3100 10100");
      await pane()
        .getByRole("button", { name: new RegExp(`^${s.links.pick("3100 Hjemmetjenesten 10100")}`) })
        .click();
      await search.fill("3100 10200");
      await pane()
        .getByRole("button", { name: new RegExp(`^${s.links.pick("3100 Hjemmetjenesten 10200")}`) })
        .click();
      const shares = pane().getByRole("textbox", { name: new RegExp(`^${s.links.share("")}`) });
      await expect(shares.count()).resolves.toBe(2);
      await shares.nth(0).fill("60");
      await shares.nth(1).fill("40");
      await pane().getByText(s.links.sum("100")).waitFor();
      await check("11-links");
      await pane().getByRole("button", { name: s.links.save }).click();
      await pane().getByText(s.links.saved(2)).waitFor();
      await pane()
        .locator("[data-benefit]")
        .first()
        .getByText(new RegExp(s.edit.linkCount(2)))
        .waitFor();

      // An indicator on the quality benefit.
      const quality = pane().locator("[data-benefit]").nth(3);
      await quality.getByRole("button", { name: s.edit.editLabel(kvalitet) }).click();
      const qform = pane().getByRole("group", { name: s.edit.editLabel(kvalitet) });
      const indicator = language === "en" ? "Count" : "Antal";
      await qform.getByRole("textbox", { name: s.edit.indicatorName }).fill(indicator);
      await qform.getByRole("textbox", { name: s.edit.baseline }).fill("12");
      await qform.getByRole("textbox", { name: s.edit.target }).fill("4");
      await qform.getByRole("button", { name: s.edit.addIndicator }).click();
      await qform.getByText(s.edit.indicatorLine(indicator, "12", "4", 0)).waitFor();
      await check("12-indicator");

      // «Last ned .xlsx», then open the download again: the demo asks first, naming what goes,
      // and the workbook that comes back has the same fills, unlocked cells, drop-down lists,
      // protection and column widths, sheet by sheet — and the pane reads the same portfolio.
      const before = await formattingInPage();
      const deepDiveSheet = before.find((sheet) => sheet.name === `Gevinst DD ${data.deepDive}`);
      expect({
        fills: deepDiveSheet?.fills.length,
        unlocked: deepDiveSheet?.unlocked.length,
        lists: deepDiveSheet?.lists.length,
        widths: deepDiveSheet?.widths.length,
        isProtected: deepDiveSheet?.isProtected,
      }).toEqual({
        fills: expect.any(Number),
        unlocked: expect.any(Number),
        lists: expect.any(Number),
        widths: expect.any(Number),
        isProtected: true,
      });
      expect(
        Math.min(
          deepDiveSheet?.fills.length ?? 0,
          deepDiveSheet?.unlocked.length ?? 0,
          deepDiveSheet?.lists.length ?? 0,
          deepDiveSheet?.widths.length ?? 0,
        ),
      ).toBeGreaterThan(0);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Last ned .xlsx" }).click(),
      ]);
      const file = join(outDir, `gevinst-${language}.xlsx`);
      await download.saveAs(file);
      await page.evaluate(() => {
        const w = window as unknown as { gevinstDemo: { workbook: unknown }; downloaded: unknown };
        w.downloaded = w.gevinstDemo.workbook;
      });
      await page.getByRole("button", { name: "Åpne .xlsx" }).click();
      const dialog = page.getByRole("alertdialog");
      await expect(dialog.textContent()).resolves.toMatch(
        /går tapt: alt du har skrevet i cellene og \d+ Gevinst-ark \(.*Gevinst DD /,
      );
      const [chooser] = await Promise.all([
        page.waitForEvent("filechooser"),
        dialog.getByRole("button", { name: "Erstatt arbeidsboken" }).click(),
      ]);
      await chooser.setFiles(file);
      await page.waitForFunction(() => {
        const w = window as unknown as { gevinstDemo: { workbook: unknown }; downloaded: unknown };
        return w.gevinstDemo.workbook !== w.downloaded;
      });
      expect(await formattingInPage()).toEqual(before);
      await pane().getByText(`DD1 ${data.deepDive} – ${data.owner}`).waitFor();
      await expect(pane().locator("[data-benefit]").count()).resolves.toBe(4);
      await check("13-reopened");

      // The other roles' views over this workbook, in the same language and width.
      await pane().getByRole("tab", { name: s.roles["line-manager"].tab }).click();
      await choose(pane().getByRole("combobox", { name: s.lineManager.whoAreYou }), data.owner);
      await pane().getByRole("heading", { name: s.lineManager.heading }).waitFor();
      await check("14-line-manager");
      await pane().getByRole("tab", { name: s.roles["finance-director"].tab }).click();
      await pane().getByRole("heading", { name: s.finance.readinessHeading }).waitFor();
      await pane().locator('[data-figure="gross"][data-year="2027"]').waitFor();
      await check("15-finance-director");
      await pane().getByRole("tab", { name: s.roles["annual-cycle"].tab }).click();
      await pane().getByRole("heading", { name: s.annualCycle.sheetsHeading }).waitFor();
      await check("16-annual-cycle");

      expect(consoleErrors).toEqual([]);
    },
  );
});
