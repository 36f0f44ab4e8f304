/**
 * The unit's own slide theme (issue 16): four colours, a title and a body font from
 * the CJK faces an offline machine has, a logo (cover and content-page footer) and
 * cover / section-divider pictures. Decks name it as `theme: custom`.
 *
 * Kept as ONE JSON file with the pictures as data: URLs (node/custom-theme-store.ts):
 * it is written atomically in one step, so a theme is never half-saved (a JSON naming
 * a picture that is not there yet); it is one file to copy to another machine; and
 * the exports (HTML, PDF, pptx) must carry the pictures inside them anyway, which a
 * data: URL already is (the CSP allows img-src data:).
 *
 * Pictures are PNG or JPEG only: SVG would need sanitising in every surface and does
 * not open in older PowerPoint/WPS; a photo or a scanned logo is PNG or JPEG anyway.
 */
import { z } from 'zod';
import { base64ToBytes, bytesToBase64 } from '../base64';
import { imageInfo } from '../export/image-size';

/** Font choices: system faces with the Noto CJK fallbacks every Linux build has; never a web font. */
export const THEME_FONTS = ['hei', 'song', 'kai', 'fangsong', 'yahei'] as const;
export type ThemeFont = (typeof THEME_FONTS)[number];

/** The CSS stack and the font name PowerPoint/WPS are given (the <a:ea> slot) for each choice. */
export const FONT_FACES: Record<ThemeFont, { css: string; pptx: string }> = {
  hei: { css: '"SimHei", "黑体", "Heiti SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif', pptx: '黑体' },
  song: { css: '"SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", serif', pptx: '宋体' },
  kai: { css: '"KaiTi", "楷体", "KaiTi_GB2312", "STKaiti", "AR PL UKai CN", "Noto Serif CJK SC", serif', pptx: '楷体' },
  fangsong: { css: '"FangSong", "仿宋", "FangSong_GB2312", "STFangsong", "Noto Serif CJK SC", serif', pptx: '仿宋' },
  yahei: { css: '"Microsoft YaHei", "微软雅黑", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif', pptx: '微软雅黑' },
};

export const MAX_LOGO_BYTES = 1024 * 1024;
export const MAX_PICTURE_BYTES = 4 * 1024 * 1024;
export const THEME_PICTURES = ['logo', 'cover', 'section'] as const;
export type ThemePicture = (typeof THEME_PICTURES)[number];
export const maxBytesOf = (slot: ThemePicture): number => (slot === 'logo' ? MAX_LOGO_BYTES : MAX_PICTURE_BYTES);

const Hex = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour #RRGGBB');
const DATA_URL = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]*={0,2}$/;
const pictureUrl = (maxBytes: number) =>
  z
    .string()
    .max('data:image/jpeg;base64,'.length + Math.ceil((maxBytes * 4) / 3) + 4, `a picture of at most ${maxBytes / 1024 / 1024} MB`)
    .regex(DATA_URL, 'a PNG or JPEG data: URL');

export const CustomThemeSchema = z
  .object({
    name: z.string().trim().min(1).max(40),
    colors: z
      .object({
        /** Content pages. */
        background: Hex,
        /** Body text. */
        text: Hex,
        /** Titles, the cover / divider pages, bullet marks. */
        accent: Hex,
        /** Quoted terms and figures that stand out. */
        emphasis: Hex,
      })
      .strict(),
    titleFont: z.enum(THEME_FONTS),
    bodyFont: z.enum(THEME_FONTS),
    logo: pictureUrl(MAX_LOGO_BYTES).nullable(),
    cover: pictureUrl(MAX_PICTURE_BYTES).nullable(),
    section: pictureUrl(MAX_PICTURE_BYTES).nullable(),
  })
  .strict();
export type CustomTheme = z.infer<typeof CustomThemeSchema>;

/** What the settings screen starts from: 党政红's colours in the unit's hands. */
export const STARTER_THEME: CustomTheme = {
  name: '本单位主题',
  colors: { background: '#ffffff', text: '#1f1f1f', accent: '#b3000c', emphasis: '#a3000b' },
  titleFont: 'hei',
  bodyFont: 'yahei',
  logo: null,
  cover: null,
  section: null,
};

export type ThemeErrorCode = 'THEME_PICTURE_TYPE' | 'THEME_PICTURE_TOO_BIG' | 'THEME_PICTURE_BROKEN';

const SLOT_ZH: Record<ThemePicture, string> = { logo: '标志', cover: '封面背景图', section: '章节页背景图' };
const SLOT_EN: Record<ThemePicture, string> = { logo: 'logo', cover: 'cover picture', section: 'section picture' };

/** A picture the theme cannot take, with the reason in both languages. */
export class ThemeError extends Error {
  readonly messages: { zh: string; en: string };
  constructor(
    readonly code: ThemeErrorCode,
    slot: ThemePicture,
    name = '',
  ) {
    const f = name ? `“${name}”` : '';
    const mb = maxBytesOf(slot) / 1024 / 1024;
    const zh =
      code === 'THEME_PICTURE_TYPE'
        ? `${SLOT_ZH[slot]}${f}不是 PNG 或 JPEG 图片。请另存为 PNG 或 JPG 后再选。`
        : code === 'THEME_PICTURE_TOO_BIG'
          ? `${SLOT_ZH[slot]}${f}超过 ${mb} MB。请缩小图片后再选。`
          : `${SLOT_ZH[slot]}${f}已损坏，读不出图片尺寸。请换一张图片。`;
    const en =
      code === 'THEME_PICTURE_TYPE'
        ? `The ${SLOT_EN[slot]} ${f}is not a PNG or JPEG picture. Save it as PNG or JPG and choose it again.`
        : code === 'THEME_PICTURE_TOO_BIG'
          ? `The ${SLOT_EN[slot]} ${f}is larger than ${mb} MB. Make it smaller and choose it again.`
          : `The ${SLOT_EN[slot]} ${f}is damaged: its size cannot be read. Choose another picture.`;
    super(`${zh} / ${en}`);
    this.name = 'ThemeError';
    this.messages = { zh, en };
  }
}

/** A picked file's bytes → the data: URL the theme keeps; throws ThemeError for anything but a sound PNG/JPEG within the limit. */
export function pictureDataUrl(bytes: Uint8Array, slot: ThemePicture, name = ''): string {
  if (bytes.length > maxBytesOf(slot)) throw new ThemeError('THEME_PICTURE_TOO_BIG', slot, name);
  const info = imageInfo(bytes);
  const isPng = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  const isJpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  if (!isPng && !isJpeg) throw new ThemeError('THEME_PICTURE_TYPE', slot, name);
  if (!info || !info.width || !info.height) throw new ThemeError('THEME_PICTURE_BROKEN', slot, name);
  return `data:image/${isPng ? 'png' : 'jpeg'};base64,${bytesToBase64(bytes)}`;
}

/** The bytes of a kept picture (for the pptx export and the host's check). */
export function pictureBytes(url: string): Uint8Array {
  return base64ToBytes(url.slice(url.indexOf(',') + 1));
}

/** The host's check of a theme the schema accepted: each picture really is the PNG/JPEG its URL says. */
export function checkThemePictures(theme: CustomTheme): void {
  for (const slot of THEME_PICTURES) {
    const url = theme[slot];
    if (url) pictureDataUrl(pictureBytes(url), slot);
  }
}
