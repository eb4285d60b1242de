/** The «Budsjettkoblinger» section of a deep-dive sheet: budget lines under each benefit. */
import { BENEFIT_SECTION, type LinkField } from "./deep-dive.layout";
import type { BudgetLink } from "../../model/portfolio.types";
import { missingField, readCode, readNumber, unknownBenefit } from "../shared/cell-readers";
import type { SectionRow, SheetReadContext } from "./deep-dive-sections";
import type { BenefitsById } from "./read-benefits";

/**
 * Reads the links and adds each to its benefit. A link whose benefit is not on this sheet is
 * reported and skipped; a blank share stays absent.
 */
export function readBenefitLinks(
  rows: readonly SectionRow<LinkField>[],
  benefits: BenefitsById,
  context: SheetReadContext,
): void {
  const { reader, rowEntities } = context;
  for (const r of rows) {
    const benefitId = readCode(r.get("benefit"));
    const owner = benefitId ? benefits.get(benefitId) : undefined;
    if (!owner) {
      if (benefitId) unknownBenefit(reader, r.at("benefit"), benefitId, BENEFIT_SECTION.title);
      else missingField(reader, r.at("benefit"), "gevinst-id");
      continue;
    }
    const index = owner.benefit.links.length;
    const link = {
      ansvar: readCode(r.get("ansvar")) ?? "",
      art: readCode(r.get("art")) ?? "",
      funksjon: readCode(r.get("funksjon")) ?? "",
    } as BudgetLink;
    const prosjekt = readCode(r.get("prosjekt"));
    if (prosjekt) link.prosjekt = prosjekt;
    const tjenesteomrade = readCode(r.get("tjenesteomrade"));
    if (tjenesteomrade) link.tjenesteomrade = tjenesteomrade;
    const share = readNumber(
      reader,
      owner.benefit,
      `links.${index}.share`,
      r.get("share"),
      { ...r.at("share"), measure: owner.measure.id, benefit: owner.benefit.id },
      "share",
    );
    // A blank share stays absent: the core then takes 1 for a benefit's only link (linkShare).
    if (share !== undefined) link.share = share;
    owner.benefit.links.push(link);
    rowEntities.set(r.row, `measure:${owner.measure.id}`);
  }
}
