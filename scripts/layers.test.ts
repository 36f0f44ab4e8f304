/**
 * The layer rule of DESIGN.md is only as good as the lint that enforces it. Run
 * ESLint with the project's real config on snippets placed (virtually) in each
 * folder: the forbidden imports must fail with the layer message, the allowed
 * ones must pass.
 */
import { describe, it, expect } from 'vitest';
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
// @ts-expect-error -- layers.mjs is the plain-JS module eslint.config.js loads; it has no type declarations.
import { layers as untypedLayers } from './layers.mjs';

const layers = untypedLayers as Record<string, { why: string }>;

const cwd = resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd });

async function layerMessages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(cwd, filePath) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const forbidden: Array<[string, string, string]> = [
  ["import fs from 'node:fs';\nexport const x = fs;\n", 'src/core/x.ts', 'core'],
  ["import { readFile } from 'fs';\nexport const x = readFile;\n", 'src/core/article/y.ts', 'core'],
  ["import { Library } from '../node/library';\nexport const x = Library;\n", 'src/core/x.ts', 'core'],
  ["import { app } from 'electron';\nexport const x = app;\n", 'src/core/x.ts', 'core'],
  ["import { Library } from '../node/library';\nexport const x = Library;\n", 'src/renderer/x.ts', 'renderer'],
  ["import { Library } from '../../node/library';\nexport const x = Library;\n", 'src/renderer/library/x.tsx', 'renderer'],
  ["import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n", 'src/renderer/x.ts', 'renderer'],
  ["import { handle } from '../main/ipc';\nexport const x = handle;\n", 'src/renderer/x.ts', 'renderer'],
  ["import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'src/renderer/x.ts', 'renderer'],
  ["import { BrowserWindow } from 'electron';\nexport const x = BrowserWindow;\n", 'src/node/x.ts', 'node'],
  ["import { startWebServer } from '../server/server';\nexport const x = startWebServer;\n", 'src/main/x.ts', 'main'],
  ["import { z } from 'zod';\nexport const x = z;\n", 'src/preload/x.ts', 'preload'],
  ["import { app } from 'electron';\nexport const x = app;\n", 'src/server/x.ts', 'server'],
];

describe('layer lint', () => {
  for (const [code, file, layer] of forbidden) {
    it(`${file}: ${code.split('\n')[0]} fails with the ${layer} layer message`, async () => {
      const msgs = await layerMessages(code, file);
      expect(msgs.length).toBeGreaterThan(0);
      expect(msgs.join('\n')).toContain(layers[layer]!.why);
    });
  }

  const allowed: Array<[string, string]> = [
    ["import { z } from 'zod';\nexport const x = z;\n", 'src/core/x.ts'],
    ["import { parseDeck } from './deck';\nexport const x = parseDeck;\n", 'src/core/x.ts'],
    ["import { contract } from '../core/contract';\nexport const x = contract;\n", 'src/renderer/x.ts'],
    ["import { getHost } from './host';\nexport const x = getHost;\n", 'src/renderer/x.ts'],
    ["import { promises } from 'node:fs';\nimport { contract } from '../core/contract';\nexport const x = [promises, contract];\n", 'src/node/x.ts'],
    ["import { Library } from '../node/library';\nimport { app } from 'electron';\nexport const x = [Library, app];\n", 'src/main/x.ts'],
    ["import { Library } from '../node/library';\nimport http from 'node:http';\nexport const x = [Library, http];\n", 'src/server/x.ts'],
    ["import { contextBridge } from 'electron';\nimport { OPERATIONS } from '../core/contract-channels';\nexport const x = [contextBridge, OPERATIONS];\n", 'src/preload/x.ts'],
  ];
  for (const [code, file] of allowed) {
    it(`${file}: ${code.split('\n')[0]} passes`, async () => {
      expect(await layerMessages(code, file)).toEqual([]);
    });
  }
});
