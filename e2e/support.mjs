// What every browser test shares: the built site served at / and under a
// project path, one headless Chromium, pages that record every problem, and
// the native kubesim terminal to compare against.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const repo = join(here, '..');
export const screenshots = process.env.SCREENSHOT_DIR ?? join(here, 'artifacts');
export const NODES = [
  'ip-10-0-1-23.us-west-2.compute.internal',
  'ip-10-0-2-141.us-west-2.compute.internal',
  'ip-10-0-3-87.us-west-2.compute.internal',
];

/// The site at `/` (`site`) and at `/kubelab/` (`pagesSite`), and a browser.
export async function start() {
  const site = await serve(join(repo, 'dist'));
  const pagesSite = await serve(join(repo, 'dist'), '/kubelab/');
  const profile = mkdtempSync(join(tmpdir(), 'kubelab-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 720 },
    locale: 'en-US',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const stop = async () => {
    await browser.close();
    await site.close();
    await pagesSite.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { site, pagesSite, browser, stop };
}

/// Opens a page that records every console error, page error and failed
/// request, starting from an empty localStorage unless `storage` is given.
export async function open(browser, url, storage = {}) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('kubelab-test-seeded')) return;
    sessionStorage.setItem('kubelab-test-seeded', '1');
    localStorage.clear();
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
  }, storage);
  await page.goto(url);
  await page.locator('.terminal__input').waitFor();
  return { page, problems };
}

/// Types a line at the prompt and returns what it printed.
export async function runCommand(page, line) {
  const before = await page.locator('.terminal__line').count();
  const input = page.locator('.terminal__input');
  await input.fill(line);
  await input.press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('.terminal__line').length > n + 1, before);
  const lines = page.locator('.terminal__line');
  const texts = await lines.allTextContents();
  return texts.slice(before + 1).join('');
}

/// Types a line that prints nothing and waits until the prompt has taken it.
export async function runSilent(page, line) {
  const input = page.locator('.terminal__input');
  await input.fill(line);
  await input.press('Enter');
  await page.waitForFunction(() => document.querySelector('.terminal__input').value === '');
}

/// What the native terminal prints for `line`.
export function kubesim(line, args = []) {
  return execFileSync('cargo', ['run', '--quiet', '--locked', '-p', 'kubesim', '--bin', 'kubesim', '--', ...args], {
    cwd: repo,
    input: `${line}\n`,
    encoding: 'utf8',
  });
}

const axeSource = readFileSync(join(here, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/// Every axe-core violation on the page as it is now (any impact), as
/// readable lines: rule, impact, and the elements it names.
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`,
  );
}
