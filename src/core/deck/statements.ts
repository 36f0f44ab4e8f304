/**
 * A paragraph's statements: the points a presenter would write, each one able to
 * stand alone. Clauses that only open a sentence ("伴随常州高质量迈入万亿之城",
 * "面对复杂严峻的外部环境", "会议指出") join the clause they lead into; clauses that
 * only continue one ("其中百亿级项目3个", "是全面完成……的关键一年", "争先进位") join
 * the clause before; a sentence short enough to read at a glance stays whole, and a
 * long one becomes clause pairs. Connectives that carry nothing alone (同时、此外、
 * a leading 要) are left off the bullet.
 *
 * Every statement is a span of the paragraph, so what a slide shows can be traced
 * back to the text it came from (the notes split relies on it) and quoted terms and
 * figures are never cut: the splitters never break inside quotes or numbers.
 */
import { EMPTY_CONNECTIVE_WORDS, clauseEnds, displayWidth, displayWidthOf, isEmptyConnective, sentenceEnds, trimEndAt, trimStartAt } from './split-clauses';

export interface Statement {
  /** Where this statement's passage begins: the previous statement's end. */
  from: number;
  /** The bullet is text.slice(start, end). */
  start: number;
  end: number;
  text: string;
}

/** 精简 (brief): the highest-ranked statements, 3–4 a slide; 标准 (standard): every statement; 详细 (full): every sentence, word for word. */
export type Density = 'brief' | 'standard' | 'full';
export const DENSITIES: readonly Density[] = ['brief', 'standard', 'full'];

/** A sentence up to this many character cells stays one statement. */
const SENTENCE_MAX = 40;
/** Two clauses are paired into one statement while together they stay this short. */
const PAIR_MAX = 32;
/** Shorter clauses are no point of their own ("分类施策", "争先进位"). */
const MIN_CLAUSE = 6;

const SPACE = new Set([' ', '\t', '\n', '\u3000']);

/** Words → a regex matching one of them at the start (or with `end`, at the end). */
const alternatives = (words: readonly string[], end = false) => new RegExp(end ? `(?:${words.join('|')})$` : `^(?:${words.join('|')})`, 'u');
/**
 * The characters a word list can start (or end) with: clauseRole runs for every clause
 * of every paragraph, so a regex is only tried on a clause that could match it.
 */
const FLAGS = new Uint8Array(0x10000);
let nextFlag = 1;
/** A bit in FLAGS set for the first (or last) character of each word. */
const charsOf = (words: readonly string[], at: 'first' | 'last') => {
  const bit = nextFlag;
  if (bit > 0x80) throw new Error('statements: more word lists than FLAGS has bits');
  nextFlag <<= 1;
  for (const w of words) FLAGS[(at === 'first' ? w : w[w.length - 1]!).charCodeAt(0)]! |= bit;
  return bit;
};
const has = (bit: number, text: string, i: number) => i >= 0 && i < text.length && (FLAGS[text.charCodeAt(i)]! & bit) !== 0;

/** Time phrases and openers that only introduce what follows. */
const OPENER_WORDS = ['今年以来', '近年来', '去年以来', '过去一年', '过去的一年', '新的一年', '新征程上', '新时代新征程', '当前', '目前', '下一步', '现在', '如今', '近期', '日前', '近日', '连日来', '今后', '未来', '本报讯', '据悉', '据了解', '经研究'];
const OPENER = alternatives(OPENER_WORDS);
const OPENER_FIRST = charsOf(OPENER_WORDS, 'first');
const TIME_END_WORDS = ['年', '月', '日', '以来', '来', '后', '前', '时', '期间', '阶段'];
const TIME_END = alternatives(TIME_END_WORDS, true);
const TIME_END_LAST = charsOf(TIME_END_WORDS, 'last');
/** Prepositions that open an adverbial: a clause made of one only sets the scene. */
const PREPOSITION_WORDS = ['在', '伴随', '随着', '面对', '面向', '围绕', '按照', '立足', '依托', '通过', '为了', '针对', '根据', '结合', '站在', '对于', '关于', '基于', '借助', '紧扣', '紧紧围绕', '紧盯', '本着', '遵循', '经过', '对照', '依据', '顺应', '着眼', '沿着'];
const PREPOSITION = alternatives(PREPOSITION_WORDS);
const PREPOSITION_FIRST = charsOf(PREPOSITION_WORDS, 'first');
/** Verbs that make a prepositional clause a statement of its own ("围绕重点难点问题开展专题研讨"). */
const ACTION = /开展|推进|推动|加快|实施|建设|打造|提升|完善|加强|强化|形成|实现|构建|落实|做好|深化|促进|确保|展现|取得|召开|举行|组织|坚持|发挥|培育|优化|引育|布局|争取|力争|冲锋|拿出|干出|扩大|提高|带动|保障|贯彻|交出|迈上|走在/u;
/** "以……为抓手", "在……领导下": scene-setters by their shape. */
const WITH_AS = /^以.{1,24}为[^，。]{1,4}$/u;
/** "以更加奋发有为的精神状态": the manner of what follows. */
const MANNER = /^以.{1,20}(?:状态|姿态|精神|作风|举措|力度|标准|方式|劲头|干劲|担当|决心)$/u;
const IN_UNDER = /^在.{1,30}(?:下|中|时|之际|期间|之后|以来|上|里)$/u;
/** An address to the audience inside a sentence ("同志们，作风建设……"): the notes keep it. */
const SALUTATION_WORDS = ['同志们', '各位代表', '各位委员', '各位来宾', '朋友们', '同事们'];
const SALUTATION = new RegExp(`^(?:${SALUTATION_WORDS.join('|')})$`, 'u');
/** What a dropped clause (a connective or a salutation) starts with, once its spaces are off. */
const DROP_FIRST = charsOf([...EMPTY_CONNECTIVE_WORDS, ...SALUTATION_WORDS], 'first');
/** Purpose clauses that open a notice or plan ("为深入学习贯彻……，"). */
const PURPOSE = /^为(?:了|深入|全面|进一步|认真|切实|更好|加快|推动|确保|贯彻|落实)/u;
/** "武高新各级各部门围绕重大项目落地": a subject with a scene-setting preposition and no verb after it. */
const INNER_WORDS = ['围绕', '按照', '立足', '面对', '随着', '伴随', '依托', '针对', '根据', '结合', '遵照', '依照'];
const INNER_PREPOSITION = new RegExp(`^.{1,12}?(?:${INNER_WORDS.join('|')})(?=.{2})`, 'u');
const INNER_FIRST = charsOf(INNER_WORDS, 'first');
/** Clauses that end waiting for what follows: "……认为", "总体要求是", "联系人：", "但也要清醒看到". */
const OPEN_END_WORDS = ['表示', '指出', '强调', '认为', '介绍', '说', '提出', '透露', '称', '宣布', '是', '为', '看到', '认识到', '意识到', '注意到', '看出'];
const OPEN_END = alternatives(OPEN_END_WORDS, true);
const OPEN_END_LAST = charsOf(OPEN_END_WORDS, 'last');
/** Clauses that only continue the one before. */
const TAIL_WORDS = ['其中', '同比', '比上年', '较上年', '增长', '下降', '也是', '还是', '更是', '就是', '是', '均', '且', '而', '从而', '进而', '以便', '以此', '也', '特别是', '尤其是', '包括', '分别', '更有', '又有', '还有'];
const TAIL_START = alternatives(TAIL_WORDS);
const TAIL_FIRST = charsOf(TAIL_WORDS, 'first');

type Role = 'drop' | 'intro' | 'tail' | 'point';

/** stripClauseEnd would take something off. */
const mayTrim = (core: string) => trimEndAt(core, 0, core.length) < core.length || trimStartAt(core, 0, 1) > 0;

/**
 * What INNER_PREPOSITION needs: one of its words after one to twelve characters (up to
 * 24 UTF-16 units) with two more after it.
 */
function mayHaveInner(core: string): boolean {
  const last = Math.min(24, core.length - 4);
  for (let i = 1; i <= last; i++) {
    if (FLAGS[core.charCodeAt(i)]! & INNER_FIRST) for (const w of INNER_WORDS) if (core.startsWith(w, i)) return true;
  }
  return false;
}

/** How a clause (trimmed, no end punctuation) behaves in a statement. */
export function clauseRole(core: string, rawEnd = '', w = displayWidth(core)): Role {
  // Salutations and connectives are at most five characters, once trimmed.
  if ((core.length <= 8 || mayTrim(core)) && has(DROP_FIRST, core, trimStartAt(core, 0, core.length)) && (isEmptyConnective(core) || SALUTATION.test(core))) return 'drop';
  if (rawEnd !== '' && /[：:]/u.test(rawEnd)) return 'intro';
  const first = core.charCodeAt(0);
  if (w < 10 && has(OPENER_FIRST, core, 0) && OPENER.test(core)) return 'intro';
  if (w < 8 && has(TIME_END_LAST, core, core.length - 1) && TIME_END.test(core)) return 'intro';
  if (first === 0x4ee5 /* 以 */ ? WITH_AS.test(core) || MANNER.test(core) : first === 0x5728 /* 在 */ ? IN_UNDER.test(core) : first === 0x4e3a /* 为 */ && PURPOSE.test(core)) return 'intro';
  if (has(PREPOSITION_FIRST, core, 0) && PREPOSITION.test(core) && !ACTION.test(core.slice(2))) return 'intro';
  const inner = mayHaveInner(core) ? INNER_PREPOSITION.exec(core) : null;
  if (inner && !ACTION.test(core.slice(inner[0].length))) return 'intro';
  if (has(OPEN_END_LAST, core, core.length - 1) && OPEN_END.test(core)) return 'intro';
  if (has(TAIL_FIRST, core, 0) && TAIL_START.test(core)) return 'tail';
  if (w < MIN_CLAUSE) return 'tail';
  return 'point';
}

/** Leading connectives a bullet does without: "同时，", "此外", "要" before a verb. */
const LEADING_CONNECTIVE = /^(?:(?:与此同时|同时|此外|另外|为此|对此|因此|所以|并且|而且)[，,、]?\s*)?(?:要(?![求素点害闻务件领是]))?/u;

interface Span {
  start: number;
  end: number;
}

/** Does text.slice(start, end) hold a colon (the clause then leads into what follows)? */
function hasColon(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff1a || c === 0x3a) return true;
  }
  return false;
}

const ROLES: readonly Role[] = ['drop', 'intro', 'tail', 'point'];

/**
 * The roles of a paragraph's clauses as the title chooser judged them, by where the
 * clause's core starts and ends in the paragraph: the statements then judge each
 * clause once. Keyed by start, the value end * 4 + role.
 */
export type RoleMemo = Map<number, number>;

export function rememberRole(memo: RoleMemo, start: number, end: number, role: Role): void {
  memo.set(start, end * 4 + ROLES.indexOf(role));
}

/** The role of text.slice(start, end) with its clause end (a colon makes it lead into the next). */
function roleAt(text: string, start: number, end: number, colon: boolean, memo: RoleMemo | undefined): Role {
  const known = memo?.get(start);
  if (known !== undefined && known >> 2 === end) {
    const role = ROLES[known & 3]!;
    // clauseRole: a clause that drops stays dropped; any other before a colon leads in.
    return role === 'drop' || !colon ? role : 'intro';
  }
  return clauseRole(text.slice(start, end), colon ? '：' : '');
}

/** Clause units of one sentence: openers joined forward, continuations joined back. */
function units(text: string, sentence: Span, memo?: RoleMemo): Span[] {
  const out: Span[] = [];
  let open: number | null = null;
  let cStart = sentence.start;
  for (const cEnd of clauseEnds(text, sentence.start, sentence.end)) {
    const tEnd = trimEndAt(text, cStart, cEnd);
    const tStart = trimStartAt(text, cStart, tEnd);
    const clauseEnd = cEnd;
    cStart = cEnd;
    if (tStart >= tEnd) continue;
    const role = roleAt(text, tStart, tEnd, hasColon(text, tEnd, clauseEnd), memo);
    if (role === 'drop' && open === null) continue;
    if (role === 'intro') {
      open ??= tStart;
      continue;
    }
    if (role === 'tail' && open === null && out.length > 0) {
      out[out.length - 1]!.end = tEnd;
      continue;
    }
    out.push({ start: open ?? tStart, end: tEnd });
    open = null;
  }
  if (open !== null) {
    const tEnd = trimEndAt(text, open, sentence.end);
    const t = { start: trimStartAt(text, open, tEnd), end: tEnd };
    if (out.length > 0) out[out.length - 1]!.end = t.end;
    else out.push(t);
  }
  return out;
}

/** What LEADING_CONNECTIVE can take off starts with one of these. */
const CONNECTIVE_FIRST = new Set([...'与同此另为对因所并而要'].map((c) => c.charCodeAt(0)));

function withoutConnective(text: string, s: Span): Span {
  if (!CONNECTIVE_FIRST.has(text.charCodeAt(s.start))) return s;
  const m = LEADING_CONNECTIVE.exec(text.slice(s.start, Math.min(s.end, s.start + 12)));
  const skip = m ? m[0].length : 0;
  return skip > 0 && s.start + skip < s.end ? { start: s.start + skip, end: s.end } : s;
}

const width = (text: string, s: Span) => displayWidthOf(text, s.start, s.end);

/** Statements of one sentence for the standard and brief densities. */
function sentenceStatements(text: string, sentence: Span, memo?: RoleMemo): Span[] {
  const us = units(text, sentence, memo).map((u) => withoutConnective(text, u));
  if (us.length === 0) return [];
  const whole = { start: us[0]!.start, end: us[us.length - 1]!.end };
  if (us.length === 1 || width(text, whole) <= SENTENCE_MAX) return [whole];
  const out: Span[] = [];
  let cur: Span | null = null;
  let count = 0;
  for (const u of us) {
    if (cur && count < 2 && width(text, { start: cur.start, end: u.end }) <= PAIR_MAX) {
      cur = { start: cur.start, end: u.end };
      count++;
      continue;
    }
    if (cur) out.push(cur);
    cur = { ...u };
    count = 1;
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * Statements of text.slice(from): whole sentences for 'full' (nothing left out, so
 * the slides alone carry every word), grouped clauses for the others.
 */
export function statementsOf(text: string, from: number, density: Density, memo?: RoleMemo): Statement[] {
  const spans: Span[] = [];
  let sStart = from;
  for (const sEnd of sentenceEnds(text, from, text.length)) {
    const s = { start: sStart, end: sEnd };
    sStart = sEnd;
    if (density === 'full') {
      const t = { start: s.start, end: s.end };
      while (t.start < t.end && SPACE.has(text[t.start]!)) t.start++;
      while (t.end > t.start && SPACE.has(text[t.end - 1]!)) t.end--;
      if (t.start < t.end) spans.push(t);
    } else for (const st of sentenceStatements(text, s, memo)) spans.push(st);
  }
  let prev = from;
  return spans.map((s) => {
    const st: Statement = { from: prev, start: s.start, end: s.end, text: text.slice(s.start, s.end) };
    prev = s.end;
    return st;
  });
}
