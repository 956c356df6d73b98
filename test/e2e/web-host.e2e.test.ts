import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Drives the real browser host (src/main/hosts/web/cli.ts) with its demo feed and the built
// renderer in Chromium. Waits on conditions, never on timings: the demo's pace is not a contract.

const ROOT = resolve(import.meta.dirname, '../..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RESULTS = join(ROOT, 'test-results');
const WAIT = { timeout: 60_000 };

let host: ChildProcess | undefined;
let hostOutput = '';
let dataDir: string | undefined;
let browser: Browser | undefined;
let page: Page;
let pageUrl: URL;

/** Resolves with the first http URL the host prints; rejects if it exits first. */
function startHost(dir: string): Promise<URL> {
  return new Promise((resolvePromise, reject) => {
    // --data keeps the test away from the user's profiles, so the demo feed is what runs.
    const child = spawn(
      NODE,
      ['src/main/hosts/web/cli.ts', '--port', '0', '--data', dir, '--db', join(dir, 'e2e.db')],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    host = child;
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      hostOutput += chunk;
      const match = /http:\/\/127\.0\.0\.1:\d+\/\S*/.exec(stdout);
      if (match) resolvePromise(new URL(match[0]));
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      hostOutput += chunk;
    });
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      reject(new Error(`host exited early (code ${code}, signal ${signal}):\n${hostOutput}`)),
    );
  });
}

function stopHost(): Promise<void> {
  const child = host;
  host = undefined;
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill('SIGTERM');
  });
}

/** The upgrade answer for /ipc without a token: the HTTP status it was refused with, if any. */
function ipcStatusWithoutToken(origin: string): Promise<number | 'open'> {
  return new Promise((done, fail) => {
    const socket = new WebSocket(`${origin.replace('http:', 'ws:')}/ipc`, { origin });
    socket.once('unexpected-response', (_req, res) => {
      done(res.statusCode ?? 0);
      socket.terminate();
    });
    socket.once('open', () => {
      done('open');
      socket.close();
    });
    socket.once('error', (error) => fail(error));
  });
}

/** The type of every log row currently rendered (the list is virtualised: only those in view). */
function rowTypes(): Promise<string[]> {
  return page
    .locator('.log-list__canvas .log-row')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-type') ?? ''));
}

describe('browser host end to end', () => {
  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'out/renderer/index.html'))) {
      throw new Error('out/renderer/index.html is missing: run `npm run build` before `npm run test:e2e`.');
    }
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH).`);
    mkdirSync(RESULTS, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), 'tradewatch-e2e-'));
    pageUrl = await startHost(dataDir);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
    page.on('pageerror', (error) => {
      hostOutput += `\n[pageerror] ${error.message}`;
    });
  });

  afterAll(async () => {
    await browser?.close().catch(() => {});
    await stopHost();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses requests without the token', async () => {
    expect(pageUrl.searchParams.get('token')).toBeTruthy();
    const response = await fetch(pageUrl.origin + '/');
    expect([401, 403]).toContain(response.status);
    expect([401, 403]).toContain(await ipcStatusWithoutToken(pageUrl.origin));
  });

  it('shows the demo feed live, with a DEMO badge', async () => {
    await page.goto(pageUrl.toString());
    await page.locator('.demo-badge').waitFor({ state: 'visible', ...WAIT });
    // The token leaves the address bar once read.
    expect(page.url()).not.toContain('token=');

    // Every type seen gets a filter chip; rows of the common ones show up in the list.
    for (const type of ['price', 'signal', 'account', 'candle']) {
      await page.locator('.filter-chip--type', { hasText: new RegExp(`^${type}$`) }).waitFor(WAIT);
    }
    await page.locator('.log-list__canvas .log-row[data-type="price"]').first().waitFor(WAIT);
    expect(await page.locator('.log-row .demo-tag').count()).toBeGreaterThan(0);

    // Filtering by type shows only that type; clearing brings everything back.
    await page.locator('.filter-chip--type', { hasText: /^signal$/ }).click();
    await page.locator('.log-list__canvas .log-row[data-type="signal"]').first().waitFor(WAIT);
    expect(new Set(await rowTypes())).toEqual(new Set(['signal']));
    await expect
      .poll(() => page.locator('.log-row[data-type="signal"] .log-cell--summary').first().textContent(), WAIT)
      .toMatch(/^(BUY|SELL) \w+ @ /);
    await page.locator('.filters__clear').click();
    await expect.poll(async () => new Set(await rowTypes()).size, WAIT).toBeGreaterThan(1);
    // Each event is shown once, even where the first page and the live pushes overlap.
    const ids = await page
      .locator('.log-list__canvas .log-row')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
    expect(new Set(ids).size).toBe(ids.length);

    // A trade round trip (signal -> position opened -> closed) makes a representative screenshot.
    await page.locator('.filter-chip--type', { hasText: /^position-closed$/ }).waitFor(WAIT);
    await page.screenshot({ path: join(RESULTS, 'live-log.png') });
  });

  it('opens a row in the detail panel with its raw payload', async () => {
    await page.locator('.log-list__canvas .log-row[data-type="price"]').first().click();
    const raw = page.getByTestId('raw-payload');
    await raw.waitFor(WAIT);
    const text = (await raw.textContent()) ?? '';
    expect(text.length).toBeGreaterThan(2);
    // The demo wire is JSON, so it is shown pretty-printed.
    expect(() => JSON.parse(text)).not.toThrow();
    expect(text).toContain('\n');
    await expect.poll(() => page.locator('.detail .fields dd').allTextContents(), WAIT).toContain('price');
    await page.screenshot({ path: join(RESULTS, 'live-log-detail.png') });
  });

  it('pauses without losing events', async () => {
    await page.getByRole('button', { name: /Pause/ }).click();
    await page.locator('.pause-button__count').waitFor(WAIT);
    await page.getByRole('button', { name: /Resume/ }).click();
    await page.getByRole('button', { name: /Pause/ }).waitFor(WAIT);
  });

  it('lists the demo source as connected', async () => {
    await page.getByRole('button', { name: 'Connections' }).click();
    const card = page.locator('.conn', { has: page.locator('.demo-tag') }).first();
    await card.waitFor(WAIT);
    await expect.poll(() => card.locator('.conn__state-word').textContent(), WAIT).toBe('connected');
    await page.screenshot({ path: join(RESULTS, 'connections.png') });

    // Back on the log, the rows and the open detail panel are still there.
    await page.getByRole('button', { name: 'Live log' }).click();
    await page
      .locator('.log-list__canvas .log-row')
      .first()
      .waitFor({ state: 'visible', ...WAIT });
    await page.getByTestId('raw-payload').waitFor({ state: 'visible', ...WAIT });
  });

  it('says so when the host goes away', async () => {
    await stopHost();
    await page.getByRole('alert').filter({ hasText: 'not live' }).waitFor(WAIT);
    await page.locator('.statusbar__health', { hasText: /Host link lost|Reconnecting|Connecting/ }).waitFor(WAIT);
    await page.screenshot({ path: join(RESULTS, 'host-lost.png') });
  });
});
