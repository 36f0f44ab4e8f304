/**
 * Front matter and furniture of portal copies, 简报 and speeches, as data:
 * what a portal page wraps around an article (metadata tables, publishing-info
 * lines, font-size/print/close controls, validity notes, share bars,
 * breadcrumbs), a 简报's masthead and 版记, meeting lines under a speech's
 * title, "职务 姓名" bylines, and the label of a notice's attachment.
 */

/** Portal furniture lines: never a title, a byline or a heading. */
const PORTAL_FURNITURE: RegExp[] = [
  // validity and metadata rows (pasted tables come as "label | value" or tab-separated)
  /^(?:文件已失效|文件已废止|已失效|已废止|此件已失效|该文件已失效|现行有效|有效)$/,
  /^(?:有效性|时效性|效力状态|是否有效)\s*[：:|｜\t]/,
  /^(?:文件名称|索引号|发文字号|发文机关|发布机构|主题分类|主题词|公文种类|体裁分类|成文日期|发布日期|生成日期|实施日期|废止日期|信息名称|信息索引|所属机构|组配分类|服务对象|文号|标题|名称)\s*[：:|｜\t]/,
  // publishing-info lines: 发布日期/时间、来源、访问/浏览/阅读次数, in any order
  /^(?:发布时间|发布日期|时间|日期|来源|信息来源|稿件来源|作者|浏览次数|访问次数|阅读次数|点击数|浏览量|访问量)[：:].{0,80}(?:来源|次数|点击|浏览|访问|阅读|时间|日期)[：:]/,
  /(?:浏览次数|访问次数|阅读次数|点击数|浏览量|阅读量)\s*[：:]\s*[0-9０-９]*\s*$/,
  // font-size, print and close controls, share bars
  /^[【[［(（]?\s*(?:字体|字号|文字)\s*[：:]?\s*[【[［]?\s*大\s*[】\]］]?\s*[【[［]?\s*中\s*[】\]］]?\s*[【[［]?\s*小\s*[】\]］]?\s*[】\]］)）]?/,
  /^(?:字体|字号)\s*[[［【]\s*[\]］】]/,
  /^(?:[【[［]\s*(?:打印(?:本页|此页|文章)?|关闭(?:窗口|本页)?|收藏|返回顶部|返回|纠错|分享|下载)\s*[】\]］]\s*)+$/,
  /^(?:打印本页|打印此页|关闭窗口|关闭本页|返回顶部|【?\s*打印\s*】?\s*【?\s*关闭\s*】?)$/,
  /^(?:分享到|分享至|分享)\s*[：:]/,
  /^扫一扫(?:在手机(?:上)?(?:打开|查看)当前页|分享)/,
  // previous / next article links and related-link labels at a page's foot
  /^(?:上一篇|下一篇|上一条|下一条|上篇|下篇)\s*[：:]/,
  /^(?:相关链接|相关阅读|相关新闻|相关文章|推荐阅读)\s*[：:]?$/,
  // breadcrumbs
  /^(?:当前位置|您(?:当前)?的位置|您现在的位置|所在位置)\s*[：:]/,
  /^(?:首页|网站首页|主页)\s*(?:[>＞»›>]\s*[^>＞»›]{1,12}\s*){1,6}$/,
];

/**
 * The patterns anchored at the line start, as one alternation: one regex run per
 * line instead of a dozen (this runs on every line of every import), same matches.
 */
const PORTAL_START = new RegExp(`^(?:${PORTAL_FURNITURE.filter((re) => re.source.startsWith('^')).map((re) => re.source.slice(1)).join('|')})`);
const PORTAL_ANYWHERE = PORTAL_FURNITURE.filter((re) => !re.source.startsWith('^'));

export function isPortalFurniture(t: string): boolean {
  return t.length <= 120 && (PORTAL_START.test(t) || PORTAL_ANYWHERE.some((re) => re.test(t)));
}

/** The title inside a metadata row: "文件名称 | 关于…的通知 | 发文日期 …", "标题：关于…". */
export function titleInMetaRow(t: string): { before: string; title: string; after: string } | null {
  const m = /^((?:文件名称|标题|信息名称|名称)\s*[：:|｜\t]+\s*)([^|｜\t]{4,80}?)(\s*(?:[|｜\t].*)?)$/.exec(t);
  if (!m || !m[2]!.trim()) return null;
  return { before: m[1]!, title: m[2]!.trim(), after: m[3]! };
}

const CN_NUM = '[0-9０-９一二三四五六七八九十百〇零]';

/** A 简报's masthead: its name, 第N期, and the editing unit with the date. */
export const MASTHEAD = {
  name: /^[\u4e00-\u9fff（）()]{2,16}(?:简报|动态|专报|快报|快讯|要情|信息|通讯|情况|参阅|内参|专刊|周报|月报|简讯)(?:[（(][^）)]{1,12}[）)])?$/,
  issue: new RegExp(`^[（(〔[]?\\s*(?:[0-9０-９]{4}\\s*年\\s*)?第\\s*${CN_NUM}{1,4}\\s*期\\s*[）)〕\\]]?(?:\\s*[（(]?\\s*总第\\s*${CN_NUM}{1,5}\\s*期\\s*[）)]?)?$`),
  unitDate: /^(.{2,40}?)\s+([0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日)$/,
  unit: /^.{2,40}(?:编|编印|编发|主办|印发|办公室|委员会|办)$/,
  date: /^[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日$/,
  rule: /^[━─—\-_=＝~～·.]{4,}$/,
};

export interface MastheadFields {
  name?: string;
  issue?: string;
  unit?: string;
  date?: string;
}

/** 版记 of a 简报 or a 公文: who it goes to and who printed it. */
const BANJI_TO = /^(?:报|送|发|报送|抄报|抄送|分送|发送|主送|印送)\s*[：:]/;
const BANJI_PRINTED = /^(?:[^，。]{2,30}\s+)?[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日\s*印发$/;
const BANJI_COPIES = /^[（(]?\s*共印\s*[0-9０-９]+\s*份\s*[）)]?$/;

export function isBanji(t: string): boolean {
  // The 印发 and 共印 patterns backtrack over the whole line; their words are checked first.
  return t.length <= 200 && (BANJI_TO.test(t) || (t.endsWith('印发') && BANJI_PRINTED.test(t)) || (t.includes('共印') && BANJI_COPIES.test(t)));
}

/** "在全区经济工作会议上的讲话", "（2024年2月26日在……会议上）": the line under a speech's title. */
export function isMeetingLine(t: string): boolean {
  return (
    t.length <= 60 &&
    /^[（(]?\s*(?:[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日\s*)?在.{2,44}(?:会议|大会|会|座谈|典礼|仪式|论坛|培训班|开班式|研讨班|报告会|推进会|动员会)(?:上|中)?(?:的(?:讲话|发言|报告|致辞|总结讲话|主持词|讲话提纲))?\s*[）)]?$/.test(t)
  );
}

/** 纪要's roll of who attended ("出席：王某某 李某某", "列席：…", "请假：…", "记录：…"): closing lines, never the body or a banner. */
const MINUTES_ROLL = /^(?:出席|列席|请假|缺席|记录|记录人|出席人员|列席人员|参会人员|参加人员|参加会议人员)\s*[：:]\s*\S/;

export function isMinutesRoll(t: string): boolean {
  return t.length <= 200 && MINUTES_ROLL.test(t);
}

/** A date line alone, possibly in brackets: the first of a meeting line set over two. */
export function isDateOnlyLine(t: string): boolean {
  return /^[（(]?\s*[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日\s*[）)]?$/.test(t);
}

const TITLES =
  '(?:书记|副书记|主任|副主任|局长|副局长|区长|副区长|市长|副市长|县长|副县长|镇长|乡长|部长|副部长|主席|副主席|厅长|处长|科长|秘书长|组长|院长|校长|董事长|总经理|常委|委员|理事长|会长|社长|总编辑|所长|站长|队长|馆长|行长|检察长|庭长|政委|司令员|负责人)';

// Compiled once: these run on every line of every import.
const POSITION_NAME = new RegExp(`^[\\u4e00-\\u9fff、（）()]{0,30}${TITLES}[\\s\\u3000]+[\\u4e00-\\u9fff·]{2,4}$`);
const ANY_SPACE = /\s/;
const ATTACHMENT_LABEL = new RegExp(`^附\\s*件\\s*${CN_NUM}{0,3}\\s*[：:]?$`);

/** "区发改局党组书记、局长 祁斌", "区长 王某某": a position then a name. */
export function isPositionNameLine(t: string): boolean {
  // Whitespace before the name is required, and rare in Chinese lines: one native scan first.
  return t.length <= 40 && ANY_SPACE.test(t) && POSITION_NAME.test(t);
}

/** A notice's attachment label on its own line: "附件", "附件1", "附件二：". */
export function isAttachmentLabel(t: string): boolean {
  return t.charCodeAt(0) === 0x9644 /* 附 */ && ATTACHMENT_LABEL.test(t);
}

/**
 * The 发文机关标志 heading a 公文 in red ("常州市武进区人民政府办公室文件"): the
 * issuing body's name and 文件, page furniture above the 发文字号, never the title.
 */
const ISSUER_HEADER = /^[\u4e00-\u9fff（）()、]{2,40}(?:人民政府|政府|委员会|办公室|办公厅|党委|党组|党工委|管委会|局|厅|部|院|中心)文件$/;

export function isIssuerHeader(t: string): boolean {
  return t.length <= 46 && t.endsWith('文件') && ISSUER_HEADER.test(t);
}

/** 编者按 opening a paragraph, or alone on its line. */
export const EDITOR_NOTE = /^[【[]?(?:编者按|编者的话|编后|按语)[】\]]?\s*[：:]?/;

/** Two-to-four-character 小标题 that open or close a piece whatever else it has. */
export const SHORT_SUBHEADING = /^(?:引言|前言|序言|导言|结语|结束语|结论|小结|后记|附记|尾声)$/;
