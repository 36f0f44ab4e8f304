/**
 * The host contract: every operation the renderer needs from outside, with a zod
 * schema for its arguments. Electron's main process and the browser edition's
 * server both parse arguments with these schemas before calling a service, so an
 * argument that reaches src/node has already been validated.
 */
import { z } from 'zod';
import type { OperationName } from './contract-channels';
import { JobId, JobProgress, JobRef, type JobContext, type JobOperation } from './contract-jobs';
import { isSessionPath } from './session/model';
import { ArticleSchema } from './article/saved-article';
import { CustomThemeSchema } from './theme/custom-theme';

/** A deck is named by its library root and a relative path inside it. */
export const DeckRef = z
  .object({
    root: z.enum(['builtin', 'user']),
    path: z
      .string()
      .min(1)
      .max(512)
      .refine((p) => !p.includes('\0'), 'NUL in path')
      .refine((p) => /\.md$/i.test(p), 'a deck file ends in .md')
      .refine(
        (p) => !p.startsWith('/') && !/^[a-zA-Z]:/.test(p) && !p.split(/[\\/]/).includes('..'),
        'path must stay inside the library folder',
      ),
  })
  .strict();
export type DeckRef = z.infer<typeof DeckRef>;

/** A study session (学习会) file: a library file named `<name>.session.md`. */
export const SessionRef = DeckRef.refine((r) => isSessionPath(r.path), 'a session file ends in .session.md');

export const DeckEntry = z.object({
  ref: DeckRef,
  title: z.string(),
  slideCount: z.number().int(),
  modifiedMs: z.number(),
  readOnly: z.boolean(),
  /** Present for a study session (学习会) file: how many decks it names and the minutes planned. */
  session: z.object({ decks: z.number().int(), minutes: z.number().int() }).optional(),
});
export type DeckEntry = z.infer<typeof DeckEntry>;

/** Text plus a version stamp, so a save can tell whether the file changed underneath. */
export const DeckFile = z.object({
  ref: DeckRef,
  text: z.string(),
  version: z.string(),
  readOnly: z.boolean(),
});
export type DeckFile = z.infer<typeof DeckFile>;

export const MAX_DECK_CHARS = 20_000_000;
const DeckText = z.string().max(MAX_DECK_CHARS);

export const WriteDeckArgs = z
  .object({
    ref: DeckRef,
    text: DeckText,
    /** Version the editor last read; null to overwrite whatever is there. */
    expectedVersion: z.string().max(128).nullable(),
  })
  .strict();

export const WriteDeckResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), version: z.string() }),
  z.object({ ok: z.literal(false), reason: z.literal('conflict'), currentVersion: z.string() }),
]);
export type WriteDeckResult = z.infer<typeof WriteDeckResult>;

export const CreateDeckArgs = z
  .object({
    /** Suggested file name (without folders); the host makes it unique. */
    name: z
      .string()
      .min(1)
      .max(120)
      .refine((n) => !/[\\/\0]/.test(n) && n !== '.' && n !== '..', 'a plain file name'),
    text: DeckText,
    /**
     * The article as confirmed in the review step, saved as <deck>.assets/article.json
     * so source links, the article panel and the full-text briefing use it.
     */
    article: ArticleSchema.optional(),
  })
  .strict();

export const DraftKey = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\w\-.:\u4e00-\u9fff]+$/u, 'draft key');
export const DraftArgs = z
  .object({ key: DraftKey, text: DeckText, ref: DeckRef.nullable(), baseVersion: z.string().max(128).nullable() })
  .strict();
export const Draft = z.object({
  key: z.string(),
  text: z.string(),
  ref: DeckRef.nullable(),
  baseVersion: z.string().nullable(),
  savedMs: z.number(),
});
export type Draft = z.infer<typeof Draft>;

const settingsFields = {
  language: z.enum(['zh-CN', 'en']),
  /** The default theme of new decks; 'custom' is the unit's own theme (theme/get). */
  theme: z.enum(['party-red', 'clean-white', 'deep-blue', 'study-red', 'high-contrast', 'custom']),
  recent: z.array(DeckRef).max(20),
  exportOptions: z.record(z.string().max(600), z.unknown()),
  /** Interface text size (适老化 大字): the whole interface scales, not only the slides. */
  uiScale: z.enum(['standard', 'large', 'x-large']),
  /** The app's own high-contrast interface theme (the system's high contrast is followed anyway). */
  uiContrast: z.enum(['standard', 'high']),
  /**
   * Slide transitions when presenting: 'auto' plays the deck's (not chosen yet: with reduced
   * motion the app offers to turn them off), 'deck' plays them (chosen), 'off' never.
   */
  slideTransitions: z.enum(['auto', 'deck', 'off']),
  /** The 简报's issuing unit (编发单位), offered in the masthead next time. */
  issuingUnit: z.string().max(200),
  /** Last issue used per masthead name (学习简报 → 第12期): the next export offers 第13期. */
  issueNumbers: z.record(z.string().max(100), z.string().max(60)),
};
export const Settings = z
  .object({
    language: settingsFields.language.default('zh-CN'),
    theme: settingsFields.theme.default('party-red'),
    recent: settingsFields.recent.default([]),
    exportOptions: settingsFields.exportOptions.default({}),
    uiScale: settingsFields.uiScale.default('standard'),
    uiContrast: settingsFields.uiContrast.default('standard'),
    slideTransitions: settingsFields.slideTransitions.default('auto'),
    issuingUnit: settingsFields.issuingUnit.default(''),
    issueNumbers: settingsFields.issueNumbers.default({}),
  })
  .strict();
export type Settings = z.infer<typeof Settings>;
/**
 * A change to some settings. Its fields carry no defaults: zod applies a default
 * inside .partial() too, so Settings.partial() turned { language } into a patch
 * that also reset 最近打开 and the export options.
 */
export const SettingsPatch = z.object(settingsFields).partial().strict();

/** Base64 keeps bytes JSON-safe across both hosts; 64 MiB of bytes at most. */
export const Base64 = z
  .string()
  .max(Math.ceil((64 * 1024 * 1024 * 4) / 3) + 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');

export const SaveBytesArgs = z
  .object({
    suggestedName: z
      .string()
      .min(1)
      .max(200)
      .refine((n) => !/[\\/\0]/.test(n), 'a plain file name'),
    kind: z.enum(['docx', 'pptx', 'pdf', 'html', 'md', 'zip']),
    base64: Base64,
  })
  .strict();

export const SavedFile = z.object({ path: z.string(), name: z.string() }).nullable();

export const OpenedArticle = z
  .object({ name: z.string(), base64: z.string() })
  .nullable();

/** A legacy Word (.doc) or WPS file for the host to read: its reader needs Node, which the renderer lacks. */
export const ReadDocArgs = z.object({ name: z.string().min(1).max(260), base64: Base64, jobId: JobId.optional() }).strict();
export const DocText = z.object({ text: z.string() });

export const AppInfo = z.object({
  host: z.enum(['electron', 'web']),
  version: z.string(),
  platform: z.string(),
  libraryDir: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** Presenting (issue 6): which slide to open the presenter on. */
export const OpenPresenterArgs = z
  .object({ ref: DeckRef, indexh: z.number().int().min(0).max(100_000) })
  .strict();
/** 'dual': slides on one display, presenter on another; 'rehearsal': one display shows both windows side by side. */
export const PresenterLayout = z.object({ mode: z.enum(['dual', 'rehearsal']), displays: z.number().int() });
export type PresenterLayout = z.infer<typeof PresenterLayout>;

/** PDF and standalone HTML of a deck: the deck text as the editor holds it (saved or not). */
/** `ref`, when the deck is saved in the library, lets the host put the deck's pictures inside the file. */
export const ExportPdfArgs = z
  .object({ text: DeckText, variant: z.enum(['slides', 'notes']).default('slides'), ref: DeckRef.optional(), jobId: JobId.optional() })
  .strict();
export const ExportHtmlArgs = z.object({ text: DeckText, ref: DeckRef.optional(), jobId: JobId.optional() }).strict();
export const ExportedBytes = z.object({ base64: z.string(), pages: z.number().int().nullable() });
export type ExportedBytes = z.infer<typeof ExportedBytes>;

/** Images a deck shows live in `<deck>.assets/` beside it; the editor copies them in. */
export const ASSET_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'webp'] as const;
export const MAX_ASSET_BYTES = 20 * 1024 * 1024;
export const WriteAssetArgs = z
  .object({
    ref: DeckRef,
    /** The picked file's name: only its extension is used; the host names the copy. */
    name: z.string().min(1).max(200),
    base64: Base64,
  })
  .strict();
/** `src` is the path as the deck's Markdown writes it, relative to the deck file. */
export const ReadAssetArgs = z
  .object({ ref: DeckRef, src: z.string().min(1).max(600).refine((p) => !p.includes('\0'), 'NUL in path') })
  .strict();
export const Asset = z.object({ src: z.string(), base64: z.string(), mime: z.string() });
export type Asset = z.infer<typeof Asset>;

/** A deck name the user typed (rename, duplicate); the host cleans it and adds ".md". */
const DeckName = z
  .string()
  .min(1)
  .max(120)
  .refine((n) => !n.includes('\0') && n.trim() !== '' && n !== '.' && n !== '..', 'a plain name');
export const DeckNameArgs = z.object({ ref: DeckRef, name: DeckName }).strict();
/** Many decks in one call (an import that makes a deck per article): no library refresh per deck. */
export const MAX_DECKS_PER_CALL = 200;
export const CreateManyArgs = z
  .object({ decks: z.array(CreateDeckArgs).min(1).max(MAX_DECKS_PER_CALL) })
  .strict();
export const CreatedDeck = z.object({ ref: DeckRef, version: z.string() });
/** Show a file just exported in the system's file manager (desktop only). */
export const RevealArgs = z
  .object({ path: z.string().min(1).max(4096).refine((p) => !p.includes('\0'), 'NUL in path') })
  .strict();

/** The unit's Word templates (issue 16): kept in the data folder, the shipped example beside them. */
const TemplateFileName = z
  .string()
  .min(1)
  .max(200)
  .refine((n) => !/[\\/\0]/.test(n) && /\.docx$/i.test(n), 'a .docx file name');
export const WordTemplateEntry = z.object({ name: z.string(), builtin: z.boolean(), placeholders: z.array(z.string()) });
export type WordTemplateEntry = z.infer<typeof WordTemplateEntry>;
export const WordTemplateRef = z.object({ name: TemplateFileName, builtin: z.boolean() }).strict();
export type WordTemplateRef = z.infer<typeof WordTemplateRef>;
export const ImportTemplateArgs = z.object({ name: TemplateFileName, base64: Base64 }).strict();
/** A session file's text: checked by the host with core's session parser before it is written. */
export const WriteSessionArgs = z
  .object({ ref: SessionRef, text: DeckText, expectedVersion: z.string().max(128).nullable() })
  .strict();

const none = z.tuple([]);

/** Argument tuple and result schema of every operation. */
export const contract = {
  'app/info': { args: none, result: AppInfo },
  'library/list': { args: none, result: z.array(DeckEntry) },
  'deck/read': { args: z.tuple([DeckRef]), result: DeckFile },
  'deck/write': { args: z.tuple([WriteDeckArgs]), result: WriteDeckResult },
  'deck/create': { args: z.tuple([CreateDeckArgs]), result: DeckFile },
  'deck/createMany': { args: z.tuple([CreateManyArgs]), result: z.array(CreatedDeck) },
  'deck/rename': { args: z.tuple([DeckNameArgs]), result: z.object({ ref: DeckRef }) },
  'deck/duplicate': { args: z.tuple([DeckNameArgs]), result: z.object({ ref: DeckRef }) },
  'deck/trash': { args: z.tuple([DeckRef]), result: z.null() },
  'deck/stat': { args: z.tuple([DeckRef]), result: z.object({ version: z.string() }).nullable() },
  'deck/writeAsset': { args: z.tuple([WriteAssetArgs]), result: z.object({ src: z.string() }) },
  'deck/readAsset': { args: z.tuple([ReadAssetArgs]), result: Asset.nullable() },
  'session/read': { args: z.tuple([SessionRef]), result: DeckFile },
  'session/write': { args: z.tuple([WriteSessionArgs]), result: WriteDeckResult },
  /** `name` without the suffix; the host adds ".session.md" and makes it unique. */
  'session/create': { args: z.tuple([CreateDeckArgs]), result: DeckFile },
  'deck/readArticle': { args: z.tuple([DeckRef]), result: ArticleSchema.nullable() },
  'draft/save': { args: z.tuple([DraftArgs]), result: z.object({ savedMs: z.number() }) },
  'draft/load': { args: z.tuple([DraftKey]), result: Draft.nullable() },
  'draft/discard': { args: z.tuple([DraftKey]), result: z.null() },
  'draft/list': { args: none, result: z.array(Draft) },
  'settings/get': { args: none, result: Settings },
  'settings/set': { args: z.tuple([SettingsPatch]), result: Settings },
  'file/saveBytes': { args: z.tuple([SaveBytesArgs]), result: SavedFile },
  'file/openArticle': { args: none, result: OpenedArticle },
  'file/reveal': { args: z.tuple([RevealArgs]), result: z.null() },
  'article/readDoc': { args: z.tuple([ReadDocArgs]), result: DocText },
  'present/openPresenter': { args: z.tuple([OpenPresenterArgs]), result: PresenterLayout },
  'present/closePresenter': { args: none, result: z.null() },
  'present/swapDisplays': { args: none, result: PresenterLayout.nullable() },
  'present/setFullScreen': { args: z.tuple([z.boolean()]), result: z.null() },
  'export/pdf': { args: z.tuple([ExportPdfArgs]), result: ExportedBytes },
  'export/html': { args: z.tuple([ExportHtmlArgs]), result: ExportedBytes },
  'template/list': { args: none, result: z.array(WordTemplateEntry) },
  'template/import': { args: z.tuple([ImportTemplateArgs]), result: WordTemplateEntry },
  'template/read': { args: z.tuple([WordTemplateRef]), result: z.object({ base64: z.string() }) },
  'template/remove': { args: z.tuple([WordTemplateRef]), result: z.null() },
  /** The unit's own slide theme (issue 16), kept in the data folder; null when none was made. */
  'theme/get': { args: none, result: CustomThemeSchema.nullable() },
  'theme/set': { args: z.tuple([CustomThemeSchema]), result: CustomThemeSchema },
  'theme/remove': { args: none, result: z.null() },
  'job/progress': { args: z.tuple([JobRef]), result: JobProgress.nullable() },
  'job/cancel': { args: z.tuple([JobRef]), result: z.boolean() },
} as const satisfies Record<OperationName, { args: z.ZodTuple; result: z.ZodType }>;

export type Contract = typeof contract;
export type OpArgs<K extends OperationName> = z.input<Contract[K]['args']>;
export type OpResult<K extends OperationName> = z.output<Contract[K]['result']>;

type DomainOf<K> = K extends `${infer D}/${string}` ? D : never;
type VerbOf<K, D extends string> = K extends `${D}/${infer V}` ? V : never;

/** What the renderer sees: host.<domain>.<verb>(...args). */
export type HostApi = {
  [D in DomainOf<OperationName>]: {
    [V in VerbOf<OperationName, D>]: `${D}/${V}` extends infer K extends OperationName
      ? (...args: OpArgs<K>) => Promise<OpResult<K>>
      : never;
  };
};

/** Errors cross the contract as a code plus both languages' messages. */
export interface HostErrorShape {
  code: string;
  message: { zh: string; en: string };
}

/** What every operation answers with, over IPC and HTTP alike (see core/dispatch.ts). */
export type Envelope = { ok: true; value: unknown } | { ok: false; error: HostErrorShape };

/** Operations dispatch answers itself, from its job registry (core/jobs.ts): no service implements them. */
export type JobControlOperation = 'job/progress' | 'job/cancel';
/** The operations a service table implements. */
export type ServiceOperation = Exclude<OperationName, JobControlOperation>;

/**
 * The services behind the contract: one async function per operation (src/node/services.ts builds them).
 * A job operation's service gets a JobContext after its arguments (signal and progress; absent when called directly).
 */
export type ServiceTable = {
  [K in ServiceOperation]: K extends JobOperation
    ? (...args: [...OpArgs<K>, JobContext?]) => Promise<OpResult<K>>
    : (...args: OpArgs<K>) => Promise<OpResult<K>>;
};

export class HostError extends Error {
  constructor(
    readonly code: string,
    readonly messages: { zh: string; en: string },
  ) {
    super(messages.en);
    this.name = 'HostError';
  }
  toShape(): HostErrorShape {
    return { code: this.code, message: this.messages };
  }
}

/** Parse an operation's arguments; throws HostError('BAD_ARGS') on failure. */
export function parseArgs<K extends OperationName>(op: K, args: unknown): z.output<Contract[K]['args']> {
  const schema = contract[op]?.args;
  if (!schema) throw new HostError('UNKNOWN_OP', { zh: `未知操作：${String(op)}`, en: `Unknown operation: ${String(op)}` });
  const r = schema.safeParse(args);
  if (!r.success) {
    const detail = r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new HostError('BAD_ARGS', { zh: `参数无效（${op}）：${detail}`, en: `Invalid arguments for ${op}: ${detail}` });
  }
  return r.data as z.output<Contract[K]['args']>;
}

export function isOperation(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
