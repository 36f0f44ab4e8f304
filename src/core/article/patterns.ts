/**
 * The conventions of the genre, as data: numbering schemes in their customary
 * order of rank, byline forms, and the furniture of newspaper and e-paper pages
 * and official documents that must be kept but never mixed into the body.
 */
import type { ExtraKind } from './types';

const CN = '[一二三四五六七八九十百零〇两]';

/** Heading numbering schemes, highest rank first (GB/T 9704: 一、 （一） 1. （1）). */
export const NUMBERING: Array<{ type: string; re: RegExp }> = [
  { type: 'part', re: new RegExp(`^第${CN}{1,3}[部分章篇编]`) },
  { type: 'part', re: /^第[0-9０-９]{1,2}[部分章篇编]/ },
  { type: 'section', re: new RegExp(`^第${CN}{1,3}节`) },
  { type: 'cn', re: new RegExp(`^${CN}{1,3}[、．.](?!${CN}[、．.])`) },
  { type: 'cn-paren', re: new RegExp(`^[（(]${CN}{1,3}[）)]`) },
  { type: 'arabic', re: /^[0-9０-９]{1,2}[.．、](?![0-9０-９])/ },
  { type: 'arabic-paren', re: /^[（(][0-9０-９]{1,2}[）)]/ },
  { type: 'circled', re: /^[①-⑳]/ },
];

/** Rank of every kind of heading, for turning kinds into levels 1–3. */
export const HEADING_RANK = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'part', 'section', 'bare', 'bold', 'cn', 'cn-paren', 'arabic', 'arabic-paren', 'circled'];

/** Every numbering above starts with one of these. */
const NUMBERING_START = /^[第一二三四五六七八九十百零〇两（(0-9０-９①-⑳]/;
// Only the schemes that can start with a given character are tried.
const OTHERS = NUMBERING.filter((n) => n.type === 'cn' || n.type === 'arabic' || n.type === 'circled');
const PAREN = NUMBERING.filter((n) => n.type.endsWith('-paren'));
const BY_FIRST: Record<string, typeof NUMBERING> = {
  第: NUMBERING.filter((n) => n.type === 'part' || n.type === 'section'),
  '（': PAREN,
  '(': PAREN,
};

export function numberingOf(t: string): { type: string; marker: string } | null {
  if (!NUMBERING_START.test(t)) return null;
  for (const { type, re } of BY_FIRST[t[0]!] ?? OTHERS) {
    const m = re.exec(t);
    if (m) return { type, marker: m[0] };
  }
  return null;
}

/** "一是" / "二是" / "首先" … opening parallel points inside running text. */
export const ORDINAL_LEAD = /^(?:[一二三四五六七八九十]{1,2}是|首先|其次|再次|最后)[，,：:]?/;
export const FIRST_ORDINAL = /^(?:一是|首先)/;

/** Whole-line bylines (a "□" bullet before one is markup, see block.ts). */
const BYLINE_LINE = [
  /^(?:本报记者|本报通讯员|本报评论员|特约记者|记者|通讯员|作者|撰稿|撰文|文|图|文\/图|文／图)[\s：:／/]*[\u4e00-\u9fff·]{2,}(?:[\s、，,]+(?:记者|通讯员)?[\s：:]*[\u4e00-\u9fff·]{2,})*$/,
  /^(?:本报评论员|评论员|本报特约评论员|任仲平|仲音|钟声|宣言|国纪平)$/,
];

export function isBylineLine(t: string): boolean {
  return t.length <= 50 && BYLINE_LINE.some((re) => re.test(t));
}


/** A bare name line after a title: "张晓明", "王 强  李华". */
export function isNameLine(t: string): boolean {
  const han = t.replace(/\s/g, '').length;
  return /^[\u4e00-\u9fff·]{1,4}(?:[\s\u3000]+[\u4e00-\u9fff·]{1,4}){0,3}$/.test(t) && han >= 2 && han <= 12;
}

/** Bylines at the start of a news paragraph: "本报讯（记者 张三）", "本报讯 通讯员李四报道：". */
export const BYLINE_PREFIX = [
  /^本报讯[（(][^）)]{1,40}[）)]\s*/,
  /^本报讯\s*(?:记者|通讯员|特约记者)[^：:，,。]{1,30}?(?:报道)?[：:]\s*/,
  /^(?:新华社|中新社|人民网|新华网)[\u4e00-\u9fff]{0,12}\d{0,2}月?\d{0,2}日?电[（(][^）)]{1,40}[）)]\s*/,
];

/** Bylines closing the last paragraph: "……。（记者 张三 通讯员 李四）". */
export const BYLINE_SUFFIX = /\s*[（(](?:本报)?(?:记者|通讯员|特约记者|作者|撰稿|撰文|文|供稿)[^（）()]{1,40}[）)]$/;

/** Lines that are furniture, by kind. Checked in this order. */
export const EXTRA_LINES: Array<{ kind: ExtraKind; re: RegExp; need?: string }> = [
  // e-paper: 版次, issue numbers, printer's lines, editors, dates, URLs.
  { kind: 'meta', re: /^(?:第\s*[0-9０-９A-Za-z一二三四五六七八九十]{1,4}\s*版|[A-Z]?\d{1,2}版)(?:[\s：:·|｜].{0,20})?$/, need: '版' },
  { kind: 'meta', re: /总第\s*[0-9０-９]+\s*期/, need: '总第' },
  { kind: 'meta', re: /^[^。，]{0,30}(?:印发|编印)$/, need: '印' },
  { kind: 'meta', re: /^[^。，]{0,30}(?:主办|承办)$/, need: '办' },
  { kind: 'meta', re: /^(?:责任编辑|责编|编辑|校对|审核|审校|审签|签发|美编|组版|版式|主编|主办|主管|出版|发行|电话|传真|地址|邮编|邮箱|网址|来源|稿源|发布时间|发布日期|发布机构|日期|文号|索引号|分类|成文日期|发文机关|主题词|抄送|抄报|分送|发送|联系人|联系电话|印数)[：:\s]/ },
  { kind: 'meta', need: '年', re: /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*(?:星期|周)[一二三四五六日天])?(?:\s*农历.{2,12})?$/ },
  { kind: 'meta', re: /^(?:https?:\/\/|www\.)\S+$/ },
  { kind: 'meta', re: /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+\S{1,12})?$/ },
  { kind: 'meta', re: /^[（(](?:完|全文完|END|此件公开发布|此件不公开|此页无正文)[）)]$/i },
  { kind: 'meta', re: /^[（(](?:作者|笔者)(?:系|为|是|单位)[^（）()]{1,60}[）)]$/ },
  { kind: 'meta', re: /^[\u4e00-\u9fff]{0,4}[〔[［]\d{4}[〕\]］]\s*\d+\s*号$/, need: '号' },
  // photo captions
  { kind: 'caption', re: /^(?:图为|上图|下图|左图|右图|图片|图[：:]|题图|配图|▲|△|↑|↓)/ },
  { kind: 'caption', re: /(?:[（(][^（）()]{0,20}摄[）)]|摄影[：:]?\s*[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,4}\s*摄)$/, need: '摄' },
  // explicit column labels
  { kind: 'column-label', re: /^【[^】]{1,20}】$|^〖[^〗]{1,20}〗$|^\[[^\]]{1,20}\]$/ },
];

const CAPTION_START = EXTRA_LINES.find((e) => e.kind === 'caption')!.re;
const CAPTION_END = EXTRA_LINES.find((e) => e.kind === 'caption' && e.need)!.re;

/**
 * EXTRA_LINES regrouped for speed, same answers: per run of one kind (the first
 * run with a match gives the kind, as the first matching pattern of the list
 * did), the patterns anchored at the line start and needing no word are one
 * alternation; the rest keep their word check. This runs on every short line.
 */
const EXTRA_RUNS: Array<{ kind: ExtraKind; start: RegExp | null; rest: Array<{ re: RegExp; need?: string }> }> = [];
for (let i = 0; i < EXTRA_LINES.length; ) {
  const kind = EXTRA_LINES[i]!.kind;
  const run: Array<{ re: RegExp; need?: string }> = [];
  for (; i < EXTRA_LINES.length && EXTRA_LINES[i]!.kind === kind; i++) run.push(EXTRA_LINES[i]!);
  const plain = (e: { re: RegExp; need?: string }) => !e.need && !e.re.flags && e.re.source.startsWith('^');
  const starts = run.filter(plain).map((e) => `(?:${e.re.source})`);
  // The outer "^" anchors the whole alternation: without it the engine tries every
  // alternative at every position of the line, each failing on its own "^".
  EXTRA_RUNS.push({ kind, start: starts.length ? new RegExp(`^(?:${starts.join('|')})`) : null, rest: run.filter((e) => !plain(e)) });
}

export function extraKindOf(t: string): ExtraKind | null {
  // Furniture lines are short; only a photo caption runs long, and it says so
  // at its start ("图为", "▲") or its end ("（记者 周强 摄）"). (A prefilter on the
  // characters furniture needs was dropped: three lines in five have one, and a
  // class of 40 Han characters cost more than the anchored patterns it spared.)
  if (t.length > 40) return CAPTION_START.test(t) || (t.includes('摄') && CAPTION_END.test(t)) ? 'caption' : null;
  for (const run of EXTRA_RUNS) {
    if (run.start?.test(t)) return run.kind;
    for (const e of run.rest) if ((!e.need || t.includes(e.need)) && e.re.test(t)) return run.kind;
  }
  return null;
}

/** A signature line closing an official document: the issuing body. */
export const ISSUER = /(?:人民政府|委员会|办公室|办公厅|党委|党组|党工委|管委会|[^，。]{1,12}局|[^，。]{1,12}部|[^，。]{1,12}中心|[^，。]{1,12}处)$/;
