import { makeStyles, tokens } from "@fluentui/react-components";
import type { KeyboardEvent } from "react";
import type { MemorySheet } from "../adapters/memory";
import { displayValue } from "./cell-display";
import { demoStrings } from "./demo-strings";

const useStyles = makeStyles({
  scroll: {
    overflow: "auto",
    flexGrow: 1,
    minHeight: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& td, & th": {
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
      padding: `0 ${tokens.spacingHorizontalXS}`,
      height: "1.5rem",
      maxWidth: "16rem",
      overflow: "hidden",
      textOverflow: "ellipsis",
      whiteSpace: "nowrap",
    },
    "& th": {
      backgroundColor: tokens.colorNeutralBackground3,
      fontWeight: tokens.fontWeightRegular,
      position: "sticky",
      top: 0,
    },
  },
  rowHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    textAlign: "center",
    position: "sticky",
    left: 0,
  },
  number: { textAlign: "right" },
  selected: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
  },
  bold: { fontWeight: tokens.fontWeightSemibold },
});

export type SheetGridProps = {
  sheet: MemorySheet;
  rows: number;
  columnNames: readonly string[];
  selection: { row: number; col: number };
  onSelect: (row: number, col: number) => void;
  onEdit: () => void;
};

/** The active sheet as a grid of values (formulas evaluated), with a movable selection. */
export function SheetGrid({
  sheet,
  rows,
  columnNames,
  selection,
  onSelect,
  onEdit,
}: SheetGridProps) {
  const styles = useStyles();
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      onSelect(selection.row + move[0], selection.col + move[1]);
    } else if (event.key === "Enter" || event.key === "F2") {
      event.preventDefault();
      onEdit();
    }
  };
  return (
    <div className={styles.scroll}>
      {/* The grid is one focus stop; arrow keys move the selection as in a spreadsheet. */}
      <table
        className={styles.table}
        role="grid"
        tabIndex={0}
        aria-label={demoStrings.grid(sheet.name)}
        aria-rowcount={rows}
        onKeyDown={onKeyDown}
      >
        <thead>
          <tr>
            <th aria-hidden="true" />
            {columnNames.map((name) => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, row) => (
            <tr key={row}>
              <th scope="row" className={styles.rowHead}>
                {row + 1}
              </th>
              {columnNames.map((name, col) => {
                const cell = sheet.get(row, col);
                const isSelected = selection.row === row && selection.col === col;
                const classes = [
                  typeof cell?.value === "number" ? styles.number : "",
                  isSelected ? styles.selected : "",
                  cell?.style.bold ? styles.bold : "",
                ].join(" ");
                return (
                  <td
                    key={name}
                    className={classes}
                    // Fills come from the workbook's own cell styles, as Excel would show them.
                    style={cell?.style.fill ? { backgroundColor: cell.style.fill } : undefined}
                    aria-selected={isSelected}
                    data-cell={`${name}${row + 1}`}
                    onClick={() => onSelect(row, col)}
                    onDoubleClick={onEdit}
                  >
                    {cell
                      ? displayValue(
                          cell.value,
                          cell.numberFormat ?? cell.style.numberFormat ?? null,
                        )
                      : ""}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
