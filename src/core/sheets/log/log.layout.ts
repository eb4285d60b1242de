/** «Gevinst Logg»: an append-only log of what the add-in did. */
export const LOG_TITLE = "Logg over endringer gjort av Gevinst";
export const LOG_HEADERS = ["Tidspunkt", "Hvem", "Hva", "Før", "Etter"] as const;
export const LOG_HEADER_ROW = 2;
export const LOG_WIDTHS = [18, 18, 40, 30, 30] as const;
