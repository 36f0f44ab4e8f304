/**
 * The deck's YAML front matter: read with `yaml` (keeping source positions so a bad
 * field names its line), validated field by field with zod so one bad field does not
 * spoil the others, written back in a fixed order.
 */
import { LineCounter, parseDocument, isMap, isScalar, stringify } from 'yaml';
import { z } from 'zod';
import { CLOSING_KINDS, type ClosingLine, type DeckDiagnostic, type DeckMeta, type SlideAspect, type ThemeName, type BuiltinThemeName } from './model';

/** The built-in themes (each has resources/themes/<name>.css and a pptx palette). */
export const THEMES: readonly BuiltinThemeName[] = ['party-red', 'clean-white', 'deep-blue', 'study-red', 'high-contrast'];
/** Every theme a deck may name: the built-in ones and the unit's own ('custom'). */
export const THEME_CHOICES: readonly ThemeName[] = [...THEMES, 'custom'];
export const ASPECTS: readonly SlideAspect[] = ['16:9', '4:3'];
export const DEFAULT_THEME: BuiltinThemeName = 'party-red';

const text = z.union([z.string(), z.number()]).transform((v) => String(v).trim());

/** One schema per known key: each field is checked on its own. */
export const metaFieldSchemas = {
  title: text.pipe(z.string().min(1, 'title must not be empty')),
  subtitle: text,
  byline: text,
  source: text,
  date: text,
  theme: z.enum(THEME_CHOICES as [ThemeName, ...ThemeName[]]),
  // Each item is a one-key mapping "kind: text" ("- signature: 中共……委员会").
  closing: z
    .array(
      z
        .partialRecord(z.enum(CLOSING_KINDS), text)
        .refine((r) => Object.keys(r).length === 1, 'each closing line is one "kind: text" pair')
        .transform((r): ClosingLine => {
          const [kind, value] = Object.entries(r)[0]!;
          return { kind: kind as ClosingLine['kind'], text: value as string };
        }),
    )
    .min(1),
  // YAML reads 16:9 unquoted as a string but 4:3 as a number in YAML 1.1 sexagesimal readers: accept both spellings.
  aspect: z.union([z.string(), z.number()]).transform((v) => String(v).trim()).pipe(z.enum(ASPECTS as [SlideAspect, ...SlideAspect[]])),
} as const;

type KnownKey = keyof typeof metaFieldSchemas;
const KNOWN: readonly KnownKey[] = ['title', 'subtitle', 'byline', 'source', 'date', 'theme', 'aspect', 'closing'];

const FIELD_ZH: Record<KnownKey, string> = {
  title: '标题',
  subtitle: '副标题',
  byline: '署名',
  source: '来源',
  date: '日期',
  theme: '主题',
  closing: '落款与附件',
  aspect: '版式比例',
};

export interface FrontMatterResult {
  meta: DeckMeta;
  diagnostics: DeckDiagnostic[];
}

/**
 * @param yamlText the text between the `---` lines
 * @param firstLine line number (1-based) of yamlText's first line in the deck file
 */
export const KEPT_PREFIX = '#! ';

export function parseFrontMatter(yamlText: string, firstLine: number): FrontMatterResult {
  const diagnostics: DeckDiagnostic[] = [];
  const meta: DeckMeta = { title: '', theme: DEFAULT_THEME };
  const keep = (line: string) => (meta.kept ??= []).push(line);
  for (const line of yamlText.split('\n')) if (line.startsWith(KEPT_PREFIX)) keep(line.slice(KEPT_PREFIX.length));
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;

  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const line = lineOf(e.pos[0]);
    diagnostics.push({
      line,
      message: {
        zh: `第${line}行：文件头（YAML）格式有误，无法读取：${e.message.split('\n')[0]}`,
        en: `line ${line}: the front matter is not valid YAML: ${e.message.split('\n')[0]}`,
      },
    });
    for (const l of yamlText.split('\n')) if (!l.startsWith(KEPT_PREFIX) && l.trim() !== '') keep(l);
    return { meta, diagnostics };
  }
  const root = doc.contents;
  if (root !== null && !isMap(root)) {
    diagnostics.push({
      line: firstLine,
      message: { zh: `第${firstLine}行：文件头应为“键: 值”的列表`, en: `line ${firstLine}: the front matter must be a key: value mapping` },
    });
    for (const l of yamlText.split('\n')) if (!l.startsWith(KEPT_PREFIX) && l.trim() !== '') keep(l);
    return { meta, diagnostics };
  }
  const seen = new Set<string>();
  for (const pair of root?.items ?? []) {
    const keyNode = pair.key;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const keyStart = isScalar(keyNode) && keyNode.range ? keyNode.range[0] : 0;
    const keyEnd = isScalar(keyNode) && keyNode.range ? keyNode.range[1] : 0;
    const line = lineOf(keyStart);
    const valueNode = pair.value as { range?: [number, number, number]; toJSON(): unknown } | null;
    if ((KNOWN as readonly string[]).includes(key)) {
      const k = key as KnownKey;
      if (seen.has(k)) {
        diagnostics.push({
          line,
          message: { zh: `第${line}行：${k}（${FIELD_ZH[k]}）重复出现，以后一个为准`, en: `line ${line}: ${k} appears twice; the last one wins` },
        });
      }
      seen.add(k);
      const value = valueNode?.toJSON() ?? null;
      const parsed = metaFieldSchemas[k].safeParse(value);
      if (parsed.success) {
        (meta as unknown as Record<string, unknown>)[k] = parsed.data;
      } else {
        const issue = parsed.error.issues[0]?.message ?? 'invalid';
        const shown = value === null ? '（空）' : JSON.stringify(value);
        const zh =
          k === 'theme'
            ? `第${line}行：主题 ${shown} 不存在，可选 ${THEME_CHOICES.join('、')}；已改用 ${DEFAULT_THEME}`
            : `第${line}行：${k}（${FIELD_ZH[k]}）的值 ${shown} 无效，已忽略`;
        diagnostics.push({ line, message: { zh, en: `line ${line}: bad value for "${k}": ${issue}` } });
        // An empty value has nothing worth keeping (and keeping it would grow the file on every save).
        if (value !== null && String(value).trim() !== '') {
          const end = valueNode?.range ? valueNode.range[1] : keyEnd;
          for (const l of yamlText.slice(keyStart, end).split('\n')) keep(l);
        }
      }
    } else {
      // Unknown keys travel unchanged: the YAML text after the colon, one space trimmed.
      const colon = yamlText.indexOf(':', keyEnd);
      const end = valueNode?.range ? valueNode.range[1] : colon + 1;
      let yaml = yamlText.slice(colon + 1, Math.max(colon + 1, end)).replace(/\s+$/u, '');
      if (yaml.startsWith(' ')) yaml = yaml.slice(1);
      (meta.extra ??= []).push({ key: yamlText.slice(keyStart, keyEnd), yaml });
    }
  }
  if (!seen.has('title') || meta.title === '') {
    if (!seen.has('title')) {
      diagnostics.push({ line: firstLine, message: { zh: `第${firstLine}行：文件头缺少 title（标题）`, en: `line ${firstLine}: the front matter has no title` } });
    }
  }
  return { meta, diagnostics };
}

/** Strings YAML reads back as the same string when written bare. */
const PLAIN_SAFE = /^[^\s\-?:,[\]{}#&*!|>'"%@`~][^:#\n]*$/u;
/** Numbers, booleans, null and YAML 1.1 timestamps: quoted, so every YAML reader keeps them strings. */
const LOOKS_TYPED = /^(?:[-+]?(?:[\d_,]+(?:\.[\d_]*)?|\.\d+)(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+|true|false|null|yes|no|on|off|y|n|~|\.inf|\.nan|\d{4}-\d\d?-\d\d?(?:[Tt ].*)?)$/iu;

export function scalar(v: string): string {
  // Fast path for the usual Chinese title or name; anything unusual goes through yaml.
  if (PLAIN_SAFE.test(v) && !LOOKS_TYPED.test(v) && !/\s$/u.test(v)) return v;
  // A date such as 2024-02-20: yaml writes it bare (a string in its core schema), but building its document costs more than the rest of the deck's front matter.
  if (/^\d{4}-\d\d?-\d\d?$/u.test(v)) return v;
  const s = stringify(v, { lineWidth: 0 }).replace(/\n$/u, '');
  // Block scalars would need indentation under the key: use a JSON (= YAML) string.
  return s.includes('\n') ? JSON.stringify(v) : s;
}

/** Front matter text without the `---` lines, one `key: value` per line. */
export function serializeFrontMatter(meta: DeckMeta): string {
  const lines: string[] = [`title: ${scalar(meta.title)}`];
  for (const k of ['subtitle', 'byline', 'source', 'date'] as const) {
    const v = meta[k];
    if (v !== undefined) lines.push(`${k}: ${scalar(v)}`);
  }
  lines.push(`theme: ${meta.theme}`);
  if (meta.aspect !== undefined) lines.push(`aspect: "${meta.aspect}"`);
  if (meta.closing?.length) {
    lines.push('closing:');
    for (const c of meta.closing) lines.push(`  - ${c.kind}: ${scalar(c.text)}`);
  }
  for (const e of meta.extra ?? []) {
    lines.push(`${e.key}:${e.yaml === '' || e.yaml.startsWith('\n') ? '' : ' '}${e.yaml}`);
  }
  for (const k of meta.kept ?? []) lines.push(KEPT_PREFIX + k);
  return lines.join('\n') + '\n';
}
