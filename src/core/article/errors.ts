/**
 * Typed import failures. Every message exists in Chinese (shown to users, who are
 * staff in government offices) and English (logs, bug reports).
 */

/** Largest input accepted. A long work report is well under 1 MB of text and a
 * Word file with photos rarely passes 20 MB; 60 MB leaves room while keeping the
 * whole-file decode fast enough that the UI never freezes. */
export const MAX_INPUT_BYTES = 60 * 1024 * 1024;

export type ImportErrorCode =
  | 'EMPTY'
  | 'BINARY'
  | 'UNKNOWN_ENCODING'
  | 'DOCX_CORRUPT'
  | 'DOCX_ENCRYPTED'
  | 'LEGACY_DOC'
  | 'TOO_LARGE'
  | 'ZIP_BOMB'
  | 'DOC_CORRUPT'
  | 'WPS_UNREADABLE'
  | 'PDF_CORRUPT'
  | 'PDF_ENCRYPTED'
  | 'PDF_NO_TEXT'
  | 'HTML_NO_TEXT';

export interface BilingualMessage {
  zh: string;
  en: string;
}

const MESSAGES: Record<ImportErrorCode, (detail: string) => BilingualMessage> = {
  EMPTY: () => ({
    zh: '文件是空的，没有可导入的文字。',
    en: 'The file is empty: there is no text to import.',
  }),
  BINARY: (d) => ({
    zh: `这不是文字文件${d ? `（看起来是 ${d}）` : ''}。请导入 .txt、.md、.docx、.doc、.pdf 或网页（.html）文件，或直接粘贴文字。`,
    en: `This is not a text file${d ? ` (it looks like ${d})` : ''}. Import a .txt, .md, .docx, .doc, .pdf or web page (.html) file, or paste the text.`,
  }),
  UNKNOWN_ENCODING: () => ({
    zh: '无法识别文件的文字编码（不是 UTF-8、UTF-16 或 GB18030/GBK）。请用记事本或 WPS 另存为 UTF-8 后再导入。',
    en: 'Could not recognise the text encoding (not UTF-8, UTF-16 or GB18030/GBK). Save the file as UTF-8 and import it again.',
  }),
  DOCX_CORRUPT: (d) => ({
    zh: `Word 文件已损坏或不是有效的 .docx 文件${d ? `（${d}）` : ''}。请在 Word/WPS 中打开并另存为 .docx 后再试。`,
    en: `The Word file is damaged or not a valid .docx${d ? ` (${d})` : ''}. Open it in Word/WPS, save it as .docx and try again.`,
  }),
  DOCX_ENCRYPTED: () => ({
    zh: 'Word 文件设置了密码保护，无法读取。请在 Word/WPS 中取消密码后再导入。',
    en: 'The Word file is password-protected. Remove the password in Word/WPS and import it again.',
  }),
  LEGACY_DOC: () => ({
    zh: '这里无法读取旧版 Word（.doc）文件。请在 Word/WPS 中另存为 .docx 后再导入。',
    en: 'Legacy Word (.doc) files cannot be read here. Save it as .docx and import it again.',
  }),
  DOC_CORRUPT: (d) => ({
    zh: `旧版 Word（.doc）文件已损坏或格式无法识别${d ? `（${d}）` : ''}。请在 Word/WPS 中打开并另存为 .docx 后再试。`,
    en: `The legacy Word (.doc) file is damaged or in a format that cannot be read${d ? ` (${d})` : ''}. Open it in Word/WPS, save it as .docx and try again.`,
  }),
  WPS_UNREADABLE: () => ({
    zh: '无法读取这个 WPS 文字（.wps）文件。请在 WPS 中打开，另存为 .docx 后再导入。',
    en: 'This WPS Writer (.wps) file cannot be read. Open it in WPS, save it as .docx and import it again.',
  }),
  PDF_CORRUPT: (d) => ({
    zh: `PDF 文件已损坏或不是有效的 PDF${d ? `（${d}）` : ''}。`,
    en: `The PDF is damaged or not a valid PDF${d ? ` (${d})` : ''}.`,
  }),
  PDF_ENCRYPTED: () => ({
    zh: 'PDF 文件设置了打开密码，无法读取。请取消密码后再导入。',
    en: 'The PDF is password-protected. Remove the password and import it again.',
  }),
  PDF_NO_TEXT: () => ({
    zh: '这个 PDF 里没有文字层（可能是扫描件或图片），本软件不提供文字识别（OCR）。请找到文字版（Word、网页或可复制文字的 PDF）后再导入。',
    en: 'This PDF has no text layer (it is probably a scan or images); text recognition (OCR) is not offered. Import a text version (Word, web page or a PDF whose text can be copied).',
  }),
  HTML_NO_TEXT: () => ({
    zh: '网页里没有找到正文文字。请在浏览器中打开网页，复制正文后粘贴导入。',
    en: 'No article text was found in the web page. Open it in a browser, copy the article text and paste it.',
  }),
  TOO_LARGE: (d) => ({
    zh: `文件太大${d ? `（${d}）` : ''}，超过 ${MAX_INPUT_BYTES / 1024 / 1024} MB 的上限。请拆分后分别导入。`,
    en: `The file is too large${d ? ` (${d})` : ''}: the limit is ${MAX_INPUT_BYTES / 1024 / 1024} MB. Split it and import the parts.`,
  }),
  ZIP_BOMB: (d) => ({
    zh: `Word 文件解压后异常庞大${d ? `（${d}）` : ''}，可能是恶意文件，已拒绝导入。`,
    en: `The Word file would expand to an abnormal size${d ? ` (${d})` : ''}; it may be malicious and was refused.`,
  }),
};

export class ImportError extends Error {
  readonly code: ImportErrorCode;
  /**
   * Both languages: `err.message.zh`, `err.message.en`. It is a String object
   * carrying the two as properties, so code that treats `message` as the usual
   * string (loggers, test runners, `${err}`) still reads "中文 / English".
   */
  override readonly message: string & BilingualMessage;

  constructor(code: ImportErrorCode, detail = '') {
    const m = MESSAGES[code](detail);
    super(`${m.zh} / ${m.en}`);
    this.name = 'ImportError';
    this.code = code;
    this.message = Object.assign(new String(`${m.zh} / ${m.en}`), m) as unknown as string & BilingualMessage;
  }

  toJSON(): { code: ImportErrorCode; message: BilingualMessage } {
    return { code: this.code, message: { zh: this.message.zh, en: this.message.en } };
  }
}

export function isImportError(e: unknown): e is ImportError {
  return e instanceof ImportError;
}
