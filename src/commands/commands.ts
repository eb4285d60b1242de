/**
 * The ribbon's function file (manifest: FunctionFile → commands.html). The «Gevinst» button is a
 * ShowTaskpane action and needs no code here, but Office expects the function file to initialise
 * Office.js. Future ExecuteFunction commands register here as thin calls into src/app.
 */

/** Initialises Office.js when it loaded; the file does nothing anywhere else. */
export function initialiseCommands(office: { onReady(): Promise<unknown> } | undefined): void {
  if (!office) return;
  // Nothing to do once ready; onReady is called so Office knows the function file is alive.
  void office.onReady();
}

initialiseCommands(typeof Office === "undefined" ? undefined : Office);
