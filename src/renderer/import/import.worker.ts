/// <reference lib="webworker" />
/**
 * Runs the article importer off the main thread: decoding a large file, reading
 * a .docx through mammoth and finding the structure of a long text can take
 * seconds, and the window must stay responsive (and cancellable) meanwhile.
 */
import type { ImportRequest, ImportResponse } from './import-protocol';
import { runImport, toFailure } from './run-import-core';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.postMessage({ id: 0, ready: true } satisfies ImportResponse);

scope.onmessage = async (ev: MessageEvent<ImportRequest>) => {
  const { id, ...req } = ev.data;
  let reply: ImportResponse;
  try {
    reply = { id, ok: true, result: await runImport(req) };
  } catch (e) {
    reply = { id, ok: false, error: toFailure(e) };
  }
  scope.postMessage(reply);
};
