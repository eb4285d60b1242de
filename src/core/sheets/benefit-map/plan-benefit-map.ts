/**
 * Which gevinstkart sheets the workbook gets (spec §16): one per deep-dive, «Gevinst Kart
 * <navn>», named after its data sheet and following it when that is renamed. A sheet once made
 * stays (no use-case deletes a sheet): a map whose deep-dive is gone is left as it was.
 */
import type { DeepDive, Measure } from "../../model/portfolio.types";
import type { DeepDiveRef } from "../deep-dive/deep-dive-ref";
import { settingsRows } from "../settings/render-settings";
import { cellRef } from "../shared/formulas";
import type { SheetDraft } from "../shared/sheet-draft";
import { BENEFIT_MAP_PREFIX, SHEET_SETTINGS, benefitMapSheetName } from "../shared/sheet-names";
import { renderBenefitMap } from "./render-benefit-map";

export type BenefitMapPlanInput = {
  years: readonly string[];
  slots: readonly { ref: DeepDiveRef; deepDive: DeepDive | null; measures: Measure[] }[];
  /** Sheet names in the workbook now. */
  sheets: readonly string[];
  /** Deep-dive sheets renamed by this plan. */
  renames: readonly { from: string; to: string }[];
};

export type BenefitMapSheets = {
  /** Per slot its map's sheet (none for the sheet of measures without a deep-dive). */
  perSlot: (string | undefined)[];
  renamed: { from: string; to: string }[];
};

/**
 * Names the maps: existing maps are Gevinst's to reuse; every other sheet is taken. A map whose
 * deep-dive sheet is renamed is renamed with it, when it exists under the old name.
 */
export function assignBenefitMapSheets(input: BenefitMapPlanInput): BenefitMapSheets {
  const existing = new Set(input.sheets);
  const taken = input.sheets.filter((name) => !name.startsWith(BENEFIT_MAP_PREFIX));
  const renamed: { from: string; to: string }[] = [];
  const perSlot = input.slots.map((slot) => {
    if (!slot.deepDive) return undefined;
    const name = benefitMapSheetName(slot.ref.sheet, taken);
    taken.push(name);
    const before = input.renames.find((r) => r.to === slot.ref.sheet);
    if (before && !existing.has(name)) {
      const old = benefitMapSheetName(before.from, []);
      if (existing.has(old)) renamed.push({ from: old, to: name });
    }
    return name;
  });
  return { perSlot, renamed };
}

/** The map drafts, in the order of the deep-dives. */
export function renderBenefitMaps(
  input: BenefitMapPlanInput,
  maps: BenefitMapSheets,
): SheetDraft[] {
  const organisationRef = cellRef(settingsRows().organisation as number, 1, {
    sheet: SHEET_SETTINGS,
    abs: true,
  });
  const drafts: SheetDraft[] = [];
  input.slots.forEach((slot, i) => {
    const sheet = maps.perSlot[i];
    if (!slot.deepDive || !sheet) return;
    drafts.push(
      renderBenefitMap({
        sheet,
        years: input.years,
        ref: slot.ref,
        deepDive: slot.deepDive,
        measures: slot.measures,
        // A working map, not a document approved in the log: «Utkast», «Ikke godkjent».
        header: { organisationRef, approval: null },
      }),
    );
  });
  return drafts;
}
