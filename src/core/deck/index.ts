/** Public API of the deck layer: generation, the Markdown file format, edit operations, coverage. */
export type * from './model';
export { parseDeck, serializeDeck, assetsFolder, parseSlide, serializeSlide, serializeBlock, splitFrontMatter, splitSlides, splitNotes } from './deck-markdown';
export type { ParseResult, FrontMatterSplit, SlideChunk } from './deck-markdown';
export { parseFrontMatter, serializeFrontMatter, THEMES, DEFAULT_THEME, metaFieldSchemas } from './front-matter';
export { LAYOUTS, getAttr, setAttr, getLayout, setLayout as setSlideLayout, parseSource, parseSlideComment, formatSlideComment } from './slide-attrs';
export type { SourceRef } from './slide-attrs';
export { generateDeck, DEFAULT_OPTIONS, chineseNumber, leadOf, pointsOf, splitHeading } from './generate';
export type { GenerateOptions, DetailLevel } from './generate';
export { splitSentences, splitClauses, displayWidth } from './split-clauses';
export { emphasize, escapeInline, findFigures, findQuotedTerms } from './emphasis';
export { THEME_METRICS, paginate } from './fit';
export type { FitMetrics } from './fit';
export {
  blankSlide,
  insertSlide,
  deleteSlide,
  duplicateSlide,
  moveSlide,
  slideTitle,
  slideBullets,
  setTitle,
  setBullets,
  setNotes,
  setLayout,
  findAll,
  replaceAll,
} from './operations';
export type { Match } from './operations';
export { coverage, articleSentences, deckStreams, plainText } from './text-coverage';
export type { CoverageItem, CoverageReport, CoverageStatus, SourceSentence } from './text-coverage';
