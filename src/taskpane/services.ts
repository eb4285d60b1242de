/**
 * What the pane needs from its host, given through context so the same App runs in Excel and in
 * the demo workbench: the workbook port (whose `watch` says when to read again), the clock and who
 * is working.
 */
import { createContext, useContext } from "react";
import type { WorkbookPort } from "../core/workbook/workbook-port";

export type PaneServices = {
  port: WorkbookPort;
  /** The time of an action (for the log). */
  now(): Date;
  /** The user for the log when the pane has no better name. */
  user: string;
  /** Where the pane remembers small choices on this computer (localStorage in a browser). */
  storage?: Pick<Storage, "getItem" | "setItem">;
};

export const ServicesContext = createContext<PaneServices | null>(null);

/** The pane's services. @throws when used outside a ServicesContext provider (a bug). */
export function useServices(): PaneServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("useServices brukes utenfor ServicesContext.");
  return services;
}
