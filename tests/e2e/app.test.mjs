// End-to-end test of the real desktop binary: start it on a throwaway wallet, switch
// the language to Dutch through Settings, check headings against locales/nl, audit
// accessibility with axe-core, and save screenshots.
//
// Run: xvfb-run node --test tests/e2e/app.test.mjs   (scripts/test does this)
// PASSERELLE_SCREENSHOTS=docs/screenshots writes the README's screenshots there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, existsSync, writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
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
const answers = mkdtempSync(path.join(os.tmpdir(), 'passerelle-e2e-'));
/** What the next file dialogs answer (see src-tauri/src/picker.rs). */
const pickFile = path.join(answers, 'pick');
const saveFile = path.join(answers, 'save');
let browser;

before(async () => {
  // The native file picker is replaced by these paths (PASSERELLE_TEST_PICK): one good
  // badge that is not among the samples, and one tampered badge that must be refused.
  const pick = ['valid-vc1-eddsa-rdfc-2022.json', 'tampered-subject-name.png']
    .map((f) => path.join(root, 'tests', 'fixtures', 'oracle', f)).join('\n');
  // The answers live in files (`@FILE`), so a test can change them between two dialogs.
  writeFileSync(pickFile, pick);
  writeFileSync(saveFile, '');
  app = await launch({
    env: {
      LANG: 'en_GB.UTF-8', LC_ALL: '', LANGUAGE: '',
      PASSERELLE_TEST_PICK: `@${pickFile}`, PASSERELLE_TEST_SAVE: `@${saveFile}`,
    },
  });
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
  assert.match(text, new RegExp(message('en', 'badges-empty-samples')));
  await screenshot('home-empty-en');
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

test('badges: sample data from the home screen, import with the picker, a badge page with its checklist', async () => {
  await chooseLanguage('en');
  // The empty home screen offers sample data: DEMO badges, a self-declared skill and
  // its endorsement, and the four sample badges.
  await go('home');
  await waitForHeading(message('en', 'home-title'));
  await clickButton(message('en', 'badges-empty-samples'));
  await browser.waitUntil(async () => !(await browser.$('main').getText()).includes(message('en', 'home-start-title')), {
    timeout: 30_000, timeoutMsg: 'the home screen still says the wallet is empty',
  });
  // Three DEMO badges and four samples; one self-declared skill; one endorsement.
  const counts = await browser.$('main ul.counts').getText();
  assert.match(counts, /7[\s\S]*1[\s\S]*1/, counts);
  await go('badges');
  await waitForHeading(message('en', 'badges-title'));
  await browser.waitUntil(async () => (await browser.$$('main article.card')).length === 8, {
    timeout: 20_000, timeoutMsg: 'the seven sample badges and the self-declared skill never appeared',
  });
  const grid = await browser.$('main').getText();
  assert.match(grid, new RegExp(message('en', 'badges-status-verified')));
  assert.match(grid, new RegExp(message('en', 'badges-status-warning')));

  // Import through the (overridden) native picker: one imported, one refused.
  await clickButton(message('en', 'badges-import-button'));
  await browser.waitUntil(async () => (await browser.$$('main article.card')).length === 9, {
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

/** Open the page of the sample self-declared skill, which a DEMO counsellor endorsed. */
async function openEndorsedSkill(lang) {
  await go('badges');
  await waitForHeading(message(lang, 'badges-title'));
  await browser.waitUntil(async () => (await browser.$$('main article.card .endorsements')).length === 1, {
    timeout: 10_000, timeoutMsg: 'no endorsed card in the grid',
  });
  const card = await browser.$('main article.card .endorsements').parentElement().parentElement();
  const link = await card.$('h3 a');
  const name = (await link.getText()).trim();
  await link.click();
  await waitForHeading(name);
}

test('a badge page lists who endorsed it and what they said', async () => {
  await openEndorsedSkill('en');
  const section = await browser.$('main section[aria-labelledby="badge-endorsements"]');
  await section.waitForDisplayed({ timeout: 10_000 });
  const text = await section.getText();
  assert.match(text, new RegExp(message('en', 'badges-detail-endorsements')));
  assert.match(text, /DEMO counsellor — not a real person/);
  assert.match(text, /meeting minutes/);
  assert.match(await browser.$('main').getText(), new RegExp(message('en', 'badges-kind-self-declared')));
  await fullScreenshot('badge-endorsed-en');
  const violations = await axeViolations();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious, [], `axe on an endorsed badge page: ${JSON.stringify(serious, null, 2)}`);

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
  // A language with its CEFR level, and where Amélie lives.
  await clickButton(message('en', 'settings-profile-add-language'));
  const language = await browser.$(`select[aria-label="${filled('en', 'settings-profile-language-label', { number: 1 })}"]`);
  await language.selectByAttribute('value', 'nl');
  const level = await browser.$(`select[aria-label="${filled('en', 'settings-profile-level-label', { number: 1 })}"]`);
  await level.selectByAttribute('value', 'B2');
  await (await browser.$('select[name="region"]')).selectByAttribute('value', 'FR-HDF');
  await (await browser.$('input[autocomplete="address-level2"]')).setValue('Roubaix');
  await (await browser.$('input[autocomplete="postal-code"]')).setValue('59100');
  await clickButton(message('en', 'settings-profile-save'));
  await browser.waitUntil(
    async () => (await browser.$('form [role="status"]').getText()).includes(message('en', 'settings-profile-saved')),
    { timeout: 10_000, timeoutMsg: 'the profile was never saved' },
  );
  await browser.execute(() => window.scrollTo(0, 0));
  await fullScreenshot('settings-profile-en');
  const cli = path.join(root, 'target', 'debug', 'passerelle');
  const out = execFileSync(cli, ['--wallet', path.join(app.dataHome, 'eu.passerelle.wallet'), '--json', 'profile']);
  const saved = JSON.parse(out.toString());
  assert.deepEqual(
    [saved.name, saved.emails, saved.languages, saved.region, saved.municipality, saved.postcode],
    ['Amélie Dubois', ['learner@example.org'], [{ language: 'nl', level: 'B2' }], 'FR-HDF', 'Roubaix', '59100'],
  );
});

/** Screenshot the whole of a tall screen: the window grows to the page's height for it. */
async function fullScreenshot(name) {
  const height = await browser.execute(() => document.documentElement.scrollHeight);
  await browser.setWindowSize(1280, Math.min(Math.max(height, 800), 4000));
  // Let the page lay itself out again at the new size before the picture is taken.
  await browser.pause(700);
  try {
    await screenshot(name);
  } finally {
    await browser.setWindowSize(1280, 800);
  }
}

/** The form of "Declare a skill", by the name of a field. */
const field = (name) => browser.$(`main form [name="${name}"]`);

test('skills: declare E.2 at level 3 in the form, sign it, see it as self-declared, read it with the CLI', async () => {
  await chooseLanguage('en');
  await go('skills');
  await waitForHeading(message('en', 'skills-title'));
  // The wallet holds the sample data of the tests above: one self-declared skill, E.4.
  await browser.waitUntil(async () => (await browser.$('main').getText()).includes('E.4'), {
    timeout: 10_000, timeoutMsg: 'the sample self-declared skill (E.4) is not listed',
  });

  // Search by words: e-CF competences, and ESCO skills for reference with the ESCO attribution.
  const box = await browser.$('main input[role="combobox"]');
  await box.waitForEnabled({ timeout: 10_000 });
  await box.click();
  await box.setValue('project');
  await browser.waitUntil(async () => (await browser.$$('main [role="option"]')).length > 1, {
    timeout: 10_000, timeoutMsg: 'no competence found for "project"',
  });
  const popup = await browser.$('main [role="listbox"]').parentElement();
  assert.match(await popup.getText(), new RegExp(message('en', 'skills-esco-attribution')));
  assert.equal(await browser.$('main [role="option"][aria-disabled="true"]').isExisting(), true);
  await screenshot('skills-search-en');

  // By code, chosen with the keyboard.
  await box.setValue('E.2');
  await browser.waitUntil(async () => (await browser.$('main [role="option"]').getText()).startsWith('E.2'), {
    timeout: 10_000, timeoutMsg: 'E.2 was not offered first',
  });
  await browser.keys(['ArrowDown']);
  await browser.keys(['Enter']);
  await browser.waitUntil(async () => (await box.getValue()) === 'E.2 Project and Portfolio Management', {
    timeout: 10_000, timeoutMsg: `E.2 was not chosen (the box says "${await box.getValue()}")`,
  });

  // E.2 has the levels e-2 to e-5 only.
  const levelOne = await browser.$('main input[type="radio"][value="1"]');
  const levelThree = await browser.$('main input[type="radio"][value="3"]');
  await levelThree.waitForEnabled({ timeout: 10_000 });
  assert.equal(await levelOne.isEnabled(), false);
  await (await levelThree.parentElement()).click();
  assert.equal(await levelThree.isSelected(), true);

  await (await field('narrative-en')).setValue(
    'I moved the website of our neighbourhood association to a new host: I planned the work, '
      + 'shared it among three volunteers and kept the old site online until the switch.',
  );
  await (await field('place')).setValue('Maison de quartier Fives, Lille (volunteer)');
  await (await field('period')).setValue('2023–2024');
  await (await field('teamSize')).setValue('4');
  await (await field('outcome')).setValue('The new site went online on time, with no day offline.');
  await (await field('link')).setValue('https://example.org/fives-website');

  // The CI machine has no keyring: the key goes to a file, protected by a passphrase.
  const passphrase = 'trois vélos sous la pluie';
  const fileStore = await (await field('passphrase')).isExisting();
  if (fileStore) {
    await (await field('passphrase')).setValue(passphrase);
    if (await (await field('passphrase-again')).isExisting()) await (await field('passphrase-again')).setValue(passphrase);
  } else {
    assert.match(await browser.$('main form').getText(), new RegExp(message('en', 'skills-key-os')));
  }
  await fullScreenshot('skills-declare-en');
  let violations = await axeViolations();
  let serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious, [], `axe on the skills form: ${JSON.stringify(serious, null, 2)}`);

  // A look at Settings to switch to French loses nothing; the competence follows the language.
  await chooseLanguage('fr');
  await go('skills');
  await waitForHeading(message('fr', 'skills-title'));
  await browser.waitUntil(async () => (await box.getValue()) === 'E.2 Gestion de projets et de portefeuilles', {
    timeout: 10_000, timeoutMsg: `the competence was not shown in French ("${await box.getValue()}")`,
  });
  assert.equal(await browser.$('main input[type="radio"][value="3"]').isSelected(), true);
  await clickButton('Ajouter le même texte en français');
  await (await field('narrative-fr')).setValue(
    'J’ai transféré le site de notre association de quartier chez un nouvel hébergeur : j’ai planifié '
      + 'le travail, je l’ai réparti entre trois bénévoles et j’ai gardé l’ancien site en ligne jusqu’à la bascule.',
  );
  // The passphrase is never kept when one leaves the screen: type it again.
  if (fileStore) {
    await (await field('passphrase')).setValue(passphrase);
    if (await (await field('passphrase-again')).isExisting()) await (await field('passphrase-again')).setValue(passphrase);
  }
  await fullScreenshot('skills-declare-fr');

  await clickButton(message('fr', 'skills-save'));
  const link = await browser.$('main').$(`a=${message('fr', 'skills-saved-link')}`);
  await link.waitForDisplayed({ timeout: 60_000 });
  const item = await browser.$('main section').$('li*=E.2');
  await item.waitForDisplayed({ timeout: 10_000 });
  const itemText = await item.getText();
  assert.match(itemText, new RegExp(message('fr', 'skills-kind')));
  assert.match(itemText, /E\.2/);
  if (fileStore) {
    assert.match(await browser.$('main form').getText(), new RegExp(message('fr', 'skills-key-unlocked')));
  }
  await fullScreenshot('skills-saved-fr');
  violations = await axeViolations();
  serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious, [], `axe after saving a skill: ${JSON.stringify(serious, null, 2)}`);

  // The command line reads the same wallet: the sample E.4 and the new E.2 at e-3.
  const cli = path.join(root, 'target', 'debug', 'passerelle');
  const out = execFileSync(cli, ['--wallet', path.join(app.dataHome, 'eu.passerelle.wallet'), '--json', 'list']);
  const declared = JSON.parse(out.toString()).filter((i) => i.kind === 'self-declared');
  assert.equal(declared.length, 2, out.toString());
  const e2 = declared.find((i) => /E\.2/.test(i.name));
  assert.ok(e2, out.toString());
  assert.match(e2.name, /e-3/);
  if (fileStore) {
    assert.ok(existsSync(path.join(app.dataHome, 'eu.passerelle.wallet', 'keys', 'holder.key')), 'no key file');
  }

  // Its page says it is self-declared.
  await link.click();
  await heading();
  assert.match(await browser.$('main').getText(), /E\.2/);
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

/** A one-line message of locales/<lang>/ui.ftl with its placeables filled in. */
function filled(lang, id, args) {
  return message(lang, id).replace(/\{ \$(\w+) \}/g, (_, name) => String(args[name]));
}

/** The text of the Review chart's row for an e-CF competence (SVG: read from the DOM). */
const chartRow = (code) =>
  browser.execute(
    (c) => document.querySelector(`main svg[role="img"] g.row[data-code="${c}"]`)?.textContent ?? null,
    code,
  );

test('review: E.2 against the ICT project manager profile, an appointment note, in English and Dutch', async () => {
  // Back to the light theme for these screenshots (the test above chose dark).
  await chooseLanguage('en');
  const light = await browser.$('input[name="theme"][value="light"]');
  await (await light.parentElement()).click();
  await browser.waitUntil(
    async () => (await browser.execute(() => document.documentElement.dataset.theme)) === 'light',
    { timeout: 10_000, timeoutMsg: 'the light theme was not applied' },
  );

  await go('review');
  await waitForHeading(message('en', 'review-title'));
  // A DEMO badge and the skills test both show E.2 at e-3; the profile aims at e-4.
  await browser.waitUntil(async () => (await chartRow('E.2')) !== null, {
    timeout: 15_000, timeoutMsg: 'the chart has no row for E.2',
  });
  const e2 = await chartRow('E.2');
  assert.ok(e2.includes(filled('en', 'review-chart-levels', { current: 'e-3', target: 'e-4' })), e2);
  assert.ok(e2.includes(message('en', 'review-support-verified-badge')), e2);
  // The sample E.4 skill is self-declared, and endorsed by the DEMO counsellor.
  assert.ok((await chartRow('E.4')).includes(message('en', 'review-support-endorsed')), await chartRow('E.4'));
  const rows = await browser.execute(() => document.querySelectorAll('main svg[role="img"] g.row').length);
  assert.equal(rows, 7, 'the ICT project manager profile has seven competences');
  // The same figures for screen readers, in a table.
  const tableRow = await browser.execute(() =>
    [...document.querySelectorAll('main table tbody tr')].find((r) => r.textContent.includes('E.2'))?.textContent);
  assert.match(tableRow, /e-4\s*e-3/);
  // Private fields stay private: the holder's name, never the e-mail addresses.
  const page = await browser.execute(() => document.querySelector('main').textContent);
  assert.match(page, /Amélie Dubois/);
  assert.doesNotMatch(page, /learner@example\.org/);

  // A note: an empty name is explained next to the form, then it is saved.
  const note = await browser.$('main form [name="note"]');
  await note.setValue('Next step: a risk management (E.3) training in Kortrijk or Lille before June.');
  await clickButton(message('en', 'review-notes-save'));
  const alert = await browser.$('main form [role="alert"]');
  await browser.waitUntil(async () => (await alert.getText()).includes('Say who is writing the note.'), {
    timeout: 10_000, timeoutMsg: 'the missing counsellor name was not explained',
  });
  assert.equal(await browser.$('main form [name="counsellor"]').getAttribute('aria-invalid'), 'true');
  await (await browser.$('main form [name="counsellor"]')).setValue('Julie Martin, Forem Mons');
  await clickButton(message('en', 'review-notes-save'));
  await browser.waitUntil(
    async () => (await browser.$('main form [role="status"]').getText()).includes(message('en', 'review-notes-saved')),
    { timeout: 10_000, timeoutMsg: 'the note was never saved' },
  );
  const notes = await browser.$('main ol');
  assert.match(await notes.getText(), /Julie Martin, Forem Mons/);
  assert.match(await notes.getText(), /risk management \(E\.3\) training/);
  await browser.execute(() => window.scrollTo(0, 0));
  await fullScreenshot('review-en');
  const violations = await axeViolations();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious, [], `axe on the review: ${JSON.stringify(serious, null, 2)}`);

  // In Dutch: the competences and the words follow; the note is still there.
  await chooseLanguage('nl');
  await go('review');
  await waitForHeading(message('nl', 'review-title'));
  const expected = filled('nl', 'review-chart-levels', { current: 'e-3', target: 'e-4' });
  await browser.waitUntil(async () => (await chartRow('E.2'))?.includes(expected), {
    timeout: 15_000, timeoutMsg: `the E.2 row never said "${expected}"`,
  });
  assert.match(await chartRow('E.2'), /Project- en portfoliomanagement/);
  assert.match(await browser.$('main ol').getText(), /Julie Martin, Forem Mons/);
  await browser.execute(() => window.scrollTo(0, 0));
  await fullScreenshot('review-nl');
});

test('review: a counsellor endorses the learner’s E.2 with their own key file, in French', async () => {
  // The counsellor's own wallet and key, made with the command line; the key travels as a file.
  const cli = path.join(root, 'target', 'debug', 'passerelle');
  const keyFile = path.join(answers, 'julie-martin.key');
  const passphrase = 'un vélo bleu à Mons';
  execFileSync(cli, ['--wallet', path.join(answers, 'counsellor-wallet'), 'keys', 'export', '--out', keyFile], {
    env: { ...process.env, PASSERELLE_KEYSTORE: 'file', PASSERELLE_PASSPHRASE: passphrase },
  });
  writeFileSync(pickFile, keyFile);

  await chooseLanguage('fr');
  await go('review');
  await waitForHeading(message('fr', 'review-title'));
  // The E.2 skill the learner declared in the skills test (self-declared, not yet endorsed).
  const endorse = await browser.$('main li[data-code="E.2"] button[aria-label*="Gestion de projets et de portefeuilles"]');
  await endorse.waitForClickable({ timeout: 15_000 });
  await endorse.click();
  await clickButton(message('fr', 'review-endorse-held-key-choose'));
  await browser.waitUntil(async () => (await browser.$('main form.held').getText()).includes('julie-martin.key'), {
    timeout: 10_000, timeoutMsg: 'the key file was not taken',
  });
  await (await browser.$('main form.held [name="passphrase"]')).setValue(passphrase);
  await (await browser.$('main form.held [name="endorser"]')).setValue('Julie Martin, Forem Mons');
  await (await browser.$('main form.held [name="comment"]')).setValue(
    'Nous avons relu ensemble le planning et les comptes rendus de la migration du site : le travail est bien le sien.',
  );
  await browser.execute(() => document.querySelector('main form.held')?.scrollIntoView({ block: 'center' }));
  await screenshot('review-endorse-fr');
  await clickButton(message('fr', 'review-endorse-held-sign'));
  await browser.waitUntil(async () => (await browser.$('main li[data-code="E.2"]').getText()).includes('Julie Martin, Forem Mons'), {
    timeout: 60_000, timeoutMsg: 'the endorsement never appeared in the portfolio',
  });
  const violations = await axeViolations();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious, [], `axe on the review after endorsing: ${JSON.stringify(serious, null, 2)}`);

  // The skill's page now lists the endorsement, in French.
  const link = await browser.$('main li[data-code="E.2"]').$('a*=Gestion de projets et de portefeuilles');
  const name = (await link.getText()).trim();
  await link.click();
  await waitForHeading(name);
  const section = await browser.$('main section[aria-labelledby="badge-endorsements"]');
  await section.waitForDisplayed({ timeout: 10_000 });
  const text = await section.getText();
  assert.match(text, new RegExp(message('fr', 'badges-detail-endorsements')));
  assert.match(text, /Julie Martin, Forem Mons/);
  assert.match(text, /le travail est bien le sien/);
  // A self-declared skill's page speaks of what was done, not of a badge to earn.
  const page = await browser.$('main').getText();
  assert.match(page, new RegExp(message('fr', 'badges-detail-what-was-done')));
  assert.doesNotMatch(page, new RegExp(message('fr', 'badges-detail-criteria')));
  await browser.execute(() => window.scrollTo(0, 0));
  await fullScreenshot('badge-endorsed-fr');

  // The command line sees it too: the E.2 skill carries one endorsement.
  const out = execFileSync(cli, ['--wallet', path.join(app.dataHome, 'eu.passerelle.wallet'), '--json', 'list']);
  const e2 = JSON.parse(out.toString()).find((i) => i.kind === 'self-declared' && /E\.2/.test(i.name));
  assert.equal(e2.endorsements.length, 1, out.toString());
});

test('trainings: recommendations with reasons, the plan, an offer page, in English and Dutch', async () => {
  // By now the wallet holds the demo data and a profile in Roubaix (FR-HDF) speaking Dutch at B2.
  await chooseLanguage('en');
  await go('trainings');
  await waitForHeading(message('en', 'trainings-title'));
  const firstCard = await browser.$('main article[data-offer]');
  await firstCard.waitForDisplayed({ timeout: 20_000 });
  const notice = await browser.$('main [role="note"]').getText();
  assert.equal(notice.trim(), message('en', 'trainings-sample-notice'));
  // Every recommendation says why, as a list of reasons.
  const reasons = await browser.execute(() =>
    [...document.querySelectorAll('main article[data-offer]')].map((a) => a.querySelectorAll('li').length));
  assert.ok(reasons.length > 0 && reasons.every((n) => n > 0), JSON.stringify(reasons));
  // Offers from Belgium are marked as a chance across the border.
  const marked = await browser.execute(() => document.querySelectorAll('main article[data-offer] .border-chance').length);
  assert.ok(marked > 0, 'no cross-border offer is marked');
  // The best ten first; the rest on demand.
  assert.equal(reasons.length, 10);
  await clickButton(filled('en', 'trainings-list-show-all', { count: await browser.execute(() =>
    Number(document.querySelector('main section[aria-labelledby$="-list"] .text-muted')?.textContent.match(/\d+/)?.[0])) }));
  await browser.waitUntil(async () => (await browser.$$('main article[data-offer]')).length > 10, {
    timeout: 10_000, timeoutMsg: 'the whole list never appeared',
  });
  // The map of the Eurometropole, drawn from the bundled coordinates.
  await browser.execute(() => document.querySelector('main svg[role="img"]')?.scrollIntoView({ block: 'center' }));
  await screenshot('trainings-map-en');
  const trainingViolations = await axeViolations();
  const seriousOnList = trainingViolations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(seriousOnList, [], `axe on the trainings: ${JSON.stringify(seriousOnList, null, 2)}`);

  // Add the first one to the plan: the button says so, and "My plan" lists it.
  const offerId = await firstCard.getAttribute('data-offer');
  const add = await firstCard.$(`button=${message('en', 'trainings-add-to-plan')}`);
  await add.click();
  await browser.waitUntil(async () => (await firstCard.$('button[aria-pressed="true"]').isExisting()), {
    timeout: 10_000, timeoutMsg: 'the offer never showed as in the plan',
  });
  const planLink = await browser.$(`main a[href="#/trainings/${encodeURIComponent(offerId)}"]`);
  assert.ok(await planLink.isExisting());
  await browser.execute(() => window.scrollTo(0, 0));
  await fullScreenshot('trainings-en');

  // The offer page: its title, sessions, who pays, and that it is in the plan.
  const title = await (await firstCard.$('h3 a')).getText();
  await (await firstCard.$('h3 a')).click();
  await waitForHeading(title);
  const page = await browser.$('main').getText();
  assert.match(page, new RegExp(message('en', 'trainings-offer-sessions')));
  assert.match(page, new RegExp(message('en', 'trainings-offer-funding')));
  assert.ok(await browser.$(`main button[aria-pressed="true"]`).isExisting(), 'the offer page does not say it is in the plan');
  await fullScreenshot('training-offer-en');
  const violations = await axeViolations();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious, [], `axe on the offer page: ${JSON.stringify(serious, null, 2)}`);

  // In Dutch: the list, its reasons and the plan speak Dutch.
  await chooseLanguage('nl');
  await go('trainings');
  await waitForHeading(message('nl', 'trainings-title'));
  await (await browser.$('main article[data-offer]')).waitForDisplayed({ timeout: 20_000 });
  assert.equal((await browser.$('main [role="note"]').getText()).trim(), message('nl', 'trainings-sample-notice'));
  await browser.waitUntil(async () => (await browser.$('main').getText()).includes(message('nl', 'trainings-in-plan')), {
    timeout: 10_000, timeoutMsg: 'the plan is not shown in Dutch',
  });
  await browser.execute(() => window.scrollTo(0, 0));
  await fullScreenshot('trainings-nl');
});

test('CV & export: a Dutch CV from French screens, its preview, the PDF and a badge bundle another wallet imports', async () => {
  const cli = path.join(root, 'target', 'debug', 'passerelle');
  const wallet = path.join(app.dataHome, 'eu.passerelle.wallet');
  // What the CV says, written with the command line while the app is open (the wallet is
  // shared): the target job in French and English only, so the Dutch CV falls back visibly.
  const content = {
    phone: '+33 6 12 34 56 78',
    targetJob: { en: 'ICT project manager', fr: 'Cheffe de projet informatique', nl: '' },
    summary: {
      en: 'Eight years coordinating volunteers and small IT projects.',
      fr: 'Huit ans à coordonner des bénévoles et de petits projets informatiques.',
      nl: 'Acht jaar vrijwilligers en kleine IT-projecten gecoördineerd.',
    },
    experience: [{
      start: '2019-03', end: '', organisation: 'Repair Café Roubaix', place: 'Roubaix',
      title: { en: 'Volunteer coordinator', fr: 'Coordinatrice bénévole', nl: 'Vrijwilligerscoördinator' },
      description: { en: 'Moved 40 volunteers to a shared booking tool.', fr: '', nl: '' },
    }],
    education: [{
      start: '2011-09', end: '2014-06', organisation: 'Université de Lille', place: 'Lille',
      title: { en: 'Bachelor in logistics', fr: 'Licence de logistique', nl: 'Bachelor logistiek' },
      description: { en: '', fr: '', nl: '' },
    }],
    digitalSkills: ['Jira', 'MS Project', '#panic()'],
  };
  const contentFile = path.join(answers, 'cv.json');
  writeFileSync(contentFile, JSON.stringify(content));
  execFileSync(cli, ['--wallet', wallet, 'cv', 'set', contentFile]);

  await chooseLanguage('fr');
  await go('cv');
  await waitForHeading(message('fr', 'cv-title'));
  // The CV in Dutch while the screens stay in French.
  const dutch = await browser.$("main").$(`label*=${message('fr', 'cv-language-nl')}`);
  await dutch.waitForDisplayed({ timeout: 10_000 });
  await dutch.click();
  await browser.waitUntil(async () => browser.execute(() => {
    const img = document.querySelector('main img[alt]');
    return Boolean(img && img.complete && img.naturalWidth > 300 && img.closest('[aria-busy="true"]') === null);
  }), { timeout: 30_000, timeoutMsg: 'the preview of the Dutch CV never appeared' });
  const alt = await browser.$('main img[alt]').getAttribute('alt');
  assert.match(alt, /néerlandais/i, alt);
  // The larger preview, beside the editor, for the screenshot.
  await clickButton(message('fr', 'cv-preview-larger'));
  await browser.waitUntil(async () => browser.execute(() => {
    const img = document.querySelector('main img[alt]');
    return Boolean(img && img.complete && img.naturalWidth >= 900 && img.closest('[aria-busy="true"]') === null);
  }), { timeout: 30_000, timeoutMsg: 'the larger preview was never drawn' });
  await browser.execute(() => document.querySelector('main img[alt]').decode());
  await browser.execute(() => window.scrollTo(0, 0));
  await screenshot('cv-fr');

  // The PDF: the save dialog answers with a path; the file is a real Dutch CV.
  const pdf = path.join(answers, 'cv-nl.pdf');
  writeFileSync(saveFile, pdf);
  await clickButton(message('fr', 'cv-export-pdf'));
  await browser.waitUntil(() => existsSync(pdf), { timeout: 30_000, timeoutMsg: 'the PDF was not written' });
  await browser.waitUntil(async () => (await browser.$('main').getText()).includes('cv-nl.pdf'), {
    timeout: 10_000, timeoutMsg: 'the screen does not say where the PDF went',
  });
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString();
  assert.match(text, new RegExp(message('nl', 'cvdoc-competences', 'cv.ftl'), 'i'));
  assert.match(text, /Vrijwilligerscoördinator/);
  assert.match(text, /niet vertaald, in het Engels/);
  assert.match(text, /#panic\(\)/);

  // The badge bundle, signed with the wallet's key; another wallet imports it.
  const zip = path.join(answers, 'badges.zip');
  writeFileSync(saveFile, zip);
  await clickButton(message('fr', 'cv-export-bundle'));
  await browser.waitUntil(() => existsSync(zip), { timeout: 60_000, timeoutMsg: 'the bundle was not written' });
  await browser.waitUntil(async () => (await browser.$('main').getText()).includes('badges.zip'), {
    timeout: 10_000, timeoutMsg: 'the screen does not say where the bundle went',
  });
  const other = path.join(answers, 'employer-wallet');
  const imported = JSON.parse(execFileSync(cli, ['--wallet', other, '--json', 'import', zip]).toString());
  const outcomes = imported.map((r) => r.outcome);
  assert.ok(outcomes.filter((o) => o === 'imported').length >= 3, JSON.stringify(imported));
  assert.ok(outcomes.every((o) => o === 'imported' || o === 'endorsement'), JSON.stringify(outcomes));

  const violations = await axeViolations();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious, [], `axe on the CV screen: ${JSON.stringify(serious, null, 2)}`);

  // In English, the same screen with the English CV.
  await chooseLanguage('en');
  await go('cv');
  await waitForHeading(message('en', 'cv-title'));
  await (await browser.$("main").$(`label*=${message('en', 'cv-language-en')}`)).click();
  await browser.waitUntil(async () => browser.execute(() => {
    const img = document.querySelector('main img[alt]');
    return Boolean(img && img.complete && img.naturalWidth > 300 && img.alt.includes('English')
      && img.closest('[aria-busy="true"]') === null);
  }), { timeout: 30_000, timeoutMsg: 'the preview of the English CV never appeared' });
  await browser.execute(() => document.querySelector('main img[alt]').decode());
  await browser.execute(() => window.scrollTo(0, 0));
  await screenshot('cv-en');
});
