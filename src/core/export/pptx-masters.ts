/**
 * Slide masters of the PowerPoint export: the page decoration of each theme (the
 * same bands, rules and frames as the slide CSS), a real title placeholder on every
 * master (PowerPoint's outline view and accessibility checker read slide titles from
 * it), and the footer — deck title and page-number field — on content pages.
 * Geometry is in CSS px of the slide (1280 or 960 × 720) through px().
 */
import type PptxGenJS from 'pptxgenjs';
import type { PptxTheme } from './pptx-theme';
import { pt, px } from './pptx-theme';
import type { CustomTheme } from '../theme/custom-theme';
import { heroPicture } from './pptx-custom';

export const PAD_X = 76;
export const PAD_TOP = 44;
/** Content title box (CSS: h2 at the top of the page, a rule under it). */
export const TITLE = { top: PAD_TOP, height: 110 };
export const BODY_TOP = 176;
export const FOOTER_RULE = 58;
export const BODY_BOTTOM = 76;
export const HERO_PAD = 120;

export const MASTER = { content: 'CONTENT', quote: 'QUOTE', cover: 'COVER', section: 'SECTION' } as const;

/** The saying of a quote slide: large, centred between two rules. */
export const QUOTE_TITLE = { y: 84, h: 190 };

/** Title boxes of the hero pages (CSS: a centred column; the divider's left-aligned under its number). */
export const COVER_TITLE = { x: HERO_PAD, y: 140, w: -2 * HERO_PAD, h: 236 };
export const SECTION_TITLE = { x: HERO_PAD, y: 330, w: -2 * HERO_PAD, h: 170 };

type MasterObjects = NonNullable<PptxGenJS.SlideMasterProps['objects']>;

function rect(x: number, y: number, w: number, h: number, fill: string): MasterObjects[number] {
  return { rect: { x: px(x), y: px(y), w: px(w), h: px(h), fill: { color: fill }, line: { type: 'none' } } as PptxGenJS.ShapeProps };
}

function frame(x: number, y: number, w: number, h: number, color: string, width: number): MasterObjects[number] {
  return { rect: { x: px(x), y: px(y), w: px(w), h: px(h), fill: { type: 'none' }, line: { color, width } } as PptxGenJS.ShapeProps };
}

/** The decoration of a content page in theme `name` (see resources/themes/<name>.css). */
function contentDecor(name: string, t: PptxTheme, W: number, H: number): MasterObjects {
  switch (name) {
    case 'party-red':
      return [rect(0, 0, W, 14, t.primary), rect(0, 14, W, 4, t.rule)];
    case 'study-red':
      return [rect(0, 0, W, 120, t.titleBand!.fill), rect(0, 120, W, 6, t.titleBand!.edge), rect(0, H - 6, W, 6, t.titleBand!.fill)];
    case 'deep-blue':
      return [rect(0, 0, 10, H, t.accent)];
    case 'high-contrast':
      return [rect(0, 0, W, 12, t.text)];
    default:
      return [];
  }
}

function heroDecor(name: string, t: PptxTheme, W: number, H: number): MasterObjects {
  switch (name) {
    case 'party-red':
      return [rect(0, H - 12, W, 12, t.heroAccent)];
    case 'study-red':
      // The double gold frame of the study-material covers.
      return [frame(24, 24, W - 48, H - 48, t.heroAccent, 3), frame(32, 32, W - 64, H - 64, t.heroAccent, 1.5)];
    case 'high-contrast':
      return [rect(0, H - 14, W, 14, t.heroAccent)];
    default:
      return [];
  }
}

function titlePlaceholder(t: PptxTheme, W: number): MasterObjects[number] {
  const band = t.titleBand;
  return {
    placeholder: {
      options: {
        name: 'title',
        type: 'title',
        x: px(PAD_X),
        y: px(band ? 10 : TITLE.top),
        w: px(W - 2 * PAD_X),
        h: px(band ? 104 : TITLE.height),
        fontFace: t.headFont,
        fontSize: pt(t.bodyPx * 1.3),
        bold: true,
        color: band ? band.text : t.heading,
        valign: 'middle',
        align: 'left',
      },
      text: '',
    },
  } as MasterObjects[number];
}

export function defineMasters(pptx: PptxGenJS, name: string, t: PptxTheme, W: number, H: number, custom: CustomTheme | null = null): void {
  const ruleUnderTitle = t.titleBand ? [] : [rect(PAD_X, TITLE.top + TITLE.height + 6, W - 2 * PAD_X, name === 'high-contrast' ? 6 : 3, t.rule)];
  const leftBar = name === 'clean-white' ? [rect(PAD_X - 24, TITLE.top + 30, 10, 56, t.accent)] : [];
  const base = [...contentDecor(name, t, W, H), ...ruleUnderTitle, ...leftBar];
  pptx.defineSlideMaster({ title: MASTER.content, background: { color: t.background }, objects: [...base, titlePlaceholder(t, W)] });
  pptx.defineSlideMaster({
    title: MASTER.quote,
    background: { color: t.background },
    objects: [
      // A theme whose titles sit on a band keeps only its foot band here: the saying is the title.
      ...(t.titleBand ? [rect(0, H - 6, W, 6, t.titleBand.fill)] : contentDecor(name, t, W, H)),
      rect(PAD_X + 40, QUOTE_TITLE.y - 6, W - 2 * PAD_X - 80, 3, t.rule),
      rect(PAD_X + 40, QUOTE_TITLE.y + QUOTE_TITLE.h + 4, W - 2 * PAD_X - 80, 3, t.rule),
      {
        placeholder: {
          options: { name: 'title', type: 'title', x: px(PAD_X + 40), y: px(QUOTE_TITLE.y), w: px(W - 2 * PAD_X - 80), h: px(QUOTE_TITLE.h), fontFace: t.serifFont, bold: true, color: t.heading, align: 'center', valign: 'middle' },
          text: '',
        },
      } as MasterObjects[number],
    ],
  });
  const hero = (title: string, box: typeof COVER_TITLE, align: 'center' | 'left', valign: 'bottom' | 'middle') => {
    // The unit's own cover / divider picture, under its veil.
    const pic = custom ? heroPicture(custom, title === MASTER.cover ? 'cover' : 'section', W, H) : { objects: [] };
    pptx.defineSlideMaster({
      title,
      background: pic.background ?? { color: t.primary },
      objects: [
        ...pic.objects,
        ...heroDecor(name, t, W, H),
        {
          placeholder: {
            options: { name: 'title', type: 'title', x: px(box.x), y: px(box.y), w: px(W + box.w), h: px(box.h), fontFace: t.headFont, bold: true, color: t.onPrimary, align, valign },
            text: '',
          },
        } as MasterObjects[number],
      ],
    });
  };
  hero(MASTER.cover, COVER_TITLE, 'center', 'bottom');
  hero(MASTER.section, SECTION_TITLE, 'left', 'bottom');
}
