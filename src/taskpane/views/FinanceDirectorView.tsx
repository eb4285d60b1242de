import { Spinner, Text } from "@fluentui/react-components";
import { BalanceView } from "../components/BalanceView";
import { BreakdownTable } from "../components/BreakdownTable";
import { ApprovalForm, ProposalList, ReadinessList } from "../components/ReviewExtras";
import { RealisationSection } from "../components/RealisationSection";
import { Section } from "../components/Section";
import { TotalsTable } from "../components/TotalsTable";
import {
  expectedByStatus,
  netByDeepDive,
  readiness,
  useFinanceReview,
} from "../hooks/useFinanceReview";
import { useStrings } from "../strings";

/** Økonomisjef: «Gjennomgang». */
export function FinanceDirectorView() {
  const strings = useStrings();
  const review = useFinanceReview();
  const data = review.data;
  if (!data)
    return review.error ? (
      <Text>{review.error}</Text>
    ) : (
      <Spinner size="small" label={strings.common.loading} />
    );
  if (!data.hasSheets) return <Text>{strings.common.sheetsMissing}</Text>;
  const { report } = data;
  return (
    <>
      <Section title={strings.finance.totalsHeading}>
        <TotalsTable report={report} />
      </Section>
      <Section title={strings.finance.balanceHeading}>
        <BalanceView report={report} />
      </Section>
      <RealisationSection report={report} portfolio={data.portfolio} />
      <Section title={strings.finance.byDeepDiveHeading}>
        <BreakdownTable
          label={strings.finance.byDeepDiveHeading}
          rows={netByDeepDive(data, strings.finance.withoutDeepDive)}
        />
      </Section>
      <Section title={strings.finance.byStatusHeading}>
        <BreakdownTable
          label={strings.finance.byStatusHeading}
          rows={expectedByStatus(report, strings.finance.statuses)}
        />
      </Section>
      <Section title={strings.finance.prioritisationHeading}>
        <ProposalList prioritisation={data.prioritisation} />
      </Section>
      <Section title={strings.finance.readinessHeading}>
        <ReadinessList points={readiness(report)} />
      </Section>
      <Section title={strings.finance.approveHeading}>
        <ApprovalForm
          approver={review.approver}
          onApprover={review.setApprover}
          action={review.action}
          onApprove={review.approve}
          disabled={false}
        />
      </Section>
    </>
  );
}
