import { memo } from 'react';
import type { Slide, ThemeName } from '../../core/deck';
import { SlideFrame } from './SlideFrame';
import { renderedSlide } from '../render/safe-slides';

/** A scaled-down, read-only render of one slide; re-renders only when its Slide object changes. */
export const SlideThumb = memo(function SlideThumb({ slide, theme, width }: { slide: Slide; theme: ThemeName; width: number }) {
  const r = renderedSlide(slide);
  return <SlideFrame theme={theme} width={width} attrs={r.attrs} html={r.body} />;
});
