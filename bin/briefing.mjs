#!/usr/bin/env node
// Launcher for the `briefing` CLI: the CLI is TypeScript, run through tsx's ESM
// loader so `npx briefing …` works straight after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
