/** A small deck with known titles, sections and notes for the presenting specs. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const NOTES = [
  null,
  '第一部分讲发展职责。',
  '讲稿甲：坚持稳中求进，持续提升经济运行质效。',
  '讲稿乙：厚植产业根基，培育新质生产力。',
  '第二部分讲民生。',
  '讲稿丙：办好民生实事，守牢安全底线。',
] as const;
export const TITLES = ['学习会放映测试', '一、始终把推动发展作为首要职责', '提升贡献度', '厚植产业根基', '二、始终把增进民生福祉作为根本追求', '办好民生实事'] as const;

export function presentDeckText(theme = 'party-red'): string {
  const slides = [
    `<!-- .slide: class="cover" -->\n# ${TITLES[0]}\n\n区发改局`,
    `<!-- .slide: class="section" -->\n# ${TITLES[1]}\n\nNote:\n${NOTES[1]}`,
    `## ${TITLES[2]}\n\n- 坚持稳中求进\n- 持续提升经济运行质效\n\nNote:\n${NOTES[2]}`,
    `## ${TITLES[3]}\n\n- 形成**约5000亩**工业用地\n- 深化“*拿地即开工*”\n\nNote:\n${NOTES[3]}`,
    `<!-- .slide: class="section" -->\n# ${TITLES[4]}\n\nNote:\n${NOTES[4]}`,
    `## ${TITLES[5]}\n\n- 办好民生实事\n- 守牢安全底线\n\nNote:\n${NOTES[5]}`,
  ];
  return `---\ntitle: ${TITLES[0]}\ntheme: ${theme}\n---\n\n${slides.join('\n\n---\n\n')}\n`;
}

export function writePresentDeck(userDir: string, name = 'study.md', theme = 'party-red'): string {
  mkdirSync(userDir, { recursive: true });
  writeFileSync(join(userDir, name), presentDeckText(theme));
  return name;
}
