/** server/: the local web app's HTTP API and static files. */
export type * from './api-types.js';
export { createApp } from './app.js';
export { type RunningServer, type ServerOptions, startServer } from './start.js';
