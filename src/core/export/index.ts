/**
 * Public API of the export layer: one exporter per format, each Deck → bytes.
 * Front ends (the editor's export dialog, `briefing export`) look formats up in
 * `exporters`, so a new format (html, pdf) plugs in with one entry.
 */
import type { ExportFormat } from './export-options';
import type { Exporter } from './export-types';
import { exportDocx } from './docx-briefing';
import { exportPptx } from './pptx-deck';
import { fillWordTemplate } from './docx-template';

export * from './export-options';
export type { AssetLoader, ExportResources, Exporter } from './export-types';
export { exportDocx, buildBriefingDocument } from './docx-briefing';
export { exportPptx } from './pptx-deck';
export { deckToOutline } from './deck-to-outline';
export type { Outline, OutlineArticle, OutlineSection, OutlineParagraph } from './deck-to-outline';
export { docxStyleSets, resolveDocxStyle, SIZE } from './docx-styles';
export type { DocxStyleSet, TextStyle } from './docx-styles';
export { pptxThemes } from './pptx-theme';
export { TEMPLATE_PLACEHOLDERS, TemplateError, fillWordTemplate, inspectWordTemplate } from './docx-template';
export type { TemplateInfo, TemplatePlaceholder } from './docx-template';

export interface ExportFormatInfo {
  exporter: Exporter;
  extension: string;
  mime: string;
  label: string;
}

export const exporters: Record<ExportFormat, ExportFormatInfo> = {
  docx: {
    // The unit's own Word template, when one is given, instead of the generated layout.
    exporter: (deck, options, resources) =>
      resources?.wordTemplate ? fillWordTemplate(resources.wordTemplate, deck, options, resources) : exportDocx(deck, options, resources),
    extension: '.docx',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word 简报',
  },
  pptx: {
    exporter: exportPptx,
    extension: '.pptx',
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    label: 'PowerPoint 演示文稿',
  },
};
