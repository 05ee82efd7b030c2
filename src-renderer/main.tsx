import { startEarly } from './app/startEarly';
import { watchStylesheetFailures } from './ui/refetchFailedStylesheets';
import './ui/styles/tokens.css';
import './ui/styles/base.css';
import './ui/styles/controls.css';

const root = document.getElementById('root');
if (root) {
  watchStylesheetFailures(document);
  // The first requests leave from this small entry chunk; React and the shell load meanwhile.
  const early = startEarly(window);
  void import('./app/bootstrap').then(({ bootstrap }) => bootstrap(root, early));
}
