/**
 * What each platform failure means to the user, in Norwegian, with what to do. One table for every
 * adapter, the task pane and the command line.
 */
import type { WorkbookErrorReason } from "./workbook-port";

export const WORKBOOK_ERROR_MESSAGES: Record<WorkbookErrorReason, string> = {
  "cell-edit-mode":
    "Excel er opptatt fordi en celle redigeres. Trykk Enter eller Esc for å avslutte redigeringen, og prøv igjen.",
  "sheet-missing":
    "Fant ikke et ark eller et navn Gevinst trenger. Sjekk at arket ikke er slettet eller har fått nytt navn, og prøv igjen.",
  "sheet-protected":
    "Arket er beskyttet, så Gevinst kan ikke skrive til det. Opphev arkbeskyttelsen (Se gjennom → Opphev arkbeskyttelse) og prøv igjen.",
  "payload-too-large":
    "Endringen er for stor til at Excel kan ta imot den på én gang. Prøv igjen; hjelper ikke det, bruk Excel på skrivebordet.",
  "api-unsupported":
    "Denne versjonen av Excel mangler en funksjon Gevinst bruker. Oppdater Excel, eller bruk Excel på nettet.",
  "invalid-argument":
    "Excel godtok ikke det Gevinst prøvde å skrive. Det er en feil i Gevinst: meld fra om hva du gjorde.",
  unknown: "Excel meldte en uventet feil. Prøv igjen; skjer det igjen, meld fra om hva du gjorde.",
};
