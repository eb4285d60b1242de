import {
  Caption1,
  makeStyles,
  Subtitle2,
  Tab,
  TabList,
  Text,
  Title2,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { HostNotice } from "./HostNotice";
import type { HostState } from "./office-host";
import { strings } from "./strings.nb";

/** The task pane's views: the three roles of the Helhetsmodell, plus the annual cycle. */
export const ROLE_KEYS = [
  "budget-officer",
  "line-manager",
  "finance-director",
  "annual-cycle",
] as const;
export type RoleKey = (typeof ROLE_KEYS)[number];

function isRoleKey(value: unknown): value is RoleKey {
  return ROLE_KEYS.some((key) => key === value);
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  header: { display: "flex", flexDirection: "column" },
  // The pane is 320–450 px wide: let the four tabs wrap rather than scroll out of sight.
  tabs: { flexWrap: "wrap" },
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export type AppProps = { host: HostState };

/** The task pane shell: heading, host notice and one tab per role (content comes in issue 7). */
export function App({ host }: AppProps) {
  const styles = useStyles();
  const [role, setRole] = useState<RoleKey>("budget-officer");

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title2 as="h1">{strings.appTitle}</Title2>
        <Caption1>{strings.tagline}</Caption1>
      </header>
      <HostNotice host={host} />
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={role}
        onTabSelect={(_, data) => {
          if (isRoleKey(data.value)) setRole(data.value);
        }}
        aria-label={strings.roles.label}
      >
        {ROLE_KEYS.map((key) => (
          <Tab key={key} value={key} id={`gevinst-tab-${key}`}>
            {strings.roles[key].tab}
          </Tab>
        ))}
      </TabList>
      <section className={styles.panel} role="tabpanel" aria-labelledby={`gevinst-tab-${role}`}>
        <Subtitle2 as="h2">{strings.roles[role].tab}</Subtitle2>
        <Text>{strings.roles[role].summary}</Text>
        <Text italic>{strings.roles.placeholder}</Text>
      </section>
    </main>
  );
}
