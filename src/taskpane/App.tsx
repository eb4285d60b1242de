import {
  Caption1,
  Dropdown,
  Link,
  makeStyles,
  Option,
  Spinner,
  Subtitle2,
  Tab,
  TabList,
  Text,
  Title2,
  tokens,
} from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import { HostNotice } from "./HostNotice";
import type { HostState } from "./office-host";
import { ServicesContext, type PaneServices } from "./services";
import { isLanguage, LANGUAGES, STRINGS, StringsContext, type Language } from "./strings";

/** The task pane's views: the three roles of the Helhetsmodell, plus the annual cycle. */
export const ROLE_KEYS = [
  "budget-officer",
  "line-manager",
  "finance-director",
  "annual-cycle",
] as const;
export type RoleKey = (typeof ROLE_KEYS)[number];

export const LANGUAGE_STORAGE_KEY = "gevinst.language";

function isRoleKey(value: unknown): value is RoleKey {
  return ROLE_KEYS.some((key) => key === value);
}

// Each role's view is its own chunk: a line manager never downloads the finance charts.
const VIEWS = {
  "budget-officer": lazy(() =>
    import("./views/BudgetOfficerView").then((m) => ({ default: m.BudgetOfficerView })),
  ),
  "line-manager": lazy(() =>
    import("./views/LineManagerView").then((m) => ({ default: m.LineManagerView })),
  ),
  "finance-director": lazy(() =>
    import("./views/FinanceDirectorView").then((m) => ({ default: m.FinanceDirectorView })),
  ),
  "annual-cycle": lazy(() =>
    import("./views/AnnualCycleView").then((m) => ({ default: m.AnnualCycleView })),
  ),
} as const;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
  },
  header: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  titles: { display: "flex", flexDirection: "column" },
  heading: { margin: 0 },
  help: { fontSize: tokens.fontSizeBase200, alignSelf: "flex-start" },
  language: { minWidth: 0, width: "7.5rem", flexShrink: 0 },
  // The pane is 320–450 px wide: let the four tabs wrap rather than scroll out of sight.
  tabs: { flexWrap: "wrap" },
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
});

export type AppProps = {
  host: HostState;
  /** The workbook and its events; absent when there is no workbook to work on. */
  services?: PaneServices;
};

function initialLanguage(services: PaneServices | undefined): Language {
  const stored = services?.storage?.getItem(LANGUAGE_STORAGE_KEY);
  return isLanguage(stored) ? stored : "nb";
}

/** The task pane: heading, language, host notice, and one tab per role with its view. */
export function App({ host, services }: AppProps) {
  const styles = useStyles();
  const [role, setRole] = useState<RoleKey>("budget-officer");
  const [language, setLanguage] = useState<Language>(() => initialLanguage(services));
  const strings = STRINGS[language];
  const View = VIEWS[role];

  const chooseLanguage = (value: unknown) => {
    if (!isLanguage(value)) return;
    setLanguage(value);
    services?.storage?.setItem(LANGUAGE_STORAGE_KEY, value);
  };

  return (
    <StringsContext.Provider value={strings}>
      <main
        className={styles.root}
        lang={language === "en" ? "en" : language === "nn" ? "nn" : "nb"}
      >
        <header className={styles.header}>
          <div className={styles.titles}>
            <Title2 as="h1" className={styles.heading}>
              {strings.appTitle}
            </Title2>
            <Caption1>{strings.tagline}</Caption1>
            <Link href="hjelp.html" target="_blank" rel="noopener" className={styles.help}>
              {strings.help}
            </Link>
          </div>
          <Dropdown
            className={styles.language}
            size="small"
            aria-label={strings.language.label}
            value={strings.language[language]}
            selectedOptions={[language]}
            onOptionSelect={(_, data) => chooseLanguage(data.optionValue)}
          >
            {LANGUAGES.map((key) => (
              <Option key={key} value={key}>
                {STRINGS[key].language[key]}
              </Option>
            ))}
          </Dropdown>
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
          <Subtitle2 as="h2" className={styles.heading}>
            {strings.roles[role].tab}
          </Subtitle2>
          <Text>{strings.roles[role].summary}</Text>
          {services ? (
            <ServicesContext.Provider value={services}>
              <Suspense fallback={<Spinner size="small" label={strings.common.loading} />}>
                <View />
              </Suspense>
            </ServicesContext.Provider>
          ) : null}
        </section>
      </main>
    </StringsContext.Provider>
  );
}
