/**
 * Session file ↔ Session. The front matter is read with `yaml` keeping source
 * positions, so every problem names its line in both languages; a bad field or a
 * bad deck entry is reported and its text kept (as `#! ` lines, the way deck files
 * keep theirs), so saving never loses what the user wrote. serialize(parse(t)) is
 * t for every file this module writes; unknown keys travel unchanged.
 */
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { z } from 'zod';
import { splitFrontMatter } from '../deck/deck-markdown';
import { KEPT_PREFIX, THEME_CHOICES, scalar } from '../deck/front-matter';
import type { ThemeName } from '../deck/model';
import { MAX_MINUTES, type Session, type SessionDiagnostic, type SessionItem, type SessionMeta } from './model';

const text = z.union([z.string(), z.number()]).transform((v) => String(v).trim());
const fieldSchemas = {
  title: text.pipe(z.string().min(1)),
  date: text,
  place: text,
  unit: text,
  theme: z.enum(THEME_CHOICES as [ThemeName, ...ThemeName[]]),
} as const;
type Field = keyof typeof fieldSchemas;
const FIELDS: readonly Field[] = ['title', 'date', 'place', 'unit', 'theme'];
const FIELD_ZH: Record<Field | 'decks', string> = { title: '标题', date: '日期', place: '地点', unit: '主办单位', theme: '主题', decks: '演示稿列表' };

/** Why a deck path is refused, or null when it is a relative .md path inside the library. */
export function deckPathProblem(p: string): { zh: string; en: string } | null {
  if (p.trim() === '') return { zh: '路径为空', en: 'the path is empty' };
  if (p.includes('\0')) return { zh: '路径含有 NUL 字符', en: 'the path contains NUL' };
  if (!/\.md$/iu.test(p)) return { zh: `“${p}”不是演示稿（应以 .md 结尾）`, en: `"${p}" is not a deck (a deck file ends in .md)` };
  if (p.startsWith('/') || p.startsWith('\\') || /^[a-zA-Z]:/u.test(p) || p.split(/[\\/]/u).includes('..')) {
    return { zh: `“${p}”不在资料库内（应写相对路径，不能含 ..）`, en: `"${p}" is outside the library (write a relative path without ..)` };
  }
  return null;
}

export interface SessionParseResult {
  session: Session;
  diagnostics: SessionDiagnostic[];
}

export function parseSession(fileText: string): SessionParseResult {
  const split = splitFrontMatter(fileText);
  const diagnostics: SessionDiagnostic[] = [...split.diagnostics];
  const meta: SessionMeta = { title: '' };
  const items: SessionItem[] = [];
  const session: Session = { meta, items, body: split.body };
  if (split.yaml === null) {
    if (split.diagnostics.length === 0) diagnostics.push(msg(1, '学习会文件应以 --- 开头的文件头（title、decks 等）', 'a session file starts with a --- front matter (title, decks …)'));
    return { session, diagnostics };
  }
  const yamlText = split.yaml;
  const keep = (line: string) => (meta.kept ??= []).push(line);
  const keepLines = (s: string) => s.split('\n').forEach(keep);
  for (const line of yamlText.split('\n')) if (line.startsWith(KEPT_PREFIX)) keep(line.slice(KEPT_PREFIX.length));
  const lc = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lc, prettyErrors: false, uniqueKeys: false });
  // The front matter's first line is line 2 of the file (line 1 is ---).
  const lineOf = (offset: number) => lc.linePos(offset).line + 1;
  const root = doc.contents;
  if (doc.errors.length > 0 || (root !== null && !isMap(root))) {
    const line = doc.errors.length > 0 ? lineOf(doc.errors[0]!.pos[0]) : 2;
    const why = doc.errors[0]?.message.split('\n')[0] ?? 'not a mapping';
    diagnostics.push(msg(line, `文件头（YAML）格式有误，无法读取：${why}`, `the front matter is not valid YAML: ${why}`));
    for (const l of yamlText.split('\n')) if (!l.startsWith(KEPT_PREFIX) && l.trim() !== '') keep(l);
    return { session, diagnostics };
  }
  const seen = new Set<string>();
  for (const pair of (root?.items ?? []) as Array<Pair<Node, Node | null>>) {
    const keyNode = pair.key;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const [keyStart, keyEnd] = isScalar(keyNode) && keyNode.range ? [keyNode.range[0], keyNode.range[1]] : [0, 0];
    const line = lineOf(keyStart);
    const valueNode = pair.value;
    const valueEnd = valueNode?.range ? valueNode.range[1] : keyEnd;
    if (seen.has(key)) diagnostics.push(msg(line, `${key} 重复出现，以后一个为准`, `${key} appears twice; the last one wins`));
    seen.add(key);
    if (key === 'decks') {
      items.length = 0;
      readItems(valueNode, yamlText, lineOf, items, diagnostics, keepLines, line);
    } else if ((FIELDS as readonly string[]).includes(key)) {
      const k = key as Field;
      const value = valueNode?.toJSON() ?? null;
      const parsed = fieldSchemas[k].safeParse(value);
      if (parsed.success) (meta as unknown as Record<string, unknown>)[k] = parsed.data;
      else {
        const shown = value === null ? '（空）' : JSON.stringify(value);
        const zh = k === 'theme' ? `主题 ${shown} 不存在，可选 ${THEME_CHOICES.join('、')}` : `${k}（${FIELD_ZH[k]}）的值 ${shown} 无效，已忽略`;
        diagnostics.push(msg(line, zh, `bad value for "${k}": ${shown}`));
        if (value !== null && String(value).trim() !== '') keepLines(yamlText.slice(keyStart, valueEnd));
      }
    } else {
      // Unknown keys travel unchanged: the YAML text after the colon, one space trimmed.
      const colon = yamlText.indexOf(':', keyEnd);
      let yaml = yamlText.slice(colon + 1, Math.max(colon + 1, valueEnd)).replace(/\s+$/u, '');
      if (yaml.startsWith(' ')) yaml = yaml.slice(1);
      (meta.extra ??= []).push({ key: yamlText.slice(keyStart, keyEnd), yaml });
    }
  }
  if (!seen.has('title') || meta.title === '') {
    if (!seen.has('title')) diagnostics.push(msg(2, '文件头缺少 title（学习会标题）', 'the front matter has no title'));
  }
  if (!seen.has('decks')) diagnostics.push(msg(2, '文件头缺少 decks（演示稿列表）', 'the front matter has no decks list'));
  return { session, diagnostics };
}

function msg(line: number, zh: string, en: string): SessionDiagnostic {
  return { line, message: { zh: `第${line}行：${zh}`, en: `line ${line}: ${en}` } };
}

const minutesSchema = z.number().int().min(1).max(MAX_MINUTES);

/** `decks:` — a list of `path: …` mappings (or bare paths), each with optional minutes and root. */
function readItems(
  node: Node | null,
  src: string,
  lineOf: (o: number) => number,
  items: SessionItem[],
  diagnostics: SessionDiagnostic[],
  keepLines: (s: string) => void,
  keyLine: number,
): void {
  if (node === null || (isScalar(node) && (node.value === null || node.value === ''))) return;
  if (!isSeq(node)) {
    diagnostics.push(msg(keyLine, 'decks（演示稿列表）应为以“- path: …”开头的列表', 'decks must be a list of "- path: …" entries'));
    if (node.range) keepLines('decks: ' + src.slice(node.range[0], node.range[1]).trimEnd());
    return;
  }
  node.items.forEach((raw, n) => {
    const itemNode = raw as Node;
    const range = itemNode.range ?? [0, 0];
    const line = lineOf(range[0]);
    const bad = (zh: string, en: string) => {
      diagnostics.push(msg(line, `第${n + 1}个演示稿：${zh}`, `deck ${n + 1}: ${en}`));
      // The entry's text is kept as `- …` lines under a comment: put back by hand when fixed.
      const lines = src.slice(range[0], range[1]).trimEnd().split('\n');
      keepLines(lines.map((l, i) => (i === 0 ? '  - ' + l : l)).join('\n'));
    };
    const value: unknown = itemNode.toJSON();
    const obj: Record<string, unknown> | null =
      typeof value === 'string' ? { path: value } : value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
    if (!obj) return bad('应写作“path: 演示稿.md”', 'write it as "path: deck.md"');
    if (typeof obj.path !== 'string') return bad('缺少 path（演示稿文件）', 'no path (the deck file)');
    const problem = deckPathProblem(obj.path);
    if (problem) return bad(problem.zh, problem.en);
    const item: SessionItem = { path: obj.path.replace(/\\/gu, '/') };
    if (obj.root !== undefined && obj.root !== 'builtin' && obj.root !== 'user') return bad(`root 只能是 builtin，收到 ${JSON.stringify(obj.root)}`, `root can only be builtin, got ${JSON.stringify(obj.root)}`);
    if (obj.root === 'builtin') item.root = 'builtin';
    if (obj.minutes !== undefined && obj.minutes !== null) {
      const m = minutesSchema.safeParse(obj.minutes);
      if (!m.success) return bad(`时长 ${JSON.stringify(obj.minutes)} 无效，应为 1–${MAX_MINUTES} 的整数分钟`, `minutes ${JSON.stringify(obj.minutes)} must be a whole number 1–${MAX_MINUTES}`);
      item.minutes = m.data;
    }
    for (const [k, v] of Object.entries(obj)) if (!['path', 'root', 'minutes'].includes(k)) (item.extra ??= []).push({ key: k, value: v });
    items.push(item);
  });
}

/** A value of an item's unknown key: JSON is YAML, so any value is written back as it was read. */
const yamlValue = (v: unknown): string => (typeof v === 'string' ? scalar(v) : JSON.stringify(v) ?? 'null');

export function serializeSession(s: Session): string {
  const m = s.meta;
  const lines: string[] = [`title: ${scalar(m.title)}`];
  for (const k of ['date', 'place', 'unit'] as const) if (m[k] !== undefined) lines.push(`${k}: ${scalar(m[k])}`);
  if (m.theme !== undefined) lines.push(`theme: ${m.theme}`);
  lines.push(s.items.length === 0 ? 'decks: []' : 'decks:');
  for (const it of s.items) {
    lines.push(`  - path: ${scalar(it.path)}`);
    if (it.root) lines.push(`    root: ${it.root}`);
    if (it.minutes !== undefined) lines.push(`    minutes: ${it.minutes}`);
    for (const e of it.extra ?? []) lines.push(`    ${scalar(e.key)}: ${yamlValue(e.value)}`);
  }
  for (const e of m.extra ?? []) lines.push(`${e.key}:${e.yaml === '' || e.yaml.startsWith('\n') ? '' : ' '}${e.yaml}`);
  for (const k of m.kept ?? []) lines.push(KEPT_PREFIX + k);
  return `---\n${lines.join('\n')}\n---\n${s.body}`;
}

/** Total planned minutes, counting only decks that have a budget. */
export const sessionMinutes = (s: Session): number => s.items.reduce((n, it) => n + (it.minutes ?? 0), 0);
