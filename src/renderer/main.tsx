import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import { App, refFromRoute } from './App';
import { preloadEditor } from './lazy-screens';
import { prefetchDeck } from './editor/deck-prefetch';
import { isSessionPath } from '../core/session/model';
import './styles/app.css';
import './styles/a11y.css';

// A window that opens on a deck loads the editor's code and reads the deck while the
// settings (the interface language) are fetched, rather than one after the other.
const startRef = refFromRoute(decodeURI(window.location.hash.replace(/^#/, '')));
if (startRef && !isSessionPath(startRef.path)) {
  preloadEditor();
  prefetchDeck(startRef);
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
