import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import { App } from './App';
import { preloadStartScreen } from './lazy-screens';
import { prefetchDeck } from './editor/deck-prefetch';
import { refFromRoute, currentRoute } from './app-routes';
import { isSessionPath } from '../core/session/model';
import './styles/app.css';
import './styles/a11y.css';

// A window that opens on a deck or a show loads that screen's code, and the editor's
// deck, while the settings (the interface language) are fetched, not one after the other.
void preloadStartScreen(currentRoute());
const startRef = refFromRoute(currentRoute());
if (startRef && !isSessionPath(startRef.path)) prefetchDeck(startRef);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
