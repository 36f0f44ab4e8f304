/**
 * Per-slide data in `<!-- .slide: name="value" … -->`, the comment reveal.js's
 * markdown plugin turns into attributes of the slide's <section>. Layout lives in the
 * class attribute, the source paragraph in data-source.
 */
import type { Slide, SlideAttr, SlideLayout } from './model';

export const LAYOUTS: readonly SlideLayout[] = [
  'cover',
  'contents',
  'section',
  'bullets',
  'two-column',
  'figures',
  'quote',
  'closing',
];

/** `.slide:` comment body → attributes, or null when it is not in the canonical form. */
export function parseSlideComment(html: string): SlideAttr[] | null {
  const m = /^<!-- \.slide: (.*) -->$/u.exec(html);
  if (!m) return null;
  const attrs: SlideAttr[] = [];
  // The plugin reads `name="value"` (value without quotes) and bare `data-*` names.
  const re = /([^\s"=]+)(?:="([^"\n]+)")?(?: |$)/gy;
  const body = m[1]!;
  let at = 0;
  while (at < body.length) {
    re.lastIndex = at;
    const a = re.exec(body);
    if (!a) return null;
    attrs.push({ name: a[1]!, value: a[2] ?? '' });
    at = re.lastIndex;
  }
  if (attrs.length === 0) return null;
  // Only canonical spelling is "understood"; anything else stays raw, byte for byte.
  return formatSlideComment(attrs) === html ? attrs : null;
}

/** Can this value travel in a `.slide:` comment unchanged? */
export function isValidAttr(a: SlideAttr): boolean {
  return /^[^\s"=]+$/u.test(a.name) && !/["\n]|-->/u.test(a.value);
}

export function formatSlideComment(attrs: SlideAttr[]): string {
  // An empty value is written bare: the plugin ignores name="" but reads bare data-x.
  let out = '<!-- .slide: ';
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs[i]!;
    out += (i === 0 ? '' : ' ') + (a.value === '' ? a.name : `${a.name}="${a.value}"`);
  }
  return out + ' -->';
}

export function getAttr(slide: Slide, name: string): string | undefined {
  return slide.attrs.find((a) => a.name === name)?.value;
}

/** Set (or with null remove) one attribute, keeping the order of the others. */
export function setAttr(slide: Slide, name: string, value: string | null): Slide {
  const i = slide.attrs.findIndex((a) => a.name === name);
  const attrs = [...slide.attrs];
  if (value === null) {
    if (i >= 0) attrs.splice(i, 1);
  } else if (i >= 0) attrs[i] = { name, value };
  else attrs.push({ name, value });
  return { ...slide, attrs };
}

/** The slide's layout: the first class that names one; plain bullets otherwise. */
export function getLayout(slide: Slide): SlideLayout {
  const classes = (getAttr(slide, 'class') ?? '').split(/\s+/u);
  return (classes.find((c) => (LAYOUTS as readonly string[]).includes(c)) as SlideLayout | undefined) ?? 'bullets';
}

/** Replace the layout class, keeping any other classes the user added. */
export function setLayout(slide: Slide, layout: SlideLayout): Slide {
  const others = (getAttr(slide, 'class') ?? '')
    .split(/\s+/u)
    .filter((c) => c !== '' && !(LAYOUTS as readonly string[]).includes(c));
  const value = [layout, ...others].join(' ');
  if (getAttr(slide, 'class') === undefined) {
    // class first, as the generator writes it.
    return { ...slide, attrs: [{ name: 'class', value }, ...slide.attrs] };
  }
  return setAttr(slide, 'class', value);
}

export type SourceRef =
  | { kind: 'lead'; paragraph: number }
  | { kind: 'section'; section: number }
  | { kind: 'paragraph'; section: number; paragraph: number }
  | { kind: 'other'; id: string };

/** "s1p2" → section 1 paragraph 2 (1-based), "s1" → section 1, "l1" → lead paragraph 1. */
export function parseSource(id: string): SourceRef {
  let m = /^s(\d+)p(\d+)$/u.exec(id);
  if (m) return { kind: 'paragraph', section: Number(m[1]), paragraph: Number(m[2]) };
  m = /^s(\d+)$/u.exec(id);
  if (m) return { kind: 'section', section: Number(m[1]) };
  m = /^l(\d+)$/u.exec(id);
  if (m) return { kind: 'lead', paragraph: Number(m[1]) };
  return { kind: 'other', id };
}
