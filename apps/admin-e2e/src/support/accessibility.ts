import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * Every page the browser tests open is checked with axe: after each navigation (client-side ones included),
 * whenever a dialog opens, when a screenshot is taken and when the test ends. A serious or critical
 * violation fails the test that showed it. Pages opened through newPage() (support/browser.ts) are watched,
 * and importing this file registers the afterEach that reports, so no test can leave the check out.
 */
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);
/** How long the DOM must stay still before axe reads it, and the longest wait for that. */
const QUIET_MS = 250;
const SETTLE_LIMIT_MS = 5_000;
/** Off by default in axe, and serious: a control's name must contain the text it shows (WCAG 2.5.3). */
const EXPERIMENTAL_RULE = 'label-content-name-mismatch';

interface Finding {
  rule: string;
  impact: string;
  help: string;
  where: string;
  elements: string[];
}

interface Watch {
  page: Page;
  /** Checks run one after another: axe refuses to run twice at once. */
  queue: Promise<void>;
  /** A check is queued that has not started yet: it will see whatever happens until it does. */
  pending: boolean;
  /** Main-frame navigations so far: one during a check means the check read a page that is gone. */
  navigations: number;
}

const watches = new Map<Page, Watch>();
const findings = new Map<string, Finding>();

/** Counts DOM changes (to tell when the page has settled) and tells the test side when a dialog opens. */
function pageScript(): void {
  const state = window as unknown as { __panelistDomVersion: number; __panelistDialogOpened?: () => void };
  state.__panelistDomVersion = 0;
  new MutationObserver((records) => {
    state.__panelistDomVersion += 1;
    if (records.some((change) => change.attributeName === 'open' && change.target instanceof HTMLDialogElement && change.target.open))
      state.__panelistDialogOpened?.();
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

export async function watchAccessibility(page: Page): Promise<void> {
  const watch: Watch = { page, queue: Promise.resolve(), pending: false, navigations: 0 };
  watches.set(page, watch);
  page.on('close', () => watches.delete(page));
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) return;
    watch.navigations += 1;
    schedule(watch);
  });
  await page.exposeBinding('__panelistDialogOpened', () => schedule(watch));
  await page.addInitScript(pageScript);
}

/** Checks the page as it is now (once it has settled), and waits for the result. */
export async function checkAccessibility(page: Page): Promise<void> {
  const watch = watches.get(page);
  if (!watch) return;
  watch.queue = watch.queue.then(() => check(watch));
  await watch.queue;
}

/** Waits for the checks still due on a page, e.g. before its context closes. */
export async function flushAccessibility(page: Page): Promise<void> {
  await watches.get(page)?.queue;
}

function schedule(watch: Watch): void {
  if (watch.pending) return;
  watch.pending = true;
  watch.queue = watch.queue.then(() => {
    watch.pending = false;
    return check(watch);
  });
}

async function check(watch: Watch): Promise<void> {
  const { page } = watch;
  if (page.isClosed() || page.url() === 'about:blank') return;
  const navigations = watch.navigations;
  try {
    await settle(page);
    const results = await new AxeBuilder({ page })
      // In the page itself (no helper page per frame: the admin has no frames), reporting violations only.
      .setLegacyMode(true)
      .options({ resultTypes: ['violations'], rules: { [EXPERIMENTAL_RULE]: { enabled: true } } })
      .analyze();
    const where = new URL(page.url()).pathname;
    for (const violation of results.violations) {
      if (!BLOCKING_IMPACTS.has(violation.impact ?? '')) continue;
      const elements = violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`);
      record({ rule: violation.id, impact: violation.impact!, help: violation.help, where, elements });
    }
  } catch (error) {
    // A page that navigated or closed meanwhile is checked again where it went (or not at all). Playwright says so,
    // or axe went missing with the document it was injected into; one round trip first, so news of a navigation
    // sent before the error has arrived.
    await page.evaluate(() => undefined).catch(() => undefined);
    if (page.isClosed() || watch.navigations !== navigations || /context was destroyed|Target .*closed/i.test(String(error))) return;
    record({ rule: 'axe-did-not-run', impact: 'critical', help: String(error), where: page.url(), elements: [] });
  }
}

function record(finding: Finding): void {
  findings.set(`${finding.rule} ${finding.where} ${finding.elements.join('|')}`, finding);
}

/** Waits until the DOM has been still for a moment and nothing says it is loading (or until the limit). */
function settle(page: Page): Promise<void> {
  return page.evaluate(
    ({ quietMs, limitMs }) =>
      new Promise<void>((resolve) => {
        const version = () => (window as unknown as { __panelistDomVersion: number }).__panelistDomVersion;
        const loading = () => document.querySelector('[aria-busy="true"], .page-loading, .skeleton') !== null;
        const started = performance.now();
        let last = version();
        const poll = () => {
          const now = version();
          const waited = performance.now() - started;
          if ((now === last && !loading()) || waited > limitMs) return resolve();
          last = now;
          setTimeout(poll, quietMs);
        };
        setTimeout(poll, quietMs);
      }),
    { quietMs: QUIET_MS, limitMs: SETTLE_LIMIT_MS },
  );
}

function report(): string {
  return [...findings.values()]
    .map(
      (finding) =>
        `${finding.impact} ${finding.rule} on ${finding.where}: ${finding.help}\n${finding.elements.map((element) => `    ${element}`).join('\n')}`,
    )
    .join('\n');
}

afterEach(async () => {
  await Promise.all([...watches.keys()].map((page) => flushAccessibility(page)));
  if (findings.size === 0) return;
  const message = `axe found serious or critical violations:\n${report()}`;
  findings.clear();
  throw new Error(message);
});
