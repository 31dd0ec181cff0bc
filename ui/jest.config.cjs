/** The Angular staff app's unit tests: a jest project of the root jest.config.cjs (`npx jest --selectProjects ui`). */
const { createCjsPreset } = require('jest-preset-angular/presets');

module.exports = {
  ...createCjsPreset({
    tsconfig: '<rootDir>/tsconfig.spec.json',
    // jsdom itself is installed; jest-environment-jsdom is not: the preset ships an environment over jsdom.
    testEnvironment: 'jest-preset-angular/environments/jest-jsdom-env',
  }),
  displayName: 'ui',
  rootDir: __dirname,
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts'],
  setupFilesAfterEnv: ['<rootDir>/src/setup-jest.ts'],
  moduleNameMapper: {
    // Read-model DTO types shared with the server (type-only imports; mapped so a stray value import still resolves).
    '^@madoguchi/application/(.*)$': '<rootDir>/../application/$1',
    '^@madoguchi/domain/(.*)$': '<rootDir>/../domain/$1',
  },
};
