export * from './cadence.js';
export * from './dates.js';
export * from './enums.js';
export * from './formulas.js';
export * from './limits.js';
export * from './words.js';
