export * from './briefing-template';
export * from './briefing-types';
export * from './briefing-messages';
export * from './compose-briefing';
export * from './render-briefing';
export * from './task-state';
