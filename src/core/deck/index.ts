/** Public API of the deck layer: generation, the Markdown file format, edit operations, coverage. */
export type * from './model';
export { SLIDE_WIDTH, SLIDE_HEIGHT } from './model';
export { parseDeck, serializeDeck, deckFileText, assetsFolder, parseSlide, serializeSlide, serializeBlock, splitFrontMatter, splitSlides, splitNotes } from './deck-markdown';
export type { ParseResult, FrontMatterSplit, SlideChunk } from './deck-markdown';
export { parseFrontMatter, serializeFrontMatter, THEMES, THEME_CHOICES, ASPECTS, DEFAULT_THEME, metaFieldSchemas } from './front-matter';
export { LAYOUTS, getAttr, setAttr, getLayout, setLayout as setSlideLayout, parseSource, parseSlideComment, formatSlideComment } from './slide-attrs';
export type { SourceRef } from './slide-attrs';
export { generateDeck, DEFAULT_OPTIONS, splitHeading } from './generate';
export { chineseNumber } from './chinese-numbers';
export { parseInline, plainText } from './inline-text';
export type { InlineRun } from './inline-text';
export { DENSITIES } from './statements';
export type { Density } from './statements';
export { isFragmentTitle } from './slide-title';
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
  cleanNotes,
  setLayout,
  deleteSlides,
  duplicateSlides,
  slideListItems,
  slideParagraphs,
  imageSources,
  oneLine,
  setBlockText,
  setListItems,
  insertBlock,
  listInsertIndex,
  withoutEmptyItems,
} from './operations';
export { DEFAULT_FIND_OPTIONS, findMatches, foldText, matchContext, replaceAllMatches, replaceMatch } from './find-replace';
export type { FindOptions, FindMatch, FindScope, FieldKind } from './find-replace';
export { sameText, incrementalParser, slideLines } from './deck-text';
export type { IncrementalParser } from './deck-text';
export { coverage, articleSentences, deckStreams } from './text-coverage';
export type { CoverageItem, CoverageReport, CoverageStatus, SourceSentence } from './text-coverage';
