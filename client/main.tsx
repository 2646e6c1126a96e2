// Entry point: styles, then the app into #root.
import { render } from 'solid-js/web';
import { App } from './app/App';
import './styles/base.css';
import './styles/layout.css';
import './styles/board.css';
import './styles/access.css';
import './styles/history.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html is missing #root');
render(() => <App />, root);
