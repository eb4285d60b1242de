/**
 * «Gevinst Årshjul»: KS Helhetsmodellen's annual wheel (shared/spec/helhetsmodellen.md), one row
 * per activity, with a status and date people fill in. The current quarter is highlighted.
 */
export const YEAR_WHEEL_TITLE = "Årshjul for gevinstarbeidet (KS Helhetsmodellen)";
export const YEAR_WHEEL_HEADERS = [
  "Kvartal",
  "Aktivitet",
  "Hvorfor",
  "Hvem gjør hva",
  "Dokumenter",
  "Status",
  "Dato",
] as const;
export const YEAR_WHEEL_STATUSES = ["ikke startet", "pågår", "ferdig"] as const;
export const YEAR_WHEEL_WIDTHS = [9, 40, 44, 48, 36, 13, 12] as const;

export type YearWheelActivity = {
  quarter: 1 | 2 | 3 | 4;
  what: string;
  why: string;
  who: string;
  documents: string;
};

export const YEAR_WHEEL_ACTIVITIES: readonly YearWheelActivity[] = [
  {
    quarter: 1,
    what: "Skaffe overblikk: tverrfaglige analyser og felles verksted på tvers av ledernivå og fagområder; velge delområder for dypdykk.",
    why: "Se dagens situasjon og behovet for endring; kjenne handlingsrommet, også ny teknologi; vise gapet mellom nå-situasjon og ønsket situasjon.",
    who: "Stab/støtte samler data på overordnet nivå; linjeledere vurderer og deler innsikt; budsjettsjef/økonomisjef holder verkstedet etter avtale med kommunedirektøren.",
    documents:
      "Årsrapport med overordnet driftsanalyse; overordnet A3 for kommunen med valgte dypdykk.",
  },
  {
    quarter: 2,
    what: "Gjøre dypdykk: analysere de valgte delområdene og beregne gevinstpotensialet per delområde.",
    why: "Bedre grunnlag for å velge riktige tiltak; realistisk, helhetlig og balansert budsjett og økonomiplan.",
    who: "Stab/støtte samler data per dypdykk; berørte linjeledere vurderer; en leder utpekt av kommunedirektøren holder verksted per dypdykk.",
    documents: "Budsjettskriv; A3 per dypdykk.",
  },
  {
    quarter: 3,
    what: "Velge endringstiltak: prioritere det viktigste for neste budsjett- og økonomiplanperiode.",
    why: "Lukke gapet mellom nå-situasjon og ønsket situasjon raskest og med størst effekt for kommunen som helhet.",
    who: "Stab/støtte lager en felles presentasjon; linjeledere legger fram; budsjettansvarlig holder felles verksted.",
    documents:
      "A3 per prioritert dypdykk med prioriterte tiltak og mulige indikatorer; innspill til kommunedirektørens forslag.",
  },
  {
    quarter: 4,
    what: "Forberede endring: hva skal gjøres, av hvem og når; definere måleparametere og planlegge målinger — husk en baseline.",
    why: "Forankre formålet; fordele ansvar og oppgaver; sikre at tiltakene gir forventet effekt og fange behov for justering.",
    who: "Stab/støtte foreslår og gjennomfører målinger; linjeledere planlegger og følger opp; en linjeleder holder verksted per dypdykk med vedtatte tiltak.",
    documents:
      "Vedtatt budsjett og økonomiplan; A3 for kommunen; A3 per delområde med vedtatte tiltak.",
  },
];
