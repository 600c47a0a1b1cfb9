/** Worker thread: evaluates the pages the main thread sends, one at a time. */
import { evaluatePage } from './page.js';
import { serveTasks } from './serve.js';

serveTasks(evaluatePage);
