export * from './enums.js';
export * from './errors.js';
export * from './ids.js';
export * from './identity.js';
export * from './validation.js';
export * from './beijing-time.js';
export * from './limits.js';
