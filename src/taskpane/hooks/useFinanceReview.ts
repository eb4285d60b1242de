import { useState } from "react";
import { loadFinanceData, notReady, readiness } from "../../app/finance-review";
import { recordApproval } from "../../app/record-approval";
import { formatKroner } from "../../core/money";
import { useServices } from "../services";
import { useStrings } from "../strings";
import { useAction } from "./useAction";
import { useWorkbookQuery } from "./useWorkbookQuery";

/** Økonomisjef: the review, and «Godkjent» written to the log once the checklist allows it. */
export function useFinanceReview() {
  const { port, now, user } = useServices();
  const strings = useStrings();
  const query = useWorkbookQuery(loadFinanceData);
  const action = useAction();
  const [approver, setApprover] = useState("");
  const points = query.data ? readiness(query.data.report, query.data.portfolio) : [];
  const blocking = notReady(points);
  const approve = () =>
    void action.run("approve", async () => {
      const data = query.data;
      if (!data || blocking.length > 0) return null;
      const at = now();
      const firstYear = data.report.years[0] ?? "";
      const gap = data.report.balance[firstYear]?.gap ?? 0;
      await recordApproval(port, {
        approver,
        budgetYear: data.report.budgetYear,
        summary: strings.finance.approvalSummary(formatKroner(gap)),
        now: at,
        user,
      });
      return {
        intent: "success",
        title: strings.common.doneTitle,
        lines: [strings.finance.approved(approver.trim(), strings.common.dateTime(at))],
      };
    });
  return { ...query, action, approver, setApprover, approve, points, blocking };
}
