/** Worker thread for the training dump: pages in, rows out. */
import { serveTasks } from '../quality/serve.js';
import { dumpPage } from './dump-page.js';

serveTasks(dumpPage);
