// The layer rule of DESIGN.md as data: which folders of src/ a folder may not import.
// Used by eslint.config.js (per-folder no-restricted-imports) and by its own test.

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'url', 'stream', 'worker_threads', 'zlib', 'util'];

/** @type {Record<string, { folders: string[], packages: string[], why: string }>} */
export const layers = {
  core: {
    folders: ['node', 'main', 'preload', 'renderer', 'server', 'cli'],
    packages: [...nodeBuiltins, 'electron', 'react', 'react-dom', 'antd'],
    why: 'src/core is pure TypeScript: it imports nothing of the app, no node:*, no electron, no DOM frameworks.',
  },
  node: {
    folders: ['main', 'preload', 'renderer', 'server', 'cli'],
    packages: ['electron', 'react', 'react-dom', 'antd'],
    why: 'src/node holds Node services shared by main, server and CLI: it may import core only.',
  },
  main: {
    folders: ['renderer', 'server', 'cli', 'preload'],
    packages: ['react', 'react-dom', 'antd'],
    why: 'src/main may import core and node only.',
  },
  server: {
    folders: ['renderer', 'main', 'cli', 'preload'],
    packages: ['electron', 'react', 'react-dom', 'antd'],
    why: 'src/server may import core and node only.',
  },
  cli: {
    folders: ['renderer', 'main', 'server', 'preload'],
    packages: ['electron', 'react', 'react-dom', 'antd'],
    why: 'src/cli may import core and node only.',
  },
  preload: {
    folders: ['node', 'main', 'renderer', 'server', 'cli'],
    packages: [...nodeBuiltins, 'zod'],
    why: 'src/preload exposes named functions built from the contract channel list, nothing else.',
  },
  renderer: {
    folders: ['node', 'main', 'preload', 'server', 'cli'],
    packages: [...nodeBuiltins, 'electron'],
    why: 'src/renderer talks to the outside only through the Host interface: core and its own host adapters.',
  },
};

function patternsFor(name) {
  const { folders, packages, why } = layers[name];
  return [
    {
      group: folders.flatMap((f) => [`**/${f}/*`, `**/${f}`, `@${f}/*`]).filter((g) => !g.startsWith('**/core')),
      message: why,
    },
    { group: packages, message: why },
  ];
}

export const layerRules = Object.keys(layers).map((name) => ({
  files: [`src/${name}/**/*.{ts,tsx}`],
  // Tests run in Node beside the module they test (reading fixtures, stubbing hosts): the rule is for shipped code.
  ignores: ['**/*.test.ts', '**/*.test.tsx'],
  rules: {
    'no-restricted-imports': ['error', { patterns: patternsFor(name) }],
  },
}));
