import { useEffect, useRef, useState } from 'react';
import { Button, Result, Spin, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import Reveal from 'reveal.js';
import Markdown from 'reveal.js/plugin/markdown';
import 'reveal.js/reveal.css';
import '../../../resources/themes/base.css';
import '../../../resources/themes/party-red.css';
import '../../../resources/themes/clean-white.css';
import '../../../resources/themes/deep-blue.css';
import type { DeckRef } from '../../core/contract';
import { getHost, HostCallError } from '../host';
import { messageIn } from '../i18n';

/** Split "---\nyaml\n---\nbody" into its parts; the body is what reveal.js's markdown plugin reads. */
export function splitFrontMatter(text: string): { theme: string | null; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!m) return { theme: null, body: text };
  const theme = /^theme:\s*([\w-]+)\s*$/m.exec(m[1]!)?.[1] ?? null;
  return { theme, body: text.slice(m[0].length) };
}

export function DeckViewer({ deckRef, onBack }: { deckRef: DeckRef; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [position, setPosition] = useState<{ n: number; m: number } | null>(null);
  const holder = useRef<HTMLDivElement>(null);

  useEffect(() => {
    getHost()
      .api.deck.read(deckRef)
      .then((f) => setText(f.text))
      .catch((e) => setError(e instanceof HostCallError ? messageIn(i18n.language, e.messages) : String(e)));
  }, [deckRef.root, deckRef.path, i18n.language]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (text === null || !holder.current) return;
    const { body } = splitFrontMatter(text);
    const root = holder.current;
    root.innerHTML = '';
    const revealEl = document.createElement('div');
    revealEl.className = 'reveal';
    const slides = document.createElement('div');
    slides.className = 'slides';
    const section = document.createElement('section');
    section.setAttribute('data-markdown', '');
    section.setAttribute('data-separator-notes', '^Note:');
    const tpl = document.createElement('textarea');
    tpl.setAttribute('data-template', '');
    tpl.textContent = body;
    section.appendChild(tpl);
    slides.appendChild(section);
    revealEl.appendChild(slides);
    root.appendChild(revealEl);
    const deck = new Reveal(revealEl, {
      embedded: true,
      hash: false,
      history: false,
      keyboardCondition: 'focused',
      slideNumber: 'c/t',
      width: 1280,
      height: 720,
      margin: 0.04,
      plugins: [Markdown],
    });
    let alive = true;
    void deck.initialize().then(() => {
      if (!alive) return;
      const update = () => setPosition({ n: deck.getSlidePastCount() + 1, m: deck.getTotalSlides() });
      deck.on('slidechanged', update);
      update();
      revealEl.focus();
    });
    return () => {
      alive = false;
      try {
        deck.destroy();
      } catch {
        // destroy() on a deck that never finished initialising throws; nothing to clean then.
      }
    };
  }, [text]);

  if (error) {
    return <Result status="error" title={t('errors.loadFailed', { message: error })} extra={<Button onClick={onBack}>{t('viewer.back')}</Button>} />;
  }
  const theme = text ? (splitFrontMatter(text).theme ?? 'party-red') : 'party-red';
  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, padding: '8px 16px', background: '#fff', borderBottom: '1px solid #eee' }}>
        <Button icon={<ArrowLeftOutlined />} onClick={onBack}>{t('viewer.back')}</Button>
        {position && <Typography.Text data-testid="slide-position">{t('viewer.slideOf', position)}</Typography.Text>}
      </div>
      {text === null && <Spin style={{ margin: 48 }} tip={t('viewer.loading')}><div /></Spin>}
      <div className={`deck-theme deck-theme-${theme}`} style={{ flex: 1, position: 'relative' }}>
        <div ref={holder} style={{ position: 'absolute', inset: 0 }} tabIndex={-1} />
      </div>
    </div>
  );
}
