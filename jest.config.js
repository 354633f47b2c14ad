'use strict';

const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
  ...jestConfig,
  roots: ['<rootDir>/force-app', '<rootDir>/src'],
  moduleNameMapper: {
    '^lightning/platformShowToastEvent$': '<rootDir>/force-app/test/jest-mocks/lightning/platformShowToastEvent',
    '^lightning/navigation$': '<rootDir>/force-app/test/jest-mocks/lightning/navigation',
    '^lightning/uiRecordApi$': '<rootDir>/force-app/test/jest-mocks/lightning/uiRecordApi'
  },
  testPathIgnorePatterns: ['<rootDir>/node_modules/', '<rootDir>/checks/', '<rootDir>/e2e/', '<rootDir>/preview/'],
  collectCoverageFrom: [
    'src/core/**/*.ts',
    '!src/core/**/__tests__/**',
    'force-app/main/default/lwc/**/*.js',
    '!force-app/main/default/lwc/accordCore/**',
    '!**/__tests__/**'
  ],
  coverageReporters: ['text-summary', 'json-summary', 'lcov'],
  // Enforced, not just reported: src/core is the executable specification.
  coverageThreshold: {
    './src/core/': { lines: 95, branches: 90, functions: 95, statements: 95 },
    './force-app/main/default/lwc/': { lines: 80 }
  }
};
