import { messageText } from "../../app/messages";
import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { MappingPreview } from "../../core/budget/budget-lines";
import { formatKroner } from "../../core/money";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      textAlign: "left",
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      verticalAlign: "top",
    },
  },
  amount: { textAlign: "right", whiteSpace: "nowrap" },
  scroll: { overflowX: "auto", maxWidth: "100%" },
});

export type MappingPreviewTablesProps = { preview: MappingPreview };

/** How many lines the mapping reads, the first few, and the first rows it skipped and why. */
export function MappingPreviewTables({ preview }: MappingPreviewTablesProps) {
  const strings = useStrings();
  const styles = useStyles();
  return (
    <>
      <Text weight="semibold">{strings.budget.lineCount(preview.lineCount)}</Text>
      <Caption1>{strings.budget.previewHeading}</Caption1>
      <div className={styles.scroll}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{strings.budget.keyColumn.ansvar}</th>
              <th scope="col">{strings.budget.keyColumn.art}</th>
              <th scope="col">{strings.budget.keyColumn.funksjon}</th>
              <th scope="col" className={styles.amount}>
                {strings.budget.planColumn(0)}
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.preview.map((line) => (
              <tr key={`${line.source}-${line.row}`}>
                <td>{line.key.ansvar}</td>
                <td>{line.key.art}</td>
                <td>{line.key.funksjon}</td>
                <td className={styles.amount}>{formatKroner(line.amounts[0])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Caption1>{strings.budget.skippedHeading(preview.skippedCount)}</Caption1>
      {preview.skipped.length === 0 ? (
        <Text size={200}>{strings.budget.skippedNone}</Text>
      ) : (
        <ul>
          {preview.skipped.slice(0, 5).map((row) => (
            <li key={`${row.sheet}-${row.row}`}>
              <Text size={200}>
                {strings.budget.rowLabel(row.row + 1)}:{" "}
                {messageText(
                  { key: "SKIPPED_ROW", params: { rowKind: row.kind } },
                  strings.messageLanguage,
                )}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
