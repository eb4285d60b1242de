/**
 * What the e2e walks share: building the demo, starting Chromium, and the checks run at every
 * step at Excel's pane width — axe-core, horizontal overflow, and text in the wrong language.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const ROOT = resolve(__dirname, "../..");
const AXE = join(ROOT, "node_modules/axe-core/axe.min.js");
export const hasChromium = existsSync(CHROMIUM);

/** The pane at Excel's width (the demo gives it more room by default). */
export const PANE_350 = 'aside[aria-label="Gevinst"] { width: 350px !important; }';

/** Builds the demo into a fresh temporary folder and returns the folder. */
export function buildDemo(prefix: string): string {
  const outDir = mkdtempSync(join(tmpdir(), prefix));
  execFileSync(
    process.execPath,
    [
      require.resolve("webpack-cli/bin/cli.js"),
      "--mode",
      "development",
      "--env",
      "demo",
      "--output-path",
      outDir,
    ],
    { cwd: ROOT, stdio: "pipe" },
  );
  return outDir;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
}

/** The pane; a dialog the pane opens is a portal outside it, checked with its own root. */
export const PANE = 'aside[aria-label="Gevinst"]';

/** axe-core on the pane (or `root`): the serious and critical violations, as «rule: target» lines. */
export async function axeProblems(page: Page, root = PANE): Promise<string[]> {
  const loaded = await page.evaluate(() => "axe" in window);
  if (!loaded) await page.addScriptTag({ content: readFileSync(AXE, "utf8") });
  return page.evaluate(async (root) => {
    type Result = {
      violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
    };
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<Result> } }).axe;
    const pane = document.querySelector(root);
    if (!pane) return [`no ${root}`];
    // Fluent's focus manager (tabster) puts aria-hidden sentinels with tabindex=0 around lists;
    // they hand focus on at once and are never read, so they are not a barrier.
    const result = await axe.run({ include: [pane], exclude: [["[data-tabster-dummy]"]] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }, root);
}

/** Nothing in the pane is wider than the pane (no horizontal scrolling, nothing cut off). */
export function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pane = document.querySelector('aside[aria-label="Gevinst"]') as HTMLElement;
    const right = pane.getBoundingClientRect().right + 0.5;
    const wide: string[] = [];
    // Cut off by an ancestor inside the pane (Fluent hides a search box's clear button this way).
    const clipped = (el: Element): boolean => {
      for (let up = el.parentElement; up && up !== pane; up = up.parentElement) {
        const style = getComputedStyle(up);
        if (style.overflowX !== "visible" && up.getBoundingClientRect().right <= right) return true;
      }
      return false;
    };
    if (pane.scrollWidth > pane.clientWidth + 1) wide.push(`pane ${pane.scrollWidth}`);
    for (const el of pane.querySelectorAll("*")) {
      const box = el.getBoundingClientRect();
      // Screen-reader-only text is a 1 px box clipped away; it is never seen.
      const seen = box.width > 1 && box.height > 1 && (el as HTMLElement).offsetParent !== null;
      if (seen && box.right > right && !clipped(el))
        wide.push(
          `${el.tagName} «${(el.textContent ?? "").slice(0, 30)}» ${box.right} > ${right} in ${el.parentElement?.className.slice(0, 60)}`,
        );
    }
    // Anything that scrolls sideways inside the pane hides part of itself from the keyboard.
    for (const el of pane.querySelectorAll<HTMLElement>("*"))
      if (
        el.clientWidth > 0 &&
        el.scrollWidth > el.clientWidth + 1 &&
        getComputedStyle(el).overflowX !== "visible"
      )
        wide.push(`${el.tagName} scrolls ${el.scrollWidth} > ${el.clientWidth}`);
    return wide.slice(0, 5);
  });
}

/** Form controls that lie over each other (a field too wide for its grid column, say). */
export function overlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pane = document.querySelector('aside[aria-label="Gevinst"]') as HTMLElement;
    const controls = [...pane.querySelectorAll<HTMLElement>("input, button, textarea")].filter(
      (el) => {
        const box = el.getBoundingClientRect();
        return box.width > 1 && box.height > 1 && !el.closest("[data-tabster-dummy]");
      },
    );
    const found: string[] = [];
    for (let i = 0; i < controls.length; i++)
      for (let j = i + 1; j < controls.length; j++) {
        const a = controls[i] as HTMLElement;
        const b = controls[j] as HTMLElement;
        if (a.contains(b) || b.contains(a)) continue;
        const p = a.getBoundingClientRect();
        const q = b.getBoundingClientRect();
        const x = Math.min(p.right, q.right) - Math.max(p.left, q.left);
        const y = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
        if (x > 1 && y > 1)
          found.push(
            `${a.getAttribute("aria-label") ?? a.textContent ?? a.tagName} × ${b.getAttribute("aria-label") ?? b.textContent ?? b.tagName}`,
          );
      }
    return found.slice(0, 5);
  });
}

export type Language = "nb" | "nn" | "en";

/**
 * Words that betray a sentence in another language. For nynorsk: bokmål forms that nynorsk does not
 * have (nynorsk says ikkje, viss, kvar, kva, kven, nokon, finst, berre, manglar, enno, frå, vel,
 * namn, utan, meir, fleire, mykje, gjer, lagra, kjem, treng, eg, vart, heile, eige, de, tiltaka,
 * gevinstane). For English: Norwegian function words and the commonest Norwegian nouns of the pane.
 * Domain terms the English pane keeps on purpose (innsparingskrav, «Realisert») are not listed.
 */
export const FOREIGN_WORDS: Record<Language, readonly string[]> = {
  nb: ["ikkje", "eit", "frå", "kva", "korleis", "vert", "manglar", "lagra", "the", "and", "not"],
  nn: [
    "ikke",
    "hvis",
    "hvor",
    "hva",
    "hvem",
    "hvordan",
    "hvorfor",
    "noen",
    "noe",
    "finnes",
    "bare",
    "mangler",
    "ennå",
    "fra",
    "velg",
    "navn",
    "uten",
    "mer",
    "flere",
    "mye",
    "gjør",
    "gjøre",
    "lagret",
    "kommer",
    "trenger",
    "jeg",
    "ble",
    "hele",
    "eget",
    "egne",
    "dere",
    "tiltakene",
    "gevinstene",
    "budsjettlinjer",
    "leses",
  ],
  en: [
    "ikke",
    "ikkje",
    "og",
    "eller",
    "er",
    "til",
    "av",
    "på",
    "med",
    "som",
    "det",
    "har",
    "kan",
    "skal",
    "må",
    "ingen",
    "budsjett",
    "budsjettet",
    "lagret",
    "lagra",
    "legg",
    "velg",
    "tiltak",
    "dypdykk",
    "djupdykk",
    "linjeleder",
    "linjeleiar",
    "åååå",
  ],
};

/**
 * The words of `FOREIGN_WORDS[language]` found in the pane's (or `root`'s) text (visible text, aria-labels,
 * placeholders and titles), after taking away `data` — what the user typed and the budget's own
 * names, which are in whatever language the kommune wrote them — and «quoted» names. Each find
 * comes with the sentence around it, so the report says what to translate.
 */
export async function foreignText(
  page: Page,
  language: Language,
  data: readonly string[],
  root = PANE,
): Promise<string[]> {
  const texts = await page.evaluate((root) => {
    const pane = document.querySelector(root);
    if (!pane) return [];
    const out: string[] = [];
    const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("[hidden], [data-tabster-dummy]")) continue;
      if (parent.getClientRects().length === 0) continue;
      const text = node.textContent?.trim();
      if (text) out.push(text);
    }
    for (const el of pane.querySelectorAll("[aria-label], [placeholder], [title]"))
      for (const name of ["aria-label", "placeholder", "title"]) {
        const value = el.getAttribute(name);
        if (value) out.push(value);
      }
    return out;
  }, root);
  // Longest first, so «Hjemmetjenesten nord» goes before «Hjemmetjenesten».
  const strip = [...data].filter((d) => d.trim() !== "").sort((a, b) => b.length - a.length);
  const words = FOREIGN_WORDS[language];
  const found = new Set<string>();
  for (const original of texts) {
    let text = original;
    for (const d of strip) text = text.split(d).join(" ");
    text = text.replace(/«[^»]*»/g, " ");
    for (const token of text.split(/[^\p{L}]+/u)) {
      const word = token.toLowerCase();
      if (words.includes(word)) found.add(`${word}: ${original}`);
    }
  }
  return [...found];
}
