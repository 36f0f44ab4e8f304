/**
 * One slide at presentation size (1280×720) scaled to `width`, built from the same
 * pieces reveal.js uses when it presents: a `.reveal-viewport` inside the theme's
 * `.deck-theme-<name>`, `.reveal > .slides` sized and scaled the way reveal.js's
 * layout() does it, and a `section.present` centred vertically with reveal.js's own
 * rule (top = max((720 − height) / 2, 0)). Same CSS, same size: the canvas and the
 * thumbnails look like the show.
 */
import { useContext, useLayoutEffect, useRef, type ReactNode } from 'react';
import { AssetDeck, resolveImages } from './asset-urls';
import { SLIDE_HEIGHT as SLIDE_H, type SlideAspect, type ThemeName } from '../../core/deck';
import { slideSize } from '../../core/render/slide-decor';
import type { SafeHtml } from '../render/safe-slides';
import { useShownTheme } from '../theme/custom-theme-state';

export interface SlideFrameProps {
  theme: ThemeName;
  width: number;
  /** The <section>'s attributes as the render path filtered them (render-slide.ts slideAttrs). */
  attrs: Record<string, string>;
  /** Static HTML for the section body (thumbnails), sanitised … */
  html?: SafeHtml;
  /** … or React children (the editable canvas). */
  children?: ReactNode;
  testId?: string;
  sectionTestId?: string;
  /** Attributes from the slide's place in the deck (render/slide-decor.ts): footer, page number, divider number. */
  decor?: Record<string, string>;
  aspect?: SlideAspect;
}

/** reveal.js's vertical centring: top = max((720 − height) / 2, 0). */
function centre(el: HTMLElement) {
  el.style.top = `${Math.max((SLIDE_H - el.scrollHeight) / 2, 0)}px`;
}

export function SlideFrame({ theme, width, attrs, html, children, testId, sectionTestId, decor, aspect }: SlideFrameProps) {
  const ref = useRef<HTMLElement>(null);
  const shown = useShownTheme(theme);
  const slideW = slideSize(aspect).width;
  const scale = width / slideW;
  const { class: className, ...data } = attrs;

  const deckRef = useContext(AssetDeck);
  // Centred when its size changes, seen by a ResizeObserver after the browser's own layout:
  // reading scrollHeight in every render forced a layout inside each keystroke
  // (bench: editor.keystroke_p95_ms). The themes give the section the page's height
  // (base.css), so what changes it is a theme, a resize or an image that arrives later.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(() => centre(el));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  useLayoutEffect(() => {
    const el = ref.current;
    // An image that arrives later changes the height: centre again then.
    if (el) resolveImages(el, deckRef, () => centre(el));
  });

  return (
    <div
      className={`deck-theme deck-theme-${shown}${aspect === '4:3' ? ' deck-aspect-4x3' : ''} reveal-viewport slide-frame`}
      style={{ width, height: (width * SLIDE_H) / slideW }}
      data-testid={testId}
    >
      <div className="reveal">
        <div
          className="slides"
          style={{
            width: slideW,
            height: SLIDE_H,
            inset: 'auto',
            left: '50%',
            top: '50%',
            transform: `translate(-50%, -50%) scale(${scale})`,
          }}
        >
          {html !== undefined ? (
            <section ref={ref} className={`present ${className ?? ''}`} {...data} {...decor} data-testid={sectionTestId} dangerouslySetInnerHTML={{ __html: html }} />
          ) : (
            <section ref={ref} className={`present ${className ?? ''}`} {...data} {...decor} data-testid={sectionTestId}>
              {children}
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
