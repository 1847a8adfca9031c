export * from './units.js';
export * from './tasks.js';
export * from './nominations.js';
export * from './persons.js';
