/**
 * Branded HTML: a string that went through the slide sanitiser
 * (sanitize-policy.ts), or that is built only from such strings and escaped text
 * (render-slide.ts's sectionHtml). Every surface that puts slide HTML into a
 * document takes SafeHtml, so unsanitised text cannot reach one by mistake: a plain
 * string is a type error there.
 */
declare const safeHtmlBrand: unique symbol;
export type SafeHtml = string & { readonly [safeHtmlBrand]: true };

/** Slide HTML → sanitised HTML (createSlideSanitizer's `sanitize`, over some DOMPurify). */
export type SanitizeHtml = (html: string) => SafeHtml;
