/**
 * `briefing inspect <file> [--json]`: what the importer made of a file. The text
 * form is for people; `--json` is the stable schema documented in
 * src/core/article/inspect-json.ts, for tools and checks.
 */
import { basename } from 'node:path';
import type { CAC } from 'cac';
import { toInspectJson, type ImportResult } from '../core/article/index';
import { importArticleFile } from '../node/article-file';

const EXTRA_LABEL: Record<string, string> = {
  'column-label': '栏目',
  banner: '通栏',
  meta: '版面信息',
  caption: '图片说明',
  attachment: '附件',
  signature: '署名',
  date: '成文日期',
  note: '附注',
  masthead: '简报报头',
  banji: '版记',
};

function clip(s: string, n = 40): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

export function formatInspect(result: ImportResult, source: string): string {
  const out: string[] = [];
  out.push(`文件 ${source}  编码 ${result.encoding}  文章 ${result.articles.length} 篇`);
  result.articles.forEach((a, i) => {
    out.push('', `【文章 ${i + 1}】${a.title ?? '（无标题）'}`);
    if (a.subtitle) out.push(`  副题/引题：${a.subtitle}`);
    if (a.byline) out.push(`  署名：${a.byline}`);
    if (a.lead.length) out.push(`  导语：${a.lead.length} 段`);
    for (const s of a.sections) out.push(`  ${'  '.repeat(s.level - 1)}[${s.level}] ${clip(s.heading)}  （${s.paragraphs.length} 段）`);
    for (const e of a.extras) out.push(`  ${EXTRA_LABEL[e.kind] ?? e.kind}：${e.text}`);
  });
  if (result.repairs.length) {
    out.push('', `修复 ${result.repairs.length} 处：`);
    const counts = new Map<string, number>();
    for (const r of result.repairs) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
    out.push(`  ${[...counts].map(([k, n]) => `${k} ×${n}`).join('，')}`);
    for (const r of result.repairs) if (r.kind !== 'punctuation') out.push(`  ${r.kind}: ${r.at}`);
  }
  return out.join('\n');
}

export function inspectFile(file: string): Promise<ImportResult> {
  return importArticleFile(file);
}

export function registerInspect(cli: CAC): void {
  cli
    .command('inspect <file>', '显示文章结构 / print the structure found in an article file')
    .option('--json', '输出 JSON（稳定格式）/ stable JSON output')
    .example('briefing inspect 文章.txt --json')
    .action(async (file: string, options: { json?: boolean }) => {
      const result = await inspectFile(file);
      process.stdout.write(
        options.json ? `${JSON.stringify(toInspectJson(result, basename(file)), null, 2)}\n` : `${formatInspect(result, file)}\n`,
      );
    });
}
