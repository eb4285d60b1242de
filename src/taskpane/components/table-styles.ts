import { makeStyles, tokens } from "@fluentui/react-components";

/** Compact tables that fit a 320 px pane (scroll sideways inside their box if they must). */
export const useTableStyles = makeStyles({
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      textAlign: "right",
      whiteSpace: "nowrap",
    },
    "& th:first-child, & td:first-child": { textAlign: "left", whiteSpace: "normal" },
    "& thead th": { fontWeight: tokens.fontWeightSemibold },
  },
  negative: { color: tokens.colorPaletteRedForeground1 },
  positive: { color: tokens.colorPaletteGreenForeground1 },
});
