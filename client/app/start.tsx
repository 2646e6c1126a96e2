// The app itself: styles, then the app into #root. Loaded by the small entry (main.tsx) once it has
// started what the route needs first.
import { render } from 'solid-js/web';
import { App } from './App';
import '../styles/base.css';
import '../styles/layout.css';
import '../styles/board.css';
import '../styles/access.css';
import '../styles/history.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html is missing #root');
render(() => <App />, root);
