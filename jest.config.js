// One jest run, four projects: `npm run test:unit` runs shared, server and client in parallel
// workers; `npm run test:e2e` runs the browser tests against the built product.
/** @type {import('jest').Config} */
export default {
  // Global, not per project: integration tests start a real server and database.
  testTimeout: 30_000,
  projects: [
    '<rootDir>/shared/jest.config.js',
    '<rootDir>/server/jest.config.js',
    '<rootDir>/client/jest.config.cjs',
    '<rootDir>/tests/jest.config.js',
  ],
};
