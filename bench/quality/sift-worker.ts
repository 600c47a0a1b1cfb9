/** Worker thread for `bench:quality --browser`: Sift alone on each page sent, under jsdom. */
import { serveTasks } from './serve.js';
import { readSift } from './sift-read.js';

serveTasks(readSift);
