/**
 * Microsoft's own Office.js runtime (`@microsoft/office-js`, `dist/excel-web-16.00.debug.js`),
 * loaded in a jsdom window, used for one thing: the exact request body Excel on the web receives.
 * A request context is given an executor that records the body of each `sync` and answers with an
 * empty success, so the runtime builds its real `{Actions, ObjectPaths}` JSON without a host.
 *
 * `shadowContext` mirrors what the adapter queues on a simulator context onto such a real context
 * (the same calls, in the same order), so the simulator's request sizes are the runtime's.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type * as JsdomModule from "jsdom";

type RuntimeWindow = {
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension;
};

let runtime: RuntimeWindow | undefined;

/** Loads the runtime once per process (≈ 0.3 s). */
export function officeRuntime(): RuntimeWindow {
  if (runtime) return runtime;
  const file = path.join(
    path.dirname(require.resolve("@microsoft/office-js/package.json")),
    "dist",
    "excel-web-16.00.debug.js",
  );
  // Loaded here, not at import: the pane's tests (in jsdom) add TextEncoder, which jsdom needs, later.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { JSDOM } = require("jsdom") as typeof JsdomModule;
  const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", {
    runScripts: "outside-only",
    url: "https://localhost/",
  });
  dom.window.eval(readFileSync(file, "utf8"));
  runtime = dom.window as unknown as RuntimeWindow;
  return runtime;
}

/** A real Office.js request context whose syncs are recorded instead of sent. */
export type RecordingContext = {
  context: Excel.RequestContext;
  /** Sends what is queued; resolves with the request body's size in bytes (0 when nothing queued). */
  flush(): Promise<number>;
};

/** `onBody`, when given, sees each request body as Office.js built it (before it is encoded). */
export function recordingContext(onBody?: (body: unknown) => void): RecordingContext {
  const { Excel: RealExcel, OfficeExtension: Ext } = officeRuntime();
  let body: string | null = null;
  const executor = {
    executeAsync(_custom: unknown, _flags: number, message: { Body: unknown }) {
      onBody?.(message.Body);
      // Excel on the web posts the body text inside a JSON message (the safe array's ArrayData),
      // so it travels JSON-encoded once more: every `"` and `\` counts twice.
      body = JSON.stringify(JSON.stringify(message.Body));
      return Ext.Promise.resolve({
        HttpStatusCode: 200,
        ErrorCode: "",
        ErrorMessage: "",
        Headers: {},
        Body: { Results: [] },
      });
    },
  };
  const resolver = {
    _resolveRequestUrlAndHeaderInfo: () =>
      Ext.Promise.resolve({ url: "https://excel.invalid/", headers: {} }),
    _createRequestExecutorOrNull: () => executor,
  };
  const context = new RealExcel.RequestContext(resolver as unknown as string);
  return {
    context,
    async flush() {
      body = null;
      await context.sync();
      return body === null ? 0 : Buffer.byteLength(body, "utf8");
    },
  };
}

/** The request body Office.js builds for what `queue` queues, in bytes. */
export async function requestBytes(
  queue: (context: Excel.RequestContext) => void,
): Promise<number> {
  const recording = recordingContext();
  queue(recording.context);
  return recording.flush();
}

const isObject = (value: unknown): value is object =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * A view of the simulator object `sim` that repeats every call and property write on the real
 * Office.js proxy `real`. Reads come from the simulator only (the real proxies never get data).
 * Where the real proxy cannot follow (objects from a loaded collection's `items`), only the
 * simulator is used: those are reads, whose requests are small.
 */
export function shadow<T extends object>(sim: T, real: unknown): T {
  if (!isObject(real)) return sim;
  const proxy: T = new Proxy(sim, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property);
      // A method a test replaced on the object itself calls the mirrored original: not again.
      if (typeof value === "function" && Object.hasOwn(target, property)) return value;
      if (typeof value === "function") {
        return (...args: unknown[]) => {
          const simResult: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
          const realMember = (real as Record<PropertyKey, unknown>)[property];
          const realResult =
            typeof realMember === "function"
              ? (realMember as (...a: unknown[]) => unknown).apply(real, args)
              : undefined;
          if (simResult === target) return receiver;
          return isObject(simResult) ? shadow(simResult, realResult) : simResult;
        };
      }
      // Event sources (onChanged …) register with the host, not in the request body measured here.
      const isEvent = typeof property === "string" && /^on[A-Z]/.test(property);
      if (isObject(value) && property !== "items" && !isEvent) {
        let realValue: unknown;
        try {
          realValue = (real as Record<PropertyKey, unknown>)[property];
        } catch {
          realValue = undefined;
        }
        return shadow(value, realValue);
      }
      return value;
    },
    set(target, property, value) {
      Reflect.set(target, property, value);
      if (typeof value !== "function") (real as Record<PropertyKey, unknown>)[property] = value;
      return true;
    },
  });
  return proxy;
}
