// The built site (dist/) in headless Chromium: the terminal answers like the
// native kubesim terminal, the language toggle switches the UI, and nothing
// reaches the console as an error. These tests work in the sandbox, on the
// basic cluster; course.test.mjs covers the lessons.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { NODES, kubesim, open as openPage, runCommand, runSilent, start } from './support.mjs';

let site;
let pagesSite;
let browser;
let stop;

before(async () => {
  ({ site, pagesSite, browser, stop } = await start());
});

after(async () => {
  await stop?.();
});

/// The sandbox on the basic cluster, as a fresh visitor would open it.
const SANDBOX = '?lesson=sandbox';

function open(url, storage) {
  return openPage(browser, url, storage);
}

test('kubectl get nodes prints the same table as the kubesim terminal', async () => {
  const { page, problems } = await open(site.url + SANDBOX);
  const shown = await runCommand(page, 'kubectl get nodes');
  assert.equal(shown, kubesim('kubectl get nodes'));
  const rows = shown.trimEnd().split('\n');
  assert.equal(rows.length, 4, shown);
  assert.match(rows[0], /^NAME +STATUS +ROLES +AGE +VERSION$/);
  NODES.forEach((name, i) => assert.match(rows[i + 1], new RegExp(`^${name.replaceAll('.', '\\.')} +Ready +<none> +12d +v1\\.30\\.4-eks-a737599$`)));
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'terminal__input');
  assert.deepEqual(problems, []);
  await page.close();
});

test('errors go to stderr, styled apart, and the prompt recalls history', async () => {
  const { page, problems } = await open(site.url + SANDBOX);
  const shown = await runCommand(page, 'kubectl gett nodes');
  assert.equal(shown, 'error: unknown command "gett" for "kubectl"\n\nDid you mean this?\n\tset\n\tget\n');
  assert.equal(await page.locator('.terminal__line--stderr').count(), 1);
  await page.locator('.terminal__input').press('ArrowUp');
  assert.equal(await page.locator('.terminal__input').inputValue(), 'kubectl gett nodes');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the 日本語 toggle switches every UI string and is remembered', async () => {
  const { page, problems } = await open(site.url + SANDBOX);
  assert.equal(await page.locator('#terminal-title').textContent(), 'Terminal');
  const english = await page.locator('main').innerText();
  await page.getByRole('button', { name: '日本語' }).click();
  assert.equal(await page.locator('#terminal-title').textContent(), 'ターミナル');
  assert.equal(await page.locator('#lesson-title').textContent(), 'サンドボックス');
  assert.equal(await page.getAttribute('html', 'lang'), 'ja');
  assert.equal(await page.getByRole('button', { name: '日本語' }).getAttribute('aria-pressed'), 'true');
  assert.notEqual(await page.locator('main').innerText(), english);
  await page.reload();
  await page.locator('.terminal__input').waitFor();
  assert.equal(await page.locator('#terminal-title').textContent(), 'ターミナル');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a run button in the prose runs its command and keeps the focus', async () => {
  const { page, problems } = await open(site.url + SANDBOX);
  const run = page.getByRole('button', { name: 'Run: kubectl get nodes -o wide' });
  await run.click();
  await page.locator('.terminal__line', { hasText: NODES[0] }).waitFor();
  const commands = await page.locator('.terminal__line--command').allTextContents();
  assert.deepEqual(commands, ['$ kubectl get nodes -o wide']);
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Run: kubectl get nodes -o wide');
  assert.deepEqual(problems, []);
  await page.close();
});

test('?lang=ja opens in Japanese; junk in localStorage is ignored', async () => {
  const ja = await open(`${site.url}${SANDBOX}&lang=ja`);
  assert.equal(await ja.page.locator('#terminal-title').textContent(), 'ターミナル');
  assert.deepEqual(ja.problems, []);
  await ja.page.close();
  const junk = await open(site.url + SANDBOX, { 'kubelab.lang': '{"not":"a language"' });
  assert.equal(await junk.page.locator('#terminal-title').textContent(), 'Terminal');
  assert.deepEqual(junk.problems, []);
  await junk.page.close();
});

test('the same files work under a GitHub Pages project path', async () => {
  const { page, problems } = await open(pagesSite.url + SANDBOX);
  const shown = await runCommand(page, 'kubectl get nodes');
  assert.ok(shown.includes(NODES[2]), shown);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the basic cluster shows its 11 pods as chips on 3 nodes', async () => {
  const { page, problems } = await open(site.url + SANDBOX);
  const nodes = page.locator('.zones .node');
  assert.equal(await nodes.count(), 3);
  const pods = await page.locator('.zones .node [data-pod]').evaluateAll((chips) => chips.map((c) => c.dataset.pod));
  const count = (prefix) => pods.filter((name) => name.startsWith(prefix)).length;
  assert.equal(pods.length, 11, pods.join(' '));
  assert.deepEqual([count('web-'), count('coredns-'), count('aws-node-'), count('kube-proxy-')], [3, 2, 3, 3]);
  for (const name of NODES) {
    const node = page.locator(`.node[data-node="${name}"]`);
    assert.equal(await node.locator('.node__condition').textContent(), 'Ready');
    assert.equal(await node.locator('.pod--daemon').count(), 2, name);
  }
  assert.equal(await page.locator('.zones [data-pod][data-status="Running"]').count(), 11);
  assert.equal(await page.locator('.unscheduled').count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the ECS twin shows 3 container instances, each running a web task', async () => {
  const { page, problems } = await open(site.url + SANDBOX);
  const instances = page.locator('.ecs-zones .instance');
  assert.equal(await instances.count(), 3);
  for (let i = 0; i < 3; i++) {
    const instance = instances.nth(i);
    assert.equal(await instance.getAttribute('data-status'), 'ACTIVE');
    assert.equal(await instance.locator('.instance__agent').count(), 0);
    const tasks = instance.locator('.task');
    assert.equal(await tasks.count(), 1);
    assert.equal(await tasks.first().getAttribute('data-status'), 'RUNNING');
    assert.equal(await tasks.first().locator('.task__name').textContent(), 'web');
  }
  const web = page.locator('.services tr[data-service="web"] .services__count');
  assert.deepEqual(await web.allTextContents(), ['3', '3', '0']);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the EKS ⇄ ECS reference lists every action in Japanese', async () => {
  const { page, problems } = await open(site.url + SANDBOX);
  await page.getByRole('button', { name: '日本語' }).click();
  const summary = page.locator('.reference__summary');
  assert.equal(await summary.textContent(), 'EKS ⇄ ECS: 各操作を ECS で言うと');
  await summary.click();
  const rows = page.locator('.reference__row');
  // kubesim::ecs::EksAction::ALL has 15 actions.
  assert.equal(await rows.count(), 15);
  const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
  for (const text of await rows.locator('.reference__text').allTextContents()) assert.match(text, japanese);
  const cordon = rows.filter({ hasText: 'kubectl cordon NODE' });
  assert.equal(await cordon.locator('.reference__ecs').textContent(), 'ECS に対応する操作なし');
  const drain = rows.filter({ hasText: 'kubectl drain NODE' });
  assert.match(await drain.locator('.reference__ecs').textContent(), /--status DRAINING$/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the clock pauses and runs at 10×, and the terminal keeps the focus', async () => {
  const { page, problems } = await open(site.url + SANDBOX);
  const time = page.locator('.clock__time');
  const simulated = async () => Date.parse(await time.getAttribute('datetime'));
  assert.equal(await page.getByRole('button', { name: '1× real time' }).getAttribute('aria-pressed'), 'true');
  const start = await simulated();
  await page.waitForFunction((t) => Date.parse(document.querySelector('.clock__time').getAttribute('datetime')) > t, start);
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'terminal__input');

  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = await simulated();
  const shown = await time.textContent();
  await page.waitForTimeout(2500);
  assert.equal(await simulated(), paused);
  assert.equal(await time.textContent(), shown);

  await page.getByRole('button', { name: '10× fast' }).click();
  assert.equal(await page.getByRole('button', { name: '10× fast' }).getAttribute('aria-pressed'), 'true');
  await page.waitForFunction(
    (t) => Date.parse(document.querySelector('.clock__time').getAttribute('datetime')) >= t + 20_000,
    paused,
    { timeout: 5000 },
  );
  assert.match(await time.textContent(), /^\d\d:\d\d:\d\d UTC$/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('Tab completes like bash: one choice is inserted, a second Tab lists several', async () => {
  const { page, problems } = await open(site.url + SANDBOX);
  const input = page.locator('.terminal__input');
  await input.fill('kubectl get no');
  await input.press('Tab');
  assert.equal(await input.inputValue(), 'kubectl get nodes ');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'terminal__input');
  // The node names share "ip-10-0-": the next Tab inserts it, the one
  // after lists the names under the prompt, one a line at 80 columns.
  await input.press('Tab');
  assert.equal(await input.inputValue(), 'kubectl get nodes ip-10-0-');
  await input.press('Tab');
  await page.locator('.terminal__line', { hasText: NODES[2] }).waitFor();
  assert.deepEqual(await page.locator('.terminal__line').allTextContents(), [
    '$ kubectl get nodes ip-10-0-',
    `${NODES.join('\n')}\n`,
  ]);
  await input.press('3');
  await input.press('Tab');
  assert.equal(await input.inputValue(), `kubectl get nodes ${NODES[2]} `);
  assert.deepEqual(problems, []);
  await page.close();
});

test('clear empties the terminal, and the next command prints below', async () => {
  const { page, problems } = await open(site.url + SANDBOX);
  await runCommand(page, 'kubectl get nodes');
  assert.ok((await page.locator('.terminal__line').count()) > 1);
  await runSilent(page, 'clear');
  await page.waitForFunction(() => document.querySelectorAll('.terminal__line').length === 0);
  const shown = await runCommand(page, 'echo still here');
  assert.equal(shown, 'still here\n');
  assert.deepEqual(await page.locator('.terminal__line--command').allTextContents(), ['$ echo still here']);
  assert.deepEqual(problems, []);
  await page.close();
});

test('help answers in Japanese once the toggle says 日本語', async () => {
  const { page, problems } = await open(site.url + SANDBOX);
  assert.equal(await runCommand(page, 'help'), kubesim('help'));
  await page.getByRole('button', { name: '日本語' }).click();
  const shown = await runCommand(page, 'help');
  assert.equal(shown, kubesim('help', ['--lang', 'ja']));
  assert.match(shown, /^KubeLab のターミナルです。/);
  assert.match(shown, /\nヒント\n/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('reset puts the drawn cluster and the clock back to the start of the scenario', async () => {
  const { page, problems } = await open(site.url + SANDBOX);
  const time = page.locator('.clock__time');
  const simulated = async () => Date.parse(await time.getAttribute('datetime'));
  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = await simulated();
  await runSilent(page, 'sleep 2h');
  await page.waitForFunction((t) => Date.parse(document.querySelector('.clock__time').getAttribute('datetime')) === t, paused + 2 * 3600_000);
  const shown = await runCommand(page, 'reset');
  assert.equal(shown, 'The cluster is back at the start of its scenario, clock included.\n');
  await page.waitForFunction((t) => Date.parse(document.querySelector('.clock__time').getAttribute('datetime')) <= t, paused);
  assert.equal(await page.locator('.zones [data-pod][data-status="Running"]').count(), 11);
  assert.equal(await runCommand(page, 'kubectl get nodes'), kubesim('kubectl get nodes'));
  assert.deepEqual(problems, []);
  await page.close();
});
