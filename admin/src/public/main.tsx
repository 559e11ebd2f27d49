import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PublicPage } from './public-page';

// The citizen's page, outside the console's login: /admin/public.html?agency=<code>&survey=<id>.
const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from public.html');

createRoot(container).render(
  <StrictMode>
    <PublicPage params={new URLSearchParams(window.location.search)} />
  </StrictMode>,
);
