/** Saves bytes or text as a file through the browser's download (the demo and Excel's pane). */
export function download(content: string | Uint8Array, fileName: string, type: string): void {
  // A copy in a plain ArrayBuffer: a Blob takes no view onto a shared buffer.
  const part = typeof content === "string" ? content : new Uint8Array(content).buffer;
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
