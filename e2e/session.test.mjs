// The session survives a reload: the picture, the terminal, the history
// and the clock come back as they were, replayed from the journal the page
// keeps in localStorage. Storage that holds junk or refuses to keep
// anything leaves a working page and a short note.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { NODES, open as openPage, runCommand, runSilent, start } from './support.mjs';

let site;
let browser;
let stop;

before(async () => {
  ({ site, browser, stop } = await start());
});

after(async () => {
  await stop?.();
});

/// What a learner sees: every pod chip with its status, every node with its
/// state, the terminal's lines and notes, and the clock.
async function seen(page) {
  return page.evaluate(() => ({
    pods: [...document.querySelectorAll('[data-pod]')].map((p) => `${p.dataset.pod} ${p.dataset.status}`),
    nodes: [...document.querySelectorAll('[data-node]')].map((n) => `${n.dataset.node} ${n.className.replace(/\s*node--(new|changed|gone)\b/g, '')}`),
    terminal: [...document.querySelectorAll('.terminal__line, .terminal__note')].map((l) => l.textContent),
    clock: document.querySelector('.clock__time').textContent,
  }));
}

test('a reload mid-drain brings back the same picture, terminal, history and clock', async () => {
  const { page, problems } = await openPage(browser, `${site.url}?lesson=sandbox`);
  await page.getByRole('button', { name: 'Pause' }).click();
  await runCommand(page, 'kubectl get nodes');
  await runCommand(page, `kubectl drain ${NODES[0]} --ignore-daemonsets`);
  await runSilent(page, 'sleep 1');
  const before = await seen(page);
  assert.ok(before.pods.some((p) => / (Terminating|ContainerCreating|Pending)$/.test(p)), `mid-drain: ${before.pods}`);
  assert.ok(before.terminal.some((l) => l.includes('evicting pod')), before.terminal.join('\n'));

  await page.reload();
  await page.locator('.terminal__input').waitFor();
  const after = await seen(page);
  assert.deepEqual(after.pods, before.pods);
  assert.deepEqual(after.nodes, before.nodes);
  assert.equal(after.clock, before.clock);
  // The terminal as it was, under a note that says it was replayed.
  assert.match(after.terminal[0], /your session as you left it/);
  assert.deepEqual(after.terminal.slice(1), before.terminal.slice(1));
  // ↑ brings back the last line typed before the reload.
  const input = page.locator('.terminal__input');
  await input.press('ArrowUp');
  assert.equal(await input.inputValue(), 'sleep 1');
  // The clock stayed paused, and the world goes on from where it was.
  assert.equal(await page.getByRole('button', { name: 'Pause' }).getAttribute('aria-pressed'), 'true');
  await input.press('Escape');
  await runSilent(page, 'sleep 2m');
  assert.ok((await seen(page)).pods.every((p) => !/ (Terminating|ContainerCreating)$/.test(p)));
  assert.deepEqual(problems, []);
  await page.close();
});

test('a kept lesson session replays its steps, and reset starts it over', async () => {
  const { page, problems } = await openPage(browser, `${site.url}?lesson=1`);
  await runCommand(page, 'aws eks update-kubeconfig --name kubelab --region us-west-2');
  await runCommand(page, 'kubectl config view --minify');
  const notesBefore = await page.locator('.terminal__note').allTextContents();
  assert.ok(notesBefore.some((n) => n.includes('Step 2 done')), notesBefore.join('\n'));
  await page.reload();
  await page.locator('.terminal__input').waitFor();
  const notes = await page.locator('.terminal__note').allTextContents();
  assert.match(notes[0], /^Lesson 1: your session as you left it/);
  assert.deepEqual(notes.slice(1), notesBefore.slice(1));
  assert.equal(await page.locator('.terminal__line--command').count(), 2);

  await page.getByRole('button', { name: 'Reset lesson' }).click();
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.reload();
  await page.locator('.terminal__input').waitFor();
  assert.deepEqual(await page.locator('.terminal__note').allTextContents(), ['Lesson 1: a fresh cluster from its scenario']);
  assert.equal(await page.locator('.terminal__line--command').count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('junk in storage is a clean start with a short note, never a blank page', async () => {
  for (const junk of ['{not json', '{"opened":"sandbox:basic","journal":"kubesim-journal 1\\nrm -rf /\\n","now":0}']) {
    const { page, problems } = await openPage(browser, `${site.url}?lesson=sandbox`, {
      'kubelab.session.v1': junk,
    });
    const notes = await page.locator('.terminal__note').allTextContents();
    assert.ok(notes.some((n) => n.includes('could not be read')), notes.join('\n'));
    assert.equal(await page.locator('.terminal__line--command').count(), 0);
    assert.match(await runCommand(page, 'kubectl get nodes'), /^NAME +STATUS/);
    assert.deepEqual(problems, []);
    await page.close();
  }
});

test('a session that replays differently is a clean start, not a different world', async () => {
  // The journal says the clock reached a time its entries do not reach.
  const forged = JSON.stringify({
    opened: 'sandbox:basic',
    journal: `kubesim-journal 1\n$ kubectl cordon ${NODES[1]}\n`,
    now: 0,
  });
  const { page, problems } = await openPage(browser, `${site.url}?lesson=sandbox`, { 'kubelab.session.v1': forged });
  const notes = await page.locator('.terminal__note').allTextContents();
  assert.ok(notes.some((n) => n.includes('no longer replays')), notes.join('\n'));
  assert.equal(await page.locator(`[data-node="${NODES[1]}"].node--disabled`).count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('storage that refuses to keep the session says so once, and the page works on', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(err.message));
  await page.addInitScript(() => {
    localStorage.clear();
    Storage.prototype.setItem = function () {
      throw new DOMException('quota', 'QuotaExceededError');
    };
  });
  await page.goto(`${site.url}?lesson=sandbox&lang=ja`);
  await page.locator('.terminal__input').waitFor();
  await runCommand(page, 'kubectl get nodes');
  await runCommand(page, 'kubectl get pods');
  const notes = await page.locator('.terminal__note').allTextContents();
  assert.equal(notes.filter((n) => n.includes('保存できませんでした')).length, 1, notes.join('\n'));
  assert.deepEqual(problems, []);
  await page.close();
});
