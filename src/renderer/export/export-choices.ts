/**
 * The export dialog's logic apart from its widgets: which formats exist (read
 * from core's `exporters`, so a format added there shows up here), the key
 * options are remembered under, and reading a remembered value back safely.
 */
import type { DeckRef } from '../../core/contract';
import { OPERATIONS } from '../../core/contract-channels';
import { briefingHeaderSchema, briefingKinds, exporters, exportOptionsSchema, type BriefingKind, type ExportOptions, type ExportOptionsInput } from '../../core/export';

/**
 * One entry of the format list: a Word briefing kind, a whole format core can
 * export, or a format the host makes (PDF through headless Chromium, standalone
 * HTML with the deck's pictures inside: `host` names the operation).
 */
export interface FormatChoice {
  id: string;
  format: string;
  kind?: BriefingKind;
  host?: 'export/pdf' | 'export/html';
  variant?: 'slides' | 'notes';
}

const HOST_CHOICES: FormatChoice[] = [
  { id: 'pdf:slides', format: 'pdf', host: 'export/pdf', variant: 'slides' },
  { id: 'pdf:notes', format: 'pdf', host: 'export/pdf', variant: 'notes' },
  { id: 'html', format: 'html', host: 'export/html' },
];

/**
 * The one kind word in an exported file's name ("<deck title>-<word>.<ext>"), Chinese whatever the
 * interface language (the documents are Chinese). Plain words: the format labels read "讲稿/讲义" and
 * "PowerPoint 演示文稿", which made names like "…-讲稿 讲义.docx".
 */
export const FILE_LABELS: Record<string, string> = {
  'docx:full': '全文简报',
  'docx:points': '要点简报',
  'docx:handout': '讲义',
  pptx: '演示文稿',
  'pdf:slides': '幻灯片',
  'pdf:notes': '讲稿',
  html: '网页版',
};

/** The kind word for a format choice; a format added later falls back to its extension. */
export const fileLabelOf = (c: Pick<FormatChoice, 'id' | 'format'>): string => FILE_LABELS[c.id] ?? c.format;

export function formatChoices(
  available: readonly string[] = Object.keys(exporters),
  hostOps: readonly string[] = OPERATIONS,
): FormatChoice[] {
  const core = available.flatMap((format): FormatChoice[] =>
    format === 'docx' ? briefingKinds.map((kind) => ({ id: `docx:${kind}`, format, kind })) : [{ id: format, format }],
  );
  // Only what exists: a host without the operation, or a format core already exports, is not listed twice.
  const host = HOST_CHOICES.filter((c) => hostOps.includes(c.host!) && !available.includes(c.format));
  return [...core, ...host];
}

/** Settings key for the last format chosen for a deck (PDF and HTML are not part of ExportOptions). */
export const choiceKey = (ref: DeckRef): string => `choice|${rememberKey(ref)}`;

export function choiceOf(o: Pick<ExportOptions, 'format' | 'kind'>): string {
  return o.format === 'docx' ? `docx:${o.kind}` : o.format;
}

/** Settings key for a deck's remembered options. */
export const rememberKey = (ref: DeckRef): string => `${ref.root}:${ref.path}`;

/**
 * Remembered options → complete options. A value written by another version
 * (or edited by hand) that no longer parses is dropped field by field rather
 * than making the dialog fail: unknown keys are removed, and if it still does
 * not parse the defaults are used.
 */
export function rememberedOptions(stored: unknown): ExportOptions {
  const direct = exportOptionsSchema.safeParse(stored ?? {});
  if (direct.success) return direct.data;
  if (stored && typeof stored === 'object') {
    const known = Object.keys(exportOptionsSchema.shape);
    const kept: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(stored)) {
      if (!known.includes(k)) continue;
      const one = exportOptionsSchema.safeParse({ [k]: v });
      if (one.success) kept[k] = v;
    }
    const partial = exportOptionsSchema.safeParse(kept);
    if (partial.success) return partial.data;
  }
  return exportOptionsSchema.parse({});
}

/** What is stored: the options as the user set them, empty texts left out. */
export function toStored(o: ExportOptions): ExportOptionsInput {
  const clean = <T extends Record<string, unknown>>(x: T | undefined): T | undefined => {
    if (!x) return undefined;
    const out = Object.fromEntries(Object.entries(x).filter(([, v]) => v !== '' && v !== undefined && v !== null)) as T;
    return Object.keys(out).length ? out : undefined;
  };
  return { ...o, header: o.header ? { ...clean(o.header), name: o.header.name || briefingHeaderSchema.parse({}).name } : undefined, distribution: clean(o.distribution) };
}

/** A file name for the export: "<title>-<kind label><extension>", without characters file systems refuse. */
export function exportFileName(title: string, label: string, extension: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are never valid in a file name
  const safe = (s: string) => s.replace(/[\\/:*?"<>|\u0000-\u001f]/gu, ' ').replace(/\s+/gu, ' ').trim();
  const stem = [...(safe(title) || '演示稿')].slice(0, 60).join('');
  return `${stem}-${safe(label)}${extension}`;
}
