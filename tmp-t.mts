import { readFileSync } from 'node:fs';
import { importArticleBytes } from './src/core/article/index';
const f = process.argv[2]!;
const r = await importArticleBytes(new Uint8Array(readFileSync(f)), f.split('/').pop()!);
console.log(JSON.stringify(r.articles.map(a => ({...a, sourceName: undefined})), null, 1).slice(0, 3000));
