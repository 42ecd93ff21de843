import { test as base, expect } from '@playwright/test';

/**
 * `test` with a `problems` list collecting every console error and uncaught page error; each test ends
 * by asserting it is empty, so a scene that logs an error fails even when it looks right.
 */
export const test = base.extend<{ problems: string[] }>({
  problems: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await use(problems);
    expect(problems).toEqual([]);
  },
});

export { expect };
