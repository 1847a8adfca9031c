export * from './units.js';
export * from './tasks.js';
export * from './nominations.js';
export * from './persons.js';
export * from './notice.js';
export * from './supervision.js';
