import { Spinner, Text } from "@fluentui/react-components";
import { BenefitForm } from "../components/BenefitForm";
import { BudgetSection } from "../components/BudgetSection";
import { DeepDiveEditor } from "../components/DeepDiveEditor";
import { BenefitList } from "../components/edit/BenefitList";
import { MeasureList } from "../components/edit/MeasureList";
import { AreaTargetsSection } from "../components/edit/AreaTargetsSection";
import { SavingsTargetSection } from "../components/edit/SavingsTargetSection";
import { LinkEditor } from "../components/LinkEditor";
import { MeasureForm } from "../components/MeasureForm";
import { NewBudgetYearSection } from "../components/NewBudgetYearSection";
import { PortfolioFileSection } from "../components/PortfolioFileSection";
import { VersionsSection } from "../components/VersionsSection";
import { SheetsSection } from "../components/SheetsSection";
import { useBudgetOfficerData } from "../hooks/useBudgetOfficerData";
import { usePortfolioEdit } from "../hooks/usePortfolioEdit";
import { useStrings } from "../strings";

/** Budsjettansvarlig: the budget, the sheets, deep-dives, measures, benefits, links and files. */
export function BudgetOfficerView() {
  const strings = useStrings();
  // No reload after an action here: every write goes through the port, whose `watch` makes the
  // views read again (useWorkbookQuery), in Excel as in the demo.
  const { data, error, notices, dismissNotices } = useBudgetOfficerData();
  // One edit state for the portfolio sections: two edits at once would race on the same sheets.
  const budgetIndex = data?.budget.status === "loaded" ? data.budget.index : undefined;
  const editor = usePortfolioEdit(budgetIndex);
  if (!data)
    return error ? <Text>{error}</Text> : <Spinner size="small" label={strings.common.loading} />;
  const portfolio = data.sheets?.portfolio;
  const lines = data.budget.status === "loaded" ? data.budget.lines : null;
  return (
    <>
      {error ? <Text>{error}</Text> : null}
      <BudgetSection budget={data.budget} notices={notices} onDismissNotices={dismissNotices} />
      <SheetsSection budget={data.budget} hasSheets={data.sheets !== null} />
      {portfolio ? (
        <>
          <SavingsTargetSection portfolio={portfolio} editor={editor} />
          {lines ? (
            <AreaTargetsSection portfolio={portfolio} lines={lines} editor={editor} />
          ) : null}
          <DeepDiveEditor deepDives={portfolio.deepDives} editor={editor} />
          <MeasureForm deepDives={portfolio.deepDives} editor={editor} />
          <MeasureList portfolio={portfolio} editor={editor} />
          <BenefitForm measures={portfolio.measures} editor={editor} />
          <BenefitList portfolio={portfolio} editor={editor} />
          <LinkEditor measures={portfolio.measures} lines={lines} editor={editor} />
        </>
      ) : null}
      {data.sheets !== null ? <VersionsSection /> : null}
      <PortfolioFileSection hasSheets={data.sheets !== null} budget={budgetIndex} />
      <NewBudgetYearSection
        budget={
          data.budget.status === "loaded"
            ? { year: data.budget.mapping.budgetYear, index: data.budget.index }
            : undefined
        }
      />
    </>
  );
}
