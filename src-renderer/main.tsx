import { bootstrap } from './app/bootstrap';
import './ui/styles/tokens.css';
import './ui/styles/base.css';
import './ui/styles/controls.css';

const root = document.getElementById('root');
if (root) void bootstrap(root);
