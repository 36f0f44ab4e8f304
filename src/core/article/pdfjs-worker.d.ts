/** PDF.js ships no types for its worker module: core only loads it so PDF.js runs in this thread. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
