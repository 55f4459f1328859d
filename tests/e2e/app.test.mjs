// End-to-end test of the real desktop binary: start it on a throwaway wallet, switch
// the language to Dutch through Settings, check headings against locales/nl, audit
// accessibility with axe-core, and save screenshots.
//
// Run: xvfb-run node --test tests/e2e/app.test.mjs   (scripts/test does this)
// PASSERELLE_SCREENSHOTS=docs/screenshots writes the README's screenshots there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { launch, root } from './driver.mjs';
import { message } from './ftl.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const shotsDir = path.resolve(root, process.env.PASSERELLE_SCREENSHOTS ?? 'tests/e2e/out');
mkdirSync(shotsDir, { recursive: true });

let app;
let browser;

before(async () => {
  // The native file picker is replaced by these paths (PASSERELLE_TEST_PICK): one good
  // badge that is not among the samples, and one tampered badge that must be refused.
  const pick = ['valid-vc1-eddsa-rdfc-2022.json', 'tampered-subject-name.png']
    .map((f) => path.join(root, 'tests', 'fixtures', 'oracle', f)).join('\n');
  app = await launch({ env: { LANG: 'en_GB.UTF-8', LC_ALL: '', LANGUAGE: '', PASSERELLE_TEST_PICK: pick } });
  browser = app.browser;
  await browser.setWindowSize(1280, 800).catch(() => {});
});

after(async () => {
  await app?.stop();
});

async function heading() {
  const h1 = await browser.$('h1#page-title');
  await h1.waitForDisplayed({ timeout: 30_000 });
  return (await h1.getText()).trim();
}

async function waitForHeading(expected) {
  await browser.waitUntil(async () => (await heading()) === expected, {
    timeout: 15_000,
    timeoutMsg: `the page heading never became "${expected}" (it is "${await heading()}")`,
  });
}

async function go(route) {
  const link = await browser.$(`nav a[href="#/${route}"]`);
  await link.waitForClickable({ timeout: 10_000 });
  await link.click();
}

async function chooseLanguage(lang) {
  await go('settings');
  const option = await browser.$(`input[name="language"][value="${lang}"]`);
  await option.waitForExist({ timeout: 10_000 });
  // The radio is styled through its label: click the label as a person would.
  await (await option.parentElement()).click();
  await browser.waitUntil(
    async () => (await browser.execute(() => document.documentElement.lang)) === lang,
    { timeout: 10_000, timeoutMsg: `<html lang> did not become ${lang}` },
  );
}

async function axeViolations() {
  await browser.execute(axeSource);
  const result = await browser.executeAsync((done) => {
    // eslint-disable-next-line no-undef
    axe.run(document, { resultTypes: ['violations'] }).then(
      (r) => done(JSON.stringify(r.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      })))),
      (e) => done(JSON.stringify({ error: String(e) })),
    );
  });
  const parsed = JSON.parse(result);
  if (parsed.error) throw new Error(`axe failed: ${parsed.error}`);
  return parsed;
}

async function screenshot(name) {
  await browser.pause(300); // let the theme and fonts settle
  await browser.saveScreenshot(path.join(shotsDir, `${name}.png`));
}

test('the app opens on the home screen of a new, empty wallet', async () => {
  await waitForHeading(message('en', 'home-title'));
  const text = await browser.$('main').getText();
  assert.match(text, new RegExp(message('en', 'home-start-title')));
  assert.equal(await browser.getTitle(), `${message('en', 'nav-home')} – Passerelle`);
  // The wallet was created where XDG_DATA_HOME points.
  assert.ok(existsSync(path.join(app.dataHome, 'eu.passerelle.wallet', 'wallet.sqlite')));
});

test('switching to Dutch changes every heading and is kept in the wallet', async () => {
  await chooseLanguage('nl');
  await waitForHeading(message('nl', 'settings-title'));
  await go('home');
  await waitForHeading(message('nl', 'home-title'));
  const nav = await browser.$('nav').getText();
  assert.match(nav, new RegExp(message('nl', 'nav-trainings')));
  await screenshot('home-nl');
  // The choice is stored in the wallet: the command line reads it back.
  const cli = path.join(root, 'target', 'debug', 'passerelle');
  assert.ok(existsSync(cli), `${cli} is missing: build passerelle-cli first`);
  const out = execFileSync(cli, ['--wallet', path.join(app.dataHome, 'eu.passerelle.wallet'), 'settings', '--json']);
  assert.equal(JSON.parse(out.toString()).language, 'nl');
  await go('settings');
  await waitForHeading(message('nl', 'settings-title'));
  await screenshot('settings-nl');
});

test('axe-core finds no serious or critical accessibility issue', async () => {
  for (const route of ['home', 'settings', 'badges']) {
    await go(route);
    await heading();
    const violations = await axeViolations();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(serious, [], `axe on ${route}: ${JSON.stringify(serious, null, 2)}`);
  }
});

async function clickButton(text) {
  const button = await browser.$(`button=${text}`);
  await button.waitForClickable({ timeout: 10_000 });
  await button.click();
}

test('badges: samples, import with the picker, a badge page with its checklist', async () => {
  await chooseLanguage('en');
  await go('badges');
  await waitForHeading(message('en', 'badges-title'));
  await clickButton(message('en', 'badges-empty-samples'));
  await browser.waitUntil(async () => (await browser.$$('main article.card')).length === 4, {
    timeout: 20_000, timeoutMsg: 'the four sample badges never appeared',
  });
  const grid = await browser.$('main').getText();
  assert.match(grid, new RegExp(message('en', 'badges-status-verified')));
  assert.match(grid, new RegExp(message('en', 'badges-status-warning')));

  // Import through the (overridden) native picker: one imported, one refused.
  await clickButton(message('en', 'badges-import-button'));
  await browser.waitUntil(async () => (await browser.$$('main article.card')).length === 5, {
    timeout: 30_000, timeoutMsg: 'the picked badge was not imported',
  });
  const summary = await browser.$('section.summary');
  await summary.waitForDisplayed({ timeout: 10_000 });
  const summaryText = await summary.getText();
  assert.match(summaryText, /1 badge imported/);
  assert.match(summaryText, /tampered-subject-name\.png/);
  await screenshot('badges-en');
  let violations = await axeViolations();
  let serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious, [], `axe on the badge grid: ${JSON.stringify(serious, null, 2)}`);

  // The badge page lists the checks in words.
  const link = await browser.$('main article.card h3 a');
  const name = (await link.getText()).trim();
  await link.click();
  await waitForHeading(name);
  const page = await browser.$('main').getText();
  assert.match(page, new RegExp(message('en', 'badges-detail-checks-title')));
  await screenshot('badge-page-en');
  violations = await axeViolations();
  serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious, [], `axe on a badge page: ${JSON.stringify(serious, null, 2)}`);
});

test('profile: addresses typed in Settings are saved in the wallet, a wrong one is explained', async () => {
  await chooseLanguage('en');
  await waitForHeading(message('en', 'settings-title'));
  const name = await browser.$(`input[autocomplete="name"]`);
  await name.waitForEnabled({ timeout: 10_000 });
  await name.setValue('Amélie Dubois');
  const email = await browser.$('form input[type="email"]');
  await email.setValue('amelie@');
  await clickButton(message('en', 'settings-profile-save'));
  const alert = await browser.$('form [role="alert"]');
  await alert.waitForDisplayed({ timeout: 10_000 });
  assert.match(await alert.getText(), /is not an e-mail address/);
  await email.setValue('learner@example.org');
  await clickButton(message('en', 'settings-profile-save'));
  await browser.waitUntil(
    async () => (await browser.$('form [role="status"]').getText()).includes(message('en', 'settings-profile-saved')),
    { timeout: 10_000, timeoutMsg: 'the profile was never saved' },
  );
  await screenshot('settings-profile-en');
  const cli = path.join(root, 'target', 'debug', 'passerelle');
  const out = execFileSync(cli, ['--wallet', path.join(app.dataHome, 'eu.passerelle.wallet'), '--json', 'profile']);
  assert.deepEqual(JSON.parse(out.toString()), { name: 'Amélie Dubois', emails: ['learner@example.org'] });
});

test('every screen fits a 1024×700 window without horizontal scrolling', async () => {
  await browser.setWindowSize(1024, 700);
  try {
    for (const route of ['home', 'badges', 'skills', 'trainings', 'cv', 'review', 'settings']) {
      await go(route);
      await heading();
      const { scroll, client } = await browser.execute(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      assert.ok(scroll <= client, `${route}: content is ${scroll}px wide in a ${client}px window`);
    }
    await go('home');
    await screenshot('home-1024x700');
  } finally {
    await browser.setWindowSize(1280, 800);
  }
});

test('French and English screenshots, light and dark', async () => {
  await chooseLanguage('fr');
  await go('home');
  await waitForHeading(message('fr', 'home-title'));
  await screenshot('home-fr');
  await chooseLanguage('en');
  await go('home');
  await waitForHeading(message('en', 'home-title'));
  await screenshot('home-en');
  await go('settings');
  const dark = await browser.$('input[name="theme"][value="dark"]');
  await (await dark.parentElement()).click();
  await browser.waitUntil(
    async () => (await browser.execute(() => document.documentElement.dataset.theme)) === 'dark',
    { timeout: 10_000, timeoutMsg: 'the dark theme was not applied' },
  );
  await go('home');
  await heading();
  await screenshot('home-en-dark');
  const violations = await axeViolations();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious, [], `axe in dark theme: ${JSON.stringify(serious, null, 2)}`);
});
