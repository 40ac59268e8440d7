export * from './enums.js';
export * from './limits.js';
