// The course in headless Chromium: lessons that tick their steps as the
// simulated cluster reaches each goal, progress that survives a reload, and
// saved junk that means a clean start.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { NODES, open as openPage, runCommand, screenshots, start } from './support.mjs';

let site;
let pagesSite;
let browser;
let stop;

before(async () => {
  ({ site, pagesSite, browser, stop } = await start());
  mkdirSync(screenshots, { recursive: true });
});

after(async () => {
  await stop?.();
});

function open(url, storage) {
  return openPage(browser, url, storage);
}

const doneSteps = (page) => page.locator('.steps__item--done');

/// Scrolls the lesson pane to its list of steps, for a screenshot that shows
/// the ticks above the step being read.
async function showTicks(page) {
  await page.locator('.lesson').evaluate((pane) => {
    const heading = pane.querySelector('.steps__heading');
    pane.scrollTop += heading.getBoundingClientRect().top - pane.getBoundingClientRect().top - 8;
  });
}

/// Marks the step done by the lesson's own buttons: show the solution, say
/// yes, and run its commands until the step ticks.
async function solveWithButtons(page, step, { show, yes }) {
  const item = page.locator(`.steps__item[data-step="${step}"]`);
  assert.equal(await item.getAttribute('aria-current'), 'step', `step ${step} is current`);
  await page.getByRole('button', { name: show }).click();
  await page.getByRole('button', { name: yes }).click();
  const runs = page.locator('.step__solution .command__run');
  const count = await runs.count();
  assert.ok(count > 0, `step ${step} has a solution`);
  for (let i = 0; i < count; i++) {
    if (await item.evaluate((el) => el.classList.contains('steps__item--done'))) break;
    await runs.nth(i).click();
  }
  await page.locator(`.steps__item--done[data-step="${step}"]`).waitFor();
}

test('lesson 3 in Japanese under /kubelab/: every step ticks from its own buttons, and a reload keeps it', async () => {
  const url = `${pagesSite.url}?lesson=3&lang=ja`;
  const { page, problems } = await open(url);
  assert.equal(await page.getAttribute('html', 'lang'), 'ja');
  assert.match(await page.locator('#lesson-title').textContent(), /^レッスン 3/);
  const total = await page.locator('.steps__item').count();
  assert.ok(total >= 6, `lesson 3 has ${total} steps`);
  assert.equal(await doneSteps(page).count(), 0);
  const buttons = { show: '解答を表示', yes: '表示する' };

  for (let step = 1; step <= 4; step++) {
    await solveWithButtons(page, step, buttons);
    assert.equal(await doneSteps(page).count(), step);
  }
  await showTicks(page);
  await page.screenshot({ path: join(screenshots, 'screenshot-ja.png') });

  // Halfway: a reload keeps the ticks, and the cluster is rebuilt to match
  // (the drained node is still cordoned in the picture).
  await page.reload();
  await page.locator('.terminal__input').waitFor();
  assert.equal(await doneSteps(page).count(), 4);
  assert.equal(await page.locator('.steps__item[data-step="5"]').getAttribute('aria-current'), 'step');
  assert.match(await page.locator(`.node[data-node="${NODES[0]}"]`).getAttribute('class'), /node--disabled/);

  for (let step = 5; step <= total; step++) {
    await solveWithButtons(page, step, buttons);
    assert.equal(await doneSteps(page).count(), step);
  }
  assert.equal(await page.locator('.lesson__progress').textContent(), `全 ${total} ステップ中 ${total} ステップ完了`);
  const summary = page.locator('.lesson__summary');
  await summary.waitFor();
  assert.ok(await summary.locator('table').isVisible());
  assert.match(await summary.getByRole('button').textContent(), /^次のレッスンへ → /);

  await page.reload();
  await page.locator('.terminal__input').waitFor();
  assert.equal(await doneSteps(page).count(), total);
  assert.ok(await page.locator('.lesson__summary').isVisible());

  // Without ?lesson=, the page opens what was open last.
  await page.goto(pagesSite.url);
  await page.locator('.terminal__input').waitFor();
  assert.match(await page.locator('#lesson-title').textContent(), /^レッスン 3/);
  assert.equal(await doneSteps(page).count(), total);
  assert.match(page.url(), /\/kubelab\/\?lesson=3&lang=ja$/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a lesson in progress in English: the step card, the ticks and the terminal note', async () => {
  const { page, problems } = await open(`${site.url}?lesson=3&lang=en`);
  await runCommand(page, `kubectl get pods -A -o wide --field-selector spec.nodeName=${NODES[0]}`);
  await runCommand(page, `kubectl cordon ${NODES[0]}`);
  await runCommand(page, `kubectl drain ${NODES[0]}`);
  await page.locator('.steps__item--done[data-step="3"]').waitFor();
  assert.deepEqual(await page.locator('.terminal__note').allTextContents(), [
    'Lesson 3: a fresh cluster from its scenario',
    '✓ Step 1 done',
    '✓ Step 2 done',
    '✓ Step 3 done',
  ]);
  assert.equal(await page.locator('.step__count').textContent(), `Step 4 of ${await page.locator('.steps__item').count()}`);
  await page.getByRole('button', { name: 'Hint' }).click();
  assert.equal(await page.getByRole('button', { name: 'Hint' }).getAttribute('aria-expanded'), 'true');
  assert.ok(await page.locator('#step-hint').isVisible());
  await showTicks(page);
  await page.screenshot({ path: join(screenshots, 'screenshot.png') });

  // Previous and next browse the steps; the next step done brings the card
  // back to the current one.
  const total = await page.locator('.steps__item').count();
  await page.getByRole('button', { name: 'Next step' }).click();
  assert.equal(await page.locator('.step__count').textContent(), `Step 5 of ${total}`);
  await page.getByRole('button', { name: 'Previous step' }).click();
  await page.getByRole('button', { name: 'Previous step' }).click();
  assert.equal(await page.locator('.step__count').textContent(), `Step 3 of ${total} ✓ done`);
  await page.locator(`.steps__item[data-step="${total}"] .steps__button`).click();
  assert.equal(await page.getByRole('button', { name: 'Next step' }).isDisabled(), true);
  await page.locator('.steps__item[data-step="1"] .steps__button').click();
  assert.equal(await page.getByRole('button', { name: 'Previous step' }).isDisabled(), true);
  await runCommand(page, `kubectl drain ${NODES[0]} --ignore-daemonsets --delete-emptydir-data --force`);
  await page.locator('.steps__item--done[data-step="4"]').waitFor();
  assert.equal(await page.locator('.step__count').textContent(), `Step 5 of ${total}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('by keyboard alone: the solution is asked for, run, and the focus moves on with the lesson', async () => {
  const { page, problems } = await open(`${site.url}?lesson=2`);
  await page.getByRole('button', { name: 'Show solution' }).focus();
  await page.keyboard.press('Enter');
  // The question takes the focus; Escape says no, Enter on its first button yes.
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Show it');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.confirm').count(), 0);
  await page.getByRole('button', { name: 'Show solution' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.locator('.step__solution .command__run').first().focus();
  await page.keyboard.press('Enter');
  await page.locator('.steps__item--done[data-step="1"]').waitFor();
  // The run button went with its step; the focus goes to the next one.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'step-title');
  assert.equal(await page.locator('.step__count').textContent(), 'Step 2 of 7');
  assert.deepEqual(problems, []);
  await page.close();
});

test('junk in the saved progress means a clean start that works', async () => {
  for (const junk of ['{"open":"03-node-maintenance","done":{', '{"done":{"01-why-kubectl-lists-ec2":"lots"}}', '[]']) {
    const { page, problems } = await open(site.url, { 'kubelab.course.v1': junk });
    assert.match(await page.locator('#lesson-title').textContent(), /^Lesson 1/);
    assert.equal(await doneSteps(page).count(), 0);
    await runCommand(page, 'aws eks update-kubeconfig --name kubelab --region us-west-2');
    await page.locator('.steps__item--done[data-step="1"]').waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  }
});

test('the clock alone can do a step: new nodes join while the learner waits', async () => {
  // Saved progress: four steps of lesson 4 done. Opening it replays their
  // solutions (25 web replicas, a fourth node asked for); the fifth step
  // waits for the node to join and the pods to run.
  const saved = JSON.stringify({ open: '04-scheduling-and-scaling', done: { '04-scheduling-and-scaling': 4 } });
  const { page, problems } = await open(site.url, { 'kubelab.course.v1': saved });
  assert.equal(await doneSteps(page).count(), 4);
  assert.ok((await page.locator('.unscheduled [data-pod]').count()) > 0, 'web pods wait unscheduled');
  await page.getByRole('button', { name: '10× fast' }).click();
  await page.locator('.steps__item--done[data-step="5"]').waitFor({ timeout: 20_000 });
  assert.equal(await page.locator('.zones .node').count(), 4 + 2);
  assert.deepEqual(problems, []);
  await page.close();
});

test('leaving a sandbox with work in it asks first', async () => {
  const { page, problems } = await open(`${site.url}?lesson=sandbox`);
  await runCommand(page, `kubectl cordon ${NODES[1]}`);
  const chooser = page.locator('#lesson-chooser');
  await chooser.selectOption('2');
  await page.getByRole('button', { name: 'Stay in the sandbox' }).click();
  assert.equal(await chooser.inputValue(), 'sandbox');
  assert.match(await page.locator(`.node[data-node="${NODES[1]}"]`).getAttribute('class'), /node--disabled/);

  await chooser.selectOption('2');
  await page.getByRole('button', { name: 'Open the lesson' }).click();
  assert.match(await page.locator('#lesson-title').textContent(), /^Lesson 2/);
  assert.doesNotMatch(await page.locator(`.node[data-node="${NODES[1]}"]`).getAttribute('class'), /node--disabled/);
  assert.match(page.url(), /\?lesson=2&lang=en$/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('reset lesson asks, then clears the progress and the cluster', async () => {
  const { page, problems } = await open(`${site.url}?lesson=3`);
  await runCommand(page, `kubectl get pods -A -o wide --field-selector spec.nodeName=${NODES[0]}`);
  await runCommand(page, `kubectl cordon ${NODES[0]}`);
  await page.locator('.steps__item--done[data-step="2"]').waitFor();
  await page.getByRole('button', { name: 'Reset lesson' }).click();
  await page.getByRole('button', { name: 'Start over' }).click();
  assert.equal(await doneSteps(page).count(), 0);
  assert.doesNotMatch(await page.locator(`.node[data-node="${NODES[0]}"]`).getAttribute('class'), /node--disabled/);
  await page.reload();
  await page.locator('.terminal__input').waitFor();
  assert.equal(await doneSteps(page).count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});
