/**
 * The portfolio file, version 3 (spec §7, §11–§13; version 1–2 files still read), as zod schemas. The reader checks each field with the
 * leaf schemas here, so one wrong value never stops the rest of the file from being read;
 * `portfolioFileSchema` is the whole document, strict in values and open to unknown fields.
 */
import { z } from "zod";
import {
  ACTION_STATUSES,
  BENEFIT_TYPES,
  AREA_DIMENSIONS,
  BUDGET_EFFECTS,
  FOLLOW_UP_SCHEMES,
  INDICATOR_DIRECTIONS,
  MEASURE_STATUSES,
  REALISATION_STATUSES,
  SELECTION_REASONS,
  VERSION_KINDS,
} from "../model/portfolio.types";

export const PORTFOLIO_FORMAT = "gevinst-portefolje";
/** The version written. */
export const PORTFOLIO_VERSION = 3;
/**
 * The versions read: version 1 is version 2 without the fields §11–§12 add, version 2 is
 * version 3 without the fields §13–§16 add (docs/model.md §9b).
 */
export const READABLE_PORTFOLIO_VERSIONS: readonly number[] = [1, 2, 3];

/** Text; a number is read as its text (a code 254 equals "254", spec §4). */
export const textSchema = z.union([z.string(), z.number().transform((n) => String(n))]);
/** A finite number. */
export const numberSchema = z.number();
export const booleanSchema = z.boolean();
export const statusSchema = z.enum(MEASURE_STATUSES);
export const benefitTypeSchema = z.enum(BENEFIT_TYPES);
export const budgetEffectSchema = z.enum(BUDGET_EFFECTS);
export const directionSchema = z.enum(INDICATOR_DIRECTIONS);
export const selectionReasonSchema = z.enum(SELECTION_REASONS);
export const actionStatusSchema = z.enum(ACTION_STATUSES);
export const realisationStatusSchema = z.enum(REALISATION_STATUSES);
export const byYearSchema = z.record(z.string(), numberSchema);
export const versionKindSchema = z.enum(VERSION_KINDS);
/** The key dimension of the rammeområder (spec §13). */
export const areaDimensionSchema = z.enum(AREA_DIMENSIONS);
/** The follow-up periods of a portfolio (spec §14). */
export const followUpSchemeSchema = z.enum(FOLLOW_UP_SCHEMES);
/** Period → number ("T1", "M05"); which periods are allowed depends on the scheme (validation). */
export const byPeriodSchema = z.record(z.string(), numberSchema);
/** How many characters of the code group into an area: a positive integer. */
export const areaPrefixSchema = z.number().int().positive();

const keySchema = z.looseObject({
  ansvar: textSchema,
  art: textSchema,
  funksjon: textSchema,
  prosjekt: textSchema.optional(),
  tjenesteomrade: textSchema.optional(),
});

const indicatorSchema = z.looseObject({
  id: textSchema,
  name: textSchema,
  unit: textSchema.optional(),
  direction: directionSchema,
  baseline: numberSchema.optional(),
  baselineDate: z.iso.date().optional(),
  target: numberSchema.optional(),
  targetDate: z.iso.date().optional(),
  frequency: textSchema.optional(),
  owner: textSchema.optional(),
  plan: textSchema.optional(),
  measurements: z.array(z.looseObject({ date: z.iso.date(), value: numberSchema })).optional(),
});

const benefitSchema = z.looseObject({
  id: textSchema,
  name: textSchema,
  type: benefitTypeSchema,
  annual: numberSchema.optional(),
  phaseIn: byYearSchema.optional(),
  confidence: numberSchema.min(0).max(1).optional(),
  budgetEffect: budgetEffectSchema,
  withdrawalShare: numberSchema.min(0).max(1).optional(),
  owner: textSchema.optional(),
  links: z.array(keySchema.extend({ share: numberSchema.min(0).max(1) })).optional(),
  indicators: z.array(indicatorSchema).optional(),
  realised: byYearSchema.optional(),
  realisedPeriods: z.record(z.string(), byPeriodSchema).optional(),
  periodProfile: byPeriodSchema.optional(),
});

const actionSchema = z.looseObject({
  id: textSchema,
  what: textSchema,
  who: textSchema.optional(),
  due: z.iso.date().optional(),
  status: actionStatusSchema,
});

/** The whole portfolio document (for documentation and JSON Schema export). */
export const portfolioFileSchema = z.looseObject({
  format: z.literal(PORTFOLIO_FORMAT),
  version: z.union([z.literal(1), z.literal(2), z.literal(PORTFOLIO_VERSION)]),
  organisation: textSchema.optional(),
  budgetYear: z.number().int(),
  settings: z
    .looseObject({
      hoursPerFte: numberSchema.optional(),
      hourlyCost: numberSchema.optional(),
      discountRate: numberSchema.optional(),
      tolerance: numberSchema.optional(),
      defaultPhaseIn: z.array(numberSchema).length(4).optional(),
      salaryBasis: z
        .looseObject({
          annualSalary: numberSchema,
          holidayPay: numberSchema,
          employerTax: numberSchema,
          pension: numberSchema,
        })
        .optional(),
      followUpPeriods: followUpSchemeSchema.optional(),
      followUpPeriod: textSchema.optional(),
    })
    .optional(),
  savingsTarget: byYearSchema.optional(),
  deepDives: z
    .array(
      z.looseObject({
        id: textSchema,
        name: textSchema,
        owner: textSchema.optional(),
        currentSituation: textSchema.optional(),
        desiredSituation: textSchema.optional(),
        gap: textSchema.optional(),
        selectedBecause: z.array(selectionReasonSchema).optional(),
        unmetNeeds: textSchema.optional(),
        problems: textSchema.optional(),
        opportunities: textSchema.optional(),
        valueChain: textSchema.optional(),
        minimumRequirements: textSchema.optional(),
        businessCases: textSchema.optional(),
        workshopDate: z.iso.date().optional(),
      }),
    )
    .optional(),
  measures: z
    .array(
      z.looseObject({
        id: textSchema,
        name: textSchema,
        deepDive: textSchema.optional(),
        owner: textSchema.optional(),
        status: statusSchema,
        mustDo: booleanSchema.optional(),
        description: textSchema.optional(),
        costs: z
          .looseObject({ oneTime: byYearSchema.optional(), running: byYearSchema.optional() })
          .optional(),
        costLink: keySchema.optional(),
        includedInBudget: booleanSchema.optional(),
        actions: z.array(actionSchema).optional(),
        preconditions: textSchema.optional(),
        risks: textSchema.optional(),
        forecast: byYearSchema.optional(),
        deviationNote: textSchema.optional(),
        correctiveAction: textSchema.optional(),
        benefits: z.array(benefitSchema).optional(),
      }),
    )
    .optional(),
  history: z
    .array(
      z.looseObject({
        year: textSchema,
        measure: textSchema,
        name: textSchema,
        deepDive: textSchema.optional(),
        status: statusSchema,
        gross: numberSchema,
        expected: numberSchema,
        withdrawable: numberSchema,
        cost: numberSchema,
        budgetNet: numberSchema,
        realised: numberSchema.optional(),
        deviation: numberSchema.optional(),
        realisationStatus: realisationStatusSchema.optional(),
      }),
    )
    .optional(),
  historySavingsTarget: byYearSchema.optional(),
  areaDimension: areaDimensionSchema.optional(),
  areaPrefix: areaPrefixSchema.optional(),
  areas: z
    .array(
      z.looseObject({ id: textSchema, name: textSchema, savingsTarget: byYearSchema.optional() }),
    )
    .optional(),
  versions: z
    .array(
      z.looseObject({
        id: textSchema,
        kind: versionKindSchema,
        name: textSchema,
        date: textSchema,
        by: textSchema,
        savingsTarget: byYearSchema.optional(),
        measures: z.array(
          z.looseObject({
            id: textSchema,
            name: textSchema,
            deepDive: textSchema.optional(),
            status: statusSchema,
            years: z.record(
              z.string(),
              z.looseObject({
                expected: numberSchema,
                withdrawable: numberSchema,
                budgetNet: numberSchema,
              }),
            ),
          }),
        ),
        adjustments: z.array(z.looseObject({ key: keySchema, years: byYearSchema })),
      }),
    )
    .optional(),
  approvals: z
    .array(
      z.looseObject({
        document: textSchema,
        version: textSchema,
        by: textSchema,
        date: z.iso.date(),
      }),
    )
    .optional(),
});
