// The floor for the JavaScript budget: a bare React + react-dom page, built with the app's Vite config.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<p>Hello</p>);
