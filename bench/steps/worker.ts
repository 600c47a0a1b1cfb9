/** Worker thread for `npm run bench:steps`. */
import { serveTasks } from '../quality/serve.js';
import { readWithout, type StepsTask } from './read.js';

serveTasks((task) => readWithout(task as StepsTask));
