/**
 * A slide title from the slide's own text, the way a presenter would write it: the
 * lead sentence when it is short ("在万亿之城再出发中提升贡献度"), else the lead phrase
 * ("健全科创生态系统"), else the passage's key phrase — the genre's 在…中…度 and
 * 以…为… patterns, a clause with a quoted term, or the most central clause. Never a
 * clause that only opens a sentence ("今年以来", "站在新的历史起点", "2024年是……"),
 * a fragment ending mid-quote, or the section's own title again.
 */
import { clauseRole, rememberRole, type RoleMemo } from './statements';
import { clauseEnds, displayWidth, firstClauseEnd, letterUnits, lettersOf, splitClauses, splitSentences, stripClauseEnd, trimEndAt, trimStartAt } from './split-clauses';
import { hasFigure } from './emphasis';

/** Longest lead sentence / phrase used as a title, in CJK character cells. */
export const MAX_TITLE_SENTENCE = 26;
export const MAX_TITLE_PHRASE = 20;
/** A key phrase may fill the title line; a quotation opening a quote slide may take two. */
const MAX_KEY_PHRASE = 22;
const MAX_QUOTATION = 40;
/**
 * A paragraph that is one sentence with no shorter title in it may be its own title
 * over two title lines (the slide then states it, and its notes carry it).
 */
const MAX_WHOLE_SENTENCE = 40;
const MIN_TITLE = 4;
/** Key phrases are looked for in this much of a passage (a title never needs more). */
const SCAN_CHARS = 1500;

/** Openings that are never a title: "2024年是……", "今年以来", "本报讯", an address. */
const TIME_LEAD = /^(?:\d{4}\s*年(?:是|以来|，)|今年以来|今年是|去年以来|本报讯|同志们|各位)/u;
/** A clause that is the predicate of the one before ("中国式现代化，是……"). */
const PREDICATE = /^(?:是|也是|更是|就是|还是|既是)/u;
/** The genre's "以……为抓手" key phrase. */
const WITH_AS = /^以.{1,20}为(?:抓手|核心|引领|重点|主线|载体|突破口|支撑|目标|导向|契机|指导|依托|牵引|基础|根本|中心|主体|动力|保障|统领|遵循|己任|根本遵循)$/u;
const DANGLING_END = /(?:的|和|与|及|或|把|将|、|—|…)$/u;
/** An official document's title (关于…的通知): a whole noun phrase, though it opens with 关于. */
const DOCUMENT_TITLE = /^关于.+的(?:通知|通报|意见|决定|决议|报告|请示|批复|函|办法|方案|规定|规划|计划|公告|通告|纪要|命令)$/u;
/** A clause naming who speaks before what they said: "会议指出，", "报告强调，", "他表示：". */
const REPORTED = /^[^，,：:。！？]{1,10}(?:指出|认为|强调|表示|要求|提出|明确|说)[，,：:]\s*/u;
const TAIL_LEAD = /^(?:其中|也|是|且|而|并|从而|进而|以便|同比|增长)/u;
/** The first characters TIME_LEAD and TAIL_LEAD can match, the last DANGLING_END can: the regexes run only then. */
const LEAD_FIRST = new Set([...'0123456789今去本同各其也是且而并从进以增'].map((c) => c.charCodeAt(0)));
const DANGLING_LAST = new Set([...'的和与及或把将、—…'].map((c) => c.charCodeAt(0)));

/** Editors' labels that head a passage without being part of what it says. */
const LABEL_WORDS = '编者按|编者的话|编者注|编辑按|编后语|编后|按语|导读|导语|摘要|内容提要|提要|核心提示|阅读提示';
/**
 * A label opening a passage: any short 【…】 (【编者按】, 【导读】, 【两会聚焦】), or one of
 * the label words in other brackets (（编者按）, since （一） is numbering) or before a colon
 * (编者按：). Spaces after it go with it.
 */
const LEAD_LABEL = new RegExp(`(?:【[^【】。！？\\n]{1,12}】|[（(〔［\\[](?:${LABEL_WORDS})[）)〕］\\]]|(?:${LABEL_WORDS})[：:])[\\s\u3000]*`, 'uy');
/** Characters a label can start with: the regex only runs on text that starts with one. */
const LABEL_START = new Set([...'【（(〔［[编按导摘内提核阅'].map((c) => c.charCodeAt(0)));

/** Where the labels (【编者按】, （导读）, 编者按：…, one after another) starting at `from` end. */
function labelsEnd(text: string, from: number): number {
  let at = from;
  while (at < text.length && LABEL_START.has(text.charCodeAt(at))) {
    LEAD_LABEL.lastIndex = at;
    if (!LEAD_LABEL.test(text)) break;
    at = LEAD_LABEL.lastIndex;
  }
  return at;
}

/**
 * How many characters of text, from `from`, are editors' labels with more text after
 * them; 0 when there are none. A label is never part of a title: the title is judged
 * on what follows it.
 */
export function leadLabelLength(text: string, from = 0, to = text.length): number {
  const at = labelsEnd(text, from);
  return at > from && at < to && text.slice(at, to).trim() !== '' ? at - from : 0;
}

/** Starts with “ or 「. */
export const opensQuote = (t: string) => t.charCodeAt(0) === 0x201c || t.charCodeAt(0) === 0x300c;
/** Ends with ” or 」. */
export const closesQuote = (t: string) => t.charCodeAt(t.length - 1) === 0x201d || t.charCodeAt(t.length - 1) === 0x300d;
/** Ends with a sentence end and a closing quote (/[。！？!?][”」]$/u without a scan). */
const endsMidQuote = (t: string) => t.length >= 2 && closesQuote(t) && '。！？!?'.includes(t[t.length - 2]!);

/** Quote marks open and closed in pairs (“” and 「」). One pass: titles are checked for every clause scored. */
function quotesBalanced(t: string): boolean {
  let curly = 0;
  let corner = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x201c) curly++;
    else if (c === 0x201d) curly--;
    else if (c === 0x300c) corner++;
    else if (c === 0x300d) corner--;
  }
  return curly === 0 && corner === 0;
}

/**
 * A title that is a bare opening clause (今年以来, 站在新的历史起点, 会议指出,
 * 2024年是……), a continuation (其中……), a phrase left dangling (……的), or a
 * sentence fragment ending in a quote mark (……强产业。”).
 */
export function isFragmentTitle(raw: string): boolean {
  return fragment(raw, null);
}

/** isFragmentTitle, given the clause's role when the caller has it already. */
function fragment(raw: string, role: ReturnType<typeof clauseRole> | null): boolean {
  // Most candidates carry no emphasis, escapes or （续）: nothing to replace.
  let t = raw.endsWith('（续）') || raw.includes('*') || raw.includes('\\') ? raw.replace(/（续）$/u, '').replace(/[*\\]/gu, '').trim() : raw.trim();
  // "【编者按】今年以来" is judged as "今年以来"; a label alone is no title at all.
  const label = labelsEnd(t, 0);
  if (label > 0) t = t.slice(label);
  // The role given is the raw text's.
  if (t !== raw) role = null;
  if (t === '') return true;
  if (!quotesBalanced(t)) return true;
  if (endsMidQuote(t) && !opensQuote(t)) return true;
  if ((LEAD_FIRST.has(t.charCodeAt(0)) && (TIME_LEAD.test(t) || TAIL_LEAD.test(t))) || (DANGLING_LAST.has(t.charCodeAt(t.length - 1)) && DANGLING_END.test(t))) return true;
  // Whole sentences with a comma inside ("事业发展，关键在人") are judged by their first clause's role only when it is all there is.
  // Only an opening clause is left to find: a role known to be another settles it without a scan.
  if (role !== null && role !== 'intro') return false;
  if (firstClauseEnd(t, 0, t.length) < t.length || trimEndAt(t, 0, t.length) < t.length) return false;
  // "以“三大任务”为突破口" sets the scene in a sentence but is the genre's own key phrase.
  return !WITH_AS.test(t) && !DOCUMENT_TITLE.test(t) && (role ?? clauseRole(t)) === 'intro';
}

/** Heading numbers a title key leaves off (一、 （一） (1) 1. 一是). */
const KEY_NUMBERING = /^(?:[一二三四五六七八九十]+[、.．]|（[一二三四五六七八九十\d]+）|\([一二三四五六七八九十\d]+\)|\d+[.、．]|[一二三四五六七八九十]+是)/u;
const KEY_NUMBERING_FIRST = new Set([...'一二三四五六七八九十（(0123456789'].map((c) => c.charCodeAt(0)));

/** For comparing titles: no numbering, punctuation, emphasis or spaces. */
export function titleKey(s: string): string {
  const m = KEY_NUMBERING_FIRST.has(s.charCodeAt(0)) ? KEY_NUMBERING.exec(s) : null;
  return lettersOf(s, m ? m[0].length : 0);
}

export interface TitleChoice {
  title: string;
  /** The text up to here became the title and is left off the bullets; null for a key phrase. */
  consumedTo: number | null;
  kind: 'lead-sentence' | 'lead-phrase' | 'key-phrase';
}

function usable(t: string, avoid: ReadonlySet<string>, max: number): boolean {
  const w = displayWidth(t);
  return w >= MIN_TITLE && w <= max && !isFragmentTitle(t) && !avoid.has(titleKey(t));
}

/** Leading space, and the connectives a title does without. */
/** What clean() can take off starts with one of these (or it leaves the text as it is). */
const CLEAN_START = /^[\s\u3000与同此另为对因我要]/u;

function clean(t: string): string {
  if (!CLEAN_START.test(t)) return t;
  return t
    .replace(/^[\s\u3000]+/u, '')
    .replace(/^(?:与此同时|同时|此外|另外|为此|对此|因此)[，,]?/u, '')
    .replace(/^(?:我们|我)(?:要|将|必须|一定要)/u, '')
    .replace(/^要(?![求素点害闻务件领是])/u, '');
}

/**
 * Character bigrams (a cheap stand-in for words when scoring a handful of clauses),
 * counted over the passage in an open-addressed table of int32 keys (the two UTF-16
 * units of a pair): no string, number box or Map entry per pair.
 */
let pairKeys = new Int32Array(4096);
let pairCounts = new Int32Array(4096);
let pairStamp = new Uint32Array(4096);
let pairGeneration = 0;

function pairSlot(key: number): number {
  const mask = pairKeys.length - 1;
  let h = Math.imul(key, 0x9e3779b1) >>> 20 & mask;
  while (pairStamp[h] === pairGeneration && pairKeys[h] !== key) h = (h + 1) & mask;
  return h;
}

function countBigrams(s: string): void {
  const { units, length } = letterUnits(s);
  // At most half full, so a probe always ends.
  let size = pairKeys.length;
  while (size < 2 * length) size *= 2;
  if (size !== pairKeys.length) {
    pairKeys = new Int32Array(size);
    pairCounts = new Int32Array(size);
    pairStamp = new Uint32Array(size);
    pairGeneration = 0;
  }
  pairGeneration++;
  for (let i = 0; i + 1 < length; i++) {
    const key = (units[i]! << 16) | units[i + 1]!;
    const h = pairSlot(key);
    if (pairStamp[h] === pairGeneration) pairCounts[h]!++;
    else {
      pairStamp[h] = pairGeneration;
      pairKeys[h] = key;
      pairCounts[h] = 1;
    }
  }
}

/** How central a clause is: the passage's counts of its bigrams (less its own), over √(its bigrams). */
function centrality(c: string): number {
  const { units, length } = letterUnits(c);
  let sum = 0;
  for (let i = 0; i + 1 < length; i++) {
    const h = pairSlot((units[i]! << 16) | units[i + 1]!);
    sum += (pairStamp[h] === pairGeneration ? pairCounts[h]! : 0) - 1;
  }
  return sum / Math.sqrt(length - 1 || 1);
}

/** An enumeration closed by 等 ("A、B、C等领域") keeps its first item: "A等领域". */
const ENUMERATION = /([^、，,：:；;。]{2,}?)(?:、[^、，,：:；;。]{1,16})+(?=等)/u;

/** The passage's key phrase: a genre pattern, a quoted term's clause, or the most central clause. */
export function keyPhrase(passage: string, avoid: ReadonlySet<string>, max = MAX_KEY_PHRASE): string | null {
  return keyPhraseWithin(passage, avoid, [max]);
}

/**
 * The key phrase at the first of `maxes` (widths) that finds one: the clauses are
 * split, cleaned and judged once, whatever the width.
 */
function keyPhraseWithin(passage: string, avoid: ReadonlySet<string>, maxes: readonly number[], memo?: RoleMemo, passageStart = 0): string | null {
  const scan = passage.length > SCAN_CHARS ? passage.slice(0, SCAN_CHARS) : passage;
  const all: string[] = [];
  // Where each clause's core lies in the paragraph, when the key phrase judges the core as it is (-1 when clean() changed it).
  const coreAt: number[] = [];
  let at = 0;
  for (const end of clauseEnds(scan, 0, scan.length)) {
    const tEnd = trimEndAt(scan, at, end);
    const tStart = trimStartAt(scan, at, tEnd);
    const core = tStart === at && tEnd === end ? scan.slice(at, end) : scan.slice(tStart, tEnd);
    const c = clean(core);
    all.push(c);
    coreAt.push(c === core ? passageStart + tStart : -1);
    at = end;
  }
  // Neither a subject whose predicate follows ("中国式现代化，是……") nor a continuation.
  const subject = (i: number) => displayWidth(all[i]!) <= 8 && i + 1 < all.length && PREDICATE.test(all[i + 1]!);
  // Everything but the width limit, judged once per clause (and per shortened clause).
  // A clause too short or too wide for any of the limits is never judged further.
  const widest = Math.max(...maxes);
  // Per clause (and per shortened clause): its width when it could be a title, else -1; undefined until judged.
  const judgedAll: number[] = [];
  let judgedShort: number[] | null = null;
  const judge = (c: string, i: number, judged: number[]) => {
    let w = judged[i];
    if (w === undefined) {
      w = displayWidth(c);
      if (w < MIN_TITLE || w > widest) w = -1;
      else {
        const role = clauseRole(c, '', w);
        if (memo && judged === judgedAll && coreAt[i]! >= 0) rememberRole(memo, coreAt[i]!, coreAt[i]! + c.length, role);
        if (role === 'tail' || fragment(c, role) || avoid.has(titleKey(c))) w = -1;
      }
      judged[i] = w;
    }
    return w >= 0 && !subject(i) ? w : -1;
  };
  let shortened: string[] | null = null;
  for (const max of maxes) {
    let clauses: string[] = [];
    for (let i = 0; i < all.length; i++) {
      const w = judge(all[i]!, i, judgedAll);
      if (w >= 0 && w <= max) clauses.push(all[i]!);
    }
    // Every clause too long: one that lists "A、B、C等" may read as "A等".
    if (clauses.length === 0) {
      shortened ??= all.map((c) => c.replace(ENUMERATION, '$1'));
      judgedShort ??= [];
      clauses = [];
      for (let i = 0; i < shortened.length; i++) {
        const c = shortened[i]!;
        if (c === all[i]) continue;
        const w = judge(c, i, judgedShort);
        if (w >= 0 && w <= max) clauses.push(c);
      }
    }
    if (clauses.length > 0) return mostCentral(clauses, scan);
  }
  return null;
}

function mostCentral(clauses: string[], scan: string): string {
  const pattern = clauses.find((c) => /^在.+中.+度$/u.test(c)) ?? clauses.find((c) => WITH_AS.test(c)) ?? clauses.find((c) => /“[^”]{1,12}”/u.test(c));
  if (pattern) return pattern;
  countBigrams(scan);
  let best = clauses[0]!;
  let bestScore = -1;
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i]!;
    const central = centrality(c);
    // A clause that starts with its speaker ("我局围绕……") introduces rather than states.
    const speaker = c[0] === '我' ? 0.5 : 1;
    const score = (central + 1) * speaker * (hasFigure(c) ? 1.3 : 1) * (1 + 0.2 / (1 + i));
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/**
 * A title for text.slice(from, to). `consume` allows the lead sentence or phrase to
 * become the title (then it is left off the bullets); otherwise only a key phrase.
 */
export function chooseTitle(text: string, from: number, to: number, avoid: ReadonlySet<string>, consume = true, memo?: RoleMemo): TitleChoice | null {
  // An editors' label ("【编者按】") heads the passage; the title comes from what follows.
  const label = leadLabelLength(text, from, to);
  if (label > 0) from += label;
  // An address or a bare connective opening the passage ("同志们，") is not where the title starts.
  const opening = splitClauses(text.slice(from, Math.min(to, from + 12)), 1)[0] ?? '';
  if (opening.length < to - from && clauseRole(stripClauseEnd(opening).trim()) === 'drop') from += opening.length;
  const passage = text.slice(from, to);
  if (consume) {
    const s0 = splitSentences(passage, 1)[0] ?? '';
    // "会议认为，优化营商环境是关键一招": who said it stays in the notes; the title is what was said.
    const reporter = REPORTED.exec(s0);
    const sentence = stripClauseEnd(reporter && reporter[0].length < s0.length - MIN_TITLE ? s0.slice(reporter[0].length) : s0).trim();
    const whole = s0.trim().length === passage.trim().length;
    const quotation = opensQuote(sentence) && /^[“「].*[。！？!?][”」]$/u.test(sentence) ? MAX_QUOTATION : MAX_TITLE_SENTENCE;
    // A paragraph that is one short line ("2024年3月至12月") is its own title: nothing follows it.
    if (sentence !== '' && (usable(sentence, avoid, quotation) || (whole && displayWidth(sentence) <= MAX_TITLE_SENTENCE && !avoid.has(titleKey(sentence))))) {
      return { title: sentence, consumedTo: from + s0.length, kind: 'lead-sentence' };
    }
    const [c0 = '', c1 = ''] = splitClauses(passage, 2);
    const phrase = stripClauseEnd(c0).trim();
    // "中国式现代化，是……": a subject whose predicate follows is no title.
    const continues = c1 !== '' && (PREDICATE.test(c1.trim()) || clauseRole(stripClauseEnd(c1).trim()) === 'tail');
    if (c0.length < passage.trim().length && !continues && usable(phrase, avoid, MAX_TITLE_PHRASE)) return { title: phrase, consumedTo: from + c0.length, kind: 'lead-phrase' };
  }
  // Nothing fits one title line: a longer clause beats repeating the section's title.
  const key = keyPhraseWithin(passage, avoid, [MAX_KEY_PHRASE, MAX_TITLE_SENTENCE], memo, from);
  return key === null ? null : { title: key, consumedTo: null, kind: 'key-phrase' };
}

/**
 * The last resort for a paragraph's first slide: a paragraph of one sentence with
 * nothing shorter to call it ("请各镇、街道于每季度末前将……报送……") is its own title
 * over two lines, rather than the deck's or the section's title again.
 */
export function sentenceTitle(text: string, avoid: ReadonlySet<string>): TitleChoice | null {
  const label = leadLabelLength(text);
  const rest = text.slice(label);
  const s0 = splitSentences(rest, 1)[0] ?? '';
  const sentence = stripClauseEnd(s0).trim();
  if (s0.trim().length !== rest.trim().length || !usable(sentence, avoid, MAX_WHOLE_SENTENCE)) return null;
  return { title: sentence, consumedTo: label + s0.length, kind: 'lead-sentence' };
}
