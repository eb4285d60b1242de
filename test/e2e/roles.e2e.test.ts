/**
 * Every role's job from the pane, at Excel's 350 px pane width, partly in nynorsk, with axe-core
 * run on each view (no serious or critical violation), nothing wider than the pane, no two controls
 * over each other and no word of another language (support.ts's checks). Starts from
 * «Eksempel med tiltak» (the sample budget, sheets and portfolio), and first checks that the demo
 * asks before that button replaces an edited workbook. Screenshots go to test-artifacts/.
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { sampleBudgetSeed } from "../../src/demo/sample-budget";
import samplePortfolio from "../../src/demo/sample-portfolio.json";
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

if (!hasChromium)
  console.warn(`E2E HOPPET OVER: ${CHROMIUM} finnes ikke (apt-get install -y chromium).`);

/** Every text in a JSON value: the sample's own names, shown as data in any language. */
function textsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(textsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(textsIn);
  return [];
}

/** The sample budget's and sample portfolio's texts, which are in bokmål whatever the pane says. */
const SAMPLE_TEXTS = [
  ...sampleBudgetSeed().sheets.flatMap((sheet) => [
    sheet.name,
    ...sheet.rows.flat().filter((cell): cell is string => typeof cell === "string"),
  ]),
  ...textsIn(samplePortfolio),
];

const describeWithChromium = hasChromium ? describe : describe.skip;

describeWithChromium("each role at 350 px, in bokmål and nynorsk", () => {
  let outDir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    outDir = buildDemo("gevinst-roles-");
    server = await serveDirectory(outDir);
    browser = await launchChromium();
    // bypassCSP: axe-core is injected as a script tag, which the demo's CSP (rightly) forbids.
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
    page.setDefaultTimeout(45_000);
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    page.on("pageerror", (e) => consoleErrors.push(e.message));
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  const pane = () => page.getByRole("complementary", { name: "Gevinst" });

  async function shot(name: string): Promise<void> {
    await pane().screenshot({ path: join(ARTIFACTS, `roller-${name}.png`) });
  }

  /** The workbook's sheet names: what the workbook says, in the language it was written in. */
  function sheetNames(): Promise<string[]> {
    return page.evaluate(() => {
      type Sheet = { name: string };
      const book = (window as unknown as { gevinstDemo: { workbook: { sheets: Sheet[] } } })
        .gevinstDemo.workbook;
      return book.sheets.map((sheet) => sheet.name);
    });
  }

  /**
   * At each step: no serious or critical axe-core violation, nothing wider than the pane, no two
   * controls over each other, and no word of another language outside the sample's own data.
   */
  async function check(view: string, language: Language, typed: string[] = []): Promise<void> {
    await shot(view);
    expect({ view, axe: await axeProblems(page) }).toEqual({ view, axe: [] });
    expect({ view, overflow: await overflow(page) }).toEqual({ view, overflow: [] });
    expect({ view, overlaps: await overlaps(page) }).toEqual({ view, overlaps: [] });
    const data = [...SAMPLE_TEXTS, ...(await sheetNames()), ...typed];
    expect({ view, foreign: await foreignText(page, language, data) }).toEqual({
      view,
      foreign: [],
    });
  }

  it("asks before replacing an edited workbook, then walks the three roles", async () => {
    consoleErrors.length = 0;
    await page.goto(server.url);
    // A fresh page: nothing to lose, so no question.
    await page.getByRole("button", { name: "Eksempel med tiltak" }).click();
    await pane().getByRole("heading", { name: "Tiltakene" }).waitFor();
    // The pane width of Excel.
    await page.addStyleTag({ content: PANE_350 });

    // An edit, then the sample again: the demo asks and names what would be lost.
    await page.locator('[data-cell="A1"]').click();
    const bar = page.getByRole("textbox", { name: "Innhold i valgt celle" });
    await bar.fill("Mitt arbeid");
    await bar.press("Enter");
    await page.getByRole("button", { name: "Eksempel med tiltak" }).click();
    const dialog = page.getByRole("alertdialog");
    await expect(dialog.getByText(/går tapt/).textContent()).resolves.toMatch(/Gevinst-ark/);
    await dialog.getByRole("button", { name: "Avbryt" }).click();
    expect(await page.locator('[data-cell="A1"]').textContent()).toBe("Mitt arbeid");

    // Budget officer: innsparingskrav, a measure's status and costs, innfasing, an indicator.
    await check("1-budsjettansvarlig", "nb");
    const target = pane().getByRole("group", { name: "Innsparingskrav per planår" });
    await target
      .getByRole("textbox", { name: "Innsparingskrav per planår 2027" })
      .fill("1.200.000");
    await pane()
      .getByText("«1.200.000»: skriv tusener med mellomrom, ikke punktum: 1 200 000.")
      .waitFor();
    // Still short of the requirement, so the finance director gets a proposal.
    await target
      .getByRole("textbox", { name: "Innsparingskrav per planår 2027" })
      .fill("1 600 000");
    await pane().getByRole("button", { name: "Lagre innsparingskrav" }).click();
    await pane().getByText("Innsparingskravet er lagret.").waitFor();
    // Focus went to the outcome, not back to the page.
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe("BODY");

    const t2 = pane().locator('[data-measure="T2"]');
    const t2Name = (await t2.locator("span").first().textContent()) ?? "";
    await t2.getByRole("button", { name: `Endre «${t2Name}»` }).click();
    const form = pane().getByRole("group", { name: `Endre «${t2Name}»` });
    await form.getByRole("combobox", { name: "Status" }).click();
    await page.getByRole("option", { name: "Vedtatt" }).click();
    await form.getByRole("textbox", { name: "Engangskostnader 2027" }).fill("150 000");
    await form.getByRole("button", { name: "Avbryt" }).click();
    await t2.getByRole("button", { name: `Endre «${t2Name}»` }).click();
    await form.getByRole("textbox", { name: "Engangskostnader 2027" }).fill("100 000");
    await form.getByRole("button", { name: "Lagre" }).click();
    await pane().getByText(`Lagret tiltaket «${t2Name}».`).waitFor();

    const benefit = pane().locator("[data-benefit]").first();
    const benefitName = (await benefit.locator("span").first().textContent()) ?? "";
    await benefit.getByRole("button", { name: `Endre «${benefitName}»` }).click();
    const bform = pane().getByRole("group", { name: `Endre «${benefitName}»` });
    for (const year of ["2027", "2028", "2029", "2030"])
      await bform
        .getByRole("textbox", { name: `Innfasing (andel av full effekt) ${year}` })
        .fill("");
    await bform.getByRole("textbox", { name: "Innfasing (andel av full effekt) 2027" }).fill("50");
    await bform
      .getByText("År uten innfasing får 0 %, altså ingen effekt: 2028, 2029, 2030.")
      .waitFor();
    for (const year of ["2028", "2029", "2030"])
      await bform
        .getByRole("textbox", { name: `Innfasing (andel av full effekt) ${year}` })
        .fill("100");
    await bform.getByRole("textbox", { name: "Konfidens" }).fill("80");
    await bform.getByRole("button", { name: "Lagre" }).click();
    await pane().getByText(`Lagret gevinsten «${benefitName}».`).waitFor();
    await benefit.getByRole("button", { name: `Endre «${benefitName}»` }).click();
    await bform.getByRole("textbox", { name: "Navn på indikator" }).fill("Antall nattbesøk");
    await bform.getByRole("textbox", { name: "Nullpunkt (baseline)" }).fill("40");
    await bform.getByRole("textbox", { name: "Målverdi" }).fill("25");
    await bform.getByRole("button", { name: "Legg til indikator" }).click();
    await bform.getByText(/^Antall nattbesøk: nullpunkt 40, målverdi 25, 0 målinger$/).waitFor();
    await check("2-budsjettansvarlig-redigert", "nb");

    // Nynorsk from here: no bokmål sentence may show.
    await pane().getByRole("combobox", { name: "Språk" }).click();
    await page.getByRole("option", { name: "Nynorsk" }).click();

    // Line manager: own sheets.
    await pane().getByRole("tab", { name: "Linjeleiar" }).click();
    await pane().getByRole("combobox", { name: "Kven er du?" }).click();
    await page.getByRole("option").first().click();
    await pane().getByRole("heading", { name: "Mine ark" }).waitFor();
    await check("3-linjeleiar-nn", "nn");

    // Finance director: take the proposal, approve, see the approval.
    await pane().getByRole("tab", { name: "Økonomisjef" }).click();
    const proposal = pane().locator("[data-proposal]").first();
    await proposal.waitFor();
    const proposed = (await proposal.locator("span").first().textContent()) ?? "";
    await check("4-okonomisjef-nn", "nn");
    await proposal
      .getByRole("button", { name: `Ta med «${proposed}» (status prioritert)` })
      .click();
    await pane().getByText(`«${proposed}» er prioritert og vert no tald med.`).waitFor();
    // Not balanced yet: approval waits and says why.
    await pane().getByText("Kan ikkje godkjennast før dette er klart:").waitFor();
    expect(await pane().getByRole("button", { name: "Godkjent" }).isDisabled()).toBe(true);

    // The budget officer lowers the requirement (in nynorsk), and the budget balances.
    await pane().getByRole("tab", { name: "Budsjettansvarleg" }).click();
    const krav = pane().getByRole("group", { name: "Innsparingskrav per planår" });
    await krav.getByRole("textbox", { name: "Innsparingskrav per planår 2027" }).fill("-500 000");
    for (const year of ["2028", "2029", "2030"])
      await krav.getByRole("textbox", { name: `Innsparingskrav per planår ${year}` }).fill("0");
    await pane().getByRole("button", { name: "Lagre innsparingskrav" }).click();
    await pane().getByText("Innsparingskravet er lagra.").waitFor();
    await pane().getByRole("tab", { name: "Økonomisjef" }).click();
    await pane().locator('[data-readiness="balance"][data-state="ok"]').waitFor();
    await pane().getByRole("textbox", { name: "Namnet ditt" }).fill("Ola Økonom");
    await check("5-okonomisjef-klar-nn", "nn", ["Ola Økonom"]);
    await pane().getByRole("button", { name: "Godkjent" }).click();
    await pane()
      .getByText(/^Godkjent av Ola Økonom .*\(budsjettår 2027\)\.$/)
      .waitFor();
    await check("6-okonomisjef-godkjent-nn", "nn", ["Ola Økonom"]);
    const text = (await pane().textContent()) ?? "";
    // Bokmål-only words that would betray an untranslated sentence — as words: nynorsk's
    // «politikken» holds «ikke».
    for (const word of ["ikke", "ikke lukket", "tiltakene", "Lagret", "Ingen feil"])
      expect({
        word,
        found: new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, "u").test(text),
      }).toEqual({
        word,
        found: false,
      });

    expect(consoleErrors).toEqual([]);
  });
});
