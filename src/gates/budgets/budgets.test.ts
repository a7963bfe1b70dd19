import { expect, test } from 'vitest';
import { BUDGETS, overBudget } from '.';

const BROKEN = `${import.meta.dirname}/broken`;

test('the budget check finds a stylesheet and a page over budget', () => {
  expect(overBudget(BROKEN, '/heavy-page/')).toEqual([
    expect.stringMatching(/^\/heavy-page\/: CSS is \d+ bytes gzip, the budget is 10000$/),
    expect.stringMatching(/^\/heavy-page\/: HTML \+ CSS \+ JS is \d+ bytes gzip, the budget is 25000$/),
    expect.stringMatching(/^\/heavy-page\/: the page itself \(one round trip\) is \d+ bytes gzip, the budget is 14600$/),
  ]);
});

test('the budget check counts the modules a script imports at once, not those it loads on demand', () => {
  const [problem, ...rest] = overBudget(BROKEN, '/heavy/');
  expect(rest).toEqual([]);
  const bytes = Number(/JS is (\d+) bytes/.exec(problem ?? '')?.[1]);
  expect(bytes).toBeGreaterThan(BUDGETS.js);
  expect(bytes).toBeLessThan(BUDGETS.js + 2_000);
});
