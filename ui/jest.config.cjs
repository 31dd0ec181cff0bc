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
    // The server's published contracts and read-model DTOs (application/*/contracts/, *.dto.ts); never domain/.
    '^@madoguchi/application/(.*)$': '<rootDir>/../application/$1',
  },
};
