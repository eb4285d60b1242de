import { Spinner, Text } from "@fluentui/react-components";
import { A3Approval } from "../components/A3Approval";
import { expectedByStatus, netByDeepDive } from "../../app/finance-review";
import { AreasTable } from "../components/AreasTable";
import { BalanceView } from "../components/BalanceView";
import { BreakdownTable } from "../components/BreakdownTable";
import { PresentationSection } from "../components/PresentationSection";
import { VersionChanges } from "../components/VersionChanges";
import { FollowUpReview } from "../components/FollowUpReview";
import { ProposalList } from "../components/ProposalList";
import { RealisationSection } from "../components/RealisationSection";
import { ApprovalForm, ReadinessList } from "../components/ReviewExtras";
import { Section } from "../components/Section";
import { TotalsTable } from "../components/TotalsTable";
import { useFinanceReview } from "../hooks/useFinanceReview";
import { usePortfolioEdit } from "../hooks/usePortfolioEdit";
import { useStrings } from "../strings";

/** Økonomisjef: «Gjennomgang». */
export function FinanceDirectorView() {
  const strings = useStrings();
  const review = useFinanceReview();
  const editor = usePortfolioEdit();
  const data = review.data;
  if (!data)
    return review.error ? (
      <Text>{review.error}</Text>
    ) : (
      <Spinner size="small" label={strings.common.loading} />
    );
  if (!data.hasSheets) return <Text>{strings.common.sheetsMissing}</Text>;
  const { report, portfolio } = data;
  const f = strings.finance;
  const period = strings.finance.periodSum(report.years[0] ?? "", report.years.at(-1) ?? "");
  const byDeepDive = netByDeepDive(data).map((row) => ({
    ...row,
    label: portfolio.deepDives.find((d) => d.id === row.key)?.name ?? f.withoutDeepDive,
  }));
  const byStatus = expectedByStatus(report).map((row) => ({
    ...row,
    label: f.statuses[row.key],
  }));
  const targetSet = review.points.some((p) => p.key === "target" && p.state === "ok");
  return (
    <>
      <Section title={f.totalsHeading}>
        <TotalsTable report={report} />
      </Section>
      <Section title={f.balanceHeading}>
        <BalanceView report={report} />
      </Section>
      {/* Only when areas are set: a kommune without rammeområder sees nothing new. */}
      {report.areas && report.areas.length > 0 ? (
        <Section title={f.areasHeading}>
          <AreasTable report={report} listed={(portfolio.areas ?? []).map((a) => a.id)} />
        </Section>
      ) : null}
      <RealisationSection report={report} portfolio={portfolio} />
      <Section title={strings.followUp.heading(String(report.budgetYear))}>
        <FollowUpReview report={report} portfolio={portfolio} editor={editor} />
      </Section>
      {/* A heading over nothing says nothing: these two appear once there is something to sum. */}
      {byDeepDive.length > 0 ? (
        <Section title={f.byDeepDiveHeading}>
          <BreakdownTable label={f.byDeepDiveHeading} valueHeading={period} rows={byDeepDive} />
        </Section>
      ) : null}
      {byStatus.length > 0 ? (
        <Section title={f.byStatusHeading}>
          <BreakdownTable label={f.byStatusHeading} valueHeading={period} rows={byStatus} />
        </Section>
      ) : null}
      <Section title={f.prioritisationHeading}>
        <ProposalList
          prioritisation={data.prioritisation}
          portfolio={portfolio}
          editor={editor}
          targetSet={targetSet}
        />
      </Section>
      <Section title={f.readinessHeading}>
        <ReadinessList points={review.points} />
      </Section>
      <Section title={f.approveHeading}>
        <ApprovalForm
          approver={review.approver}
          onApprover={review.setApprover}
          action={review.action}
          onApprove={review.approve}
          blocking={review.blocking}
          approvals={data.approvals}
        />
      </Section>
      <Section title={strings.versions.compareHeading}>
        <VersionChanges comparison={data.comparison} />
      </Section>
      <PresentationSection />
      <Section title={strings.a3Approval.heading}>
        <A3Approval />
      </Section>
    </>
  );
}
