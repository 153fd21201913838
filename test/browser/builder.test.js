// The embed builder (demo/builder.html, its app bundled from
// demo/src/builder-app.js into demo/build/ by rollup.demo.config.js), loaded
// in an <iframe> the way demo-pages.test.js loads every demo page, and driven
// the way a reader drives it: real key presses into the occupation combobox,
// its ARIA state read back, the live <career-compare> and the two snippets
// checked after every change. Run `npm run build` first.
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { deepText, frames, openFrame, placeInView, press, sleep, until } from './helpers.js';

const PAGE_URL = new URL('../../demo/builder.html', import.meta.url).href;
const CDN_SCRIPT = 'https://cdn.jsdelivr.net/npm/career-compare@0.1/dist/career-compare.js';

const type = (text) => sendKeys({ type: text });

let iframe;

/** The builder in an iframe `width` px wide, once its app has run and the widget has rendered. */
async function openBuilder(width = 1024) {
  await openFrame((frame) => {
    iframe = frame; // set at once, so that afterEach removes it even if it never loads
    frame.title = 'embed builder under test';
    frame.allow = 'clipboard-read; clipboard-write';
    placeInView(frame, width, 800);
    frame.src = PAGE_URL;
  });
  const win = iframe.contentWindow;
  const doc = iframe.contentDocument;
  const script = await fetch(new URL('../../demo/build/builder-app.js', import.meta.url), { cache: 'no-store' });
  if (!script.ok) throw new Error('demo/build/builder-app.js is missing: run `npm run build` first');
  await until(() => doc.getElementById('script-code')?.textContent.includes('29-1292'), 'the builder app to run');
  const preview = doc.getElementById('preview');
  await until(() => win.customElements.get('career-compare'), '<career-compare> to be defined');
  await until(() => deepText(preview).includes('Dental Hygienists'), 'the preview to show its careers');
  return page(win, doc);
}

/** The parts of the page the tests read, by role and id. */
function page(win, doc) {
  const input = doc.getElementById('occupation-search');
  const byId = (id) => doc.getElementById(id);
  return {
    win,
    doc,
    input,
    listbox: byId(input.getAttribute('aria-controls')),
    preview: byId('preview'),
    options: () => [...doc.querySelectorAll('[role="listbox"] [role="option"]')],
    chips: () => [...byId('picks').children],
    chipTitles: () => [...byId('picks').querySelectorAll('.chip-title')].map((title) => title.textContent),
    removeButton: (title) =>
      [...byId('picks').querySelectorAll('button')].find((button) => button.textContent.trim() === `×Remove ${title}`),
    searchStatus: () => byId('search-status').textContent.trim(),
    picksStatus: () => byId('picks-status').textContent.trim(),
    copyStatus: () => byId('copy-status').textContent.trim(),
    scriptSnippet: () => byId('script-code').textContent,
    npmSnippet: () => byId('npm-code').textContent,
    field: (name, value) => doc.querySelector(`input[name="${name}"][value="${value}"]`),
  };
}

/** Puts keyboard focus in the search box, as a reader's Tab would. */
async function focusSearch(p) {
  p.win.focus();
  p.input.focus();
  expect(p.doc.activeElement).to.equal(p.input);
  // Let the frame settle before keys arrive: WebKit under load otherwise loses the first one.
  await frames(p.win);
}

/** Types `text` into the search box and waits for the suggestions to be shown. */
async function searchFor(p, text) {
  await focusSearch(p);
  await type(text);
  await until(
    () => p.input.getAttribute('aria-expanded') === 'true' && p.options().length > 0,
    `suggestions for "${text}"`,
  ).catch((error) => {
    throw new Error(
      `${error.message} (box: "${p.input.value}", status: "${p.searchStatus()}", focus: ${p.doc.activeElement?.id})`,
    );
  });
  await until(() => /\d+ suggestions?/.test(p.searchStatus()), 'the live region to say how many');
}

/**
 * Adds `title` from the suggestions for `text` with ArrowDown (as many times
 * as it takes) and Enter. Queries are single words: WebKit's WebDriver now and
 * then drops a typed space.
 */
async function addByKeyboard(p, text, title) {
  await searchFor(p, text);
  const index = p.options().findIndex((option) => option.querySelector('.option-title').textContent === title);
  expect(index, `"${title}" is suggested for "${text}"`).to.be.at.least(0);
  for (let i = 0; i <= index; i++) await press('ArrowDown');
  expect(p.input.getAttribute('aria-activedescendant')).to.equal(p.options()[index].id);
  await press('Enter');
  await until(() => p.chipTitles().includes(title), `a chip for ${title}`);
}

/**
 * The system clipboard's text: read directly where the engine allows it
 * (Firefox), else pasted with Ctrl+V into a scratch textarea (Chromium and
 * WebKit refuse readText() to a test page).
 */
async function clipboardText(p) {
  const read = await p.win.navigator.clipboard.readText().catch(() => undefined);
  if (read !== undefined) return read;
  const area = p.doc.createElement('textarea');
  area.setAttribute('aria-label', 'paste target');
  p.doc.body.append(area);
  try {
    p.win.focus();
    area.focus();
    if (/Chrome\/|Firefox\//.test(navigator.userAgent)) await press('Control+V');
    else await type('\uE009v'); // WebDriver: Control's code point held down with v
    return await until(() => area.value, 'the pasted text');
  } finally {
    area.remove();
  }
}

/** The click that changes a control, and a frame for the app to react. */
async function change(p, control) {
  control.click();
  await frames(p.win);
}

describe('demo/builder.html: the embed builder', function () {
  this.timeout(90_000);

  afterEach(() => {
    iframe?.remove();
    iframe = undefined;
  });

  it('starts with two occupations, a combobox with a label, and both snippets', async () => {
    const p = await openBuilder();
    const { input, listbox, doc } = p;
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-autocomplete')).to.equal('list');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(listbox.getAttribute('role')).to.equal('listbox');
    expect(listbox.hidden).to.equal(true);
    const label = doc.querySelector(`label[for="${input.id}"]`);
    expect(label.textContent.trim()).to.equal('Find an occupation by name');
    expect(label.getBoundingClientRect().height, 'the label is visible').to.be.above(0);
    expect(doc.getElementById('search-status').getAttribute('role')).to.equal('status');

    expect(p.chipTitles()).to.deep.equal(['Dental Hygienists', 'Dental Assistants']);
    for (const title of p.chipTitles()) {
      const button = p.removeButton(title);
      expect(button, `a Remove button for ${title}`).to.exist;
      expect(button.localName).to.equal('button');
      expect(button.type).to.equal('button');
    }
    expect(p.preview.getAttribute('careers')).to.equal('29-1292 31-9091');
    for (const name of ['views', 'rows', 'theme', 'locale']) {
      expect(p.preview.hasAttribute(name), `no ${name} attribute at its default`).to.equal(false);
    }
    // The element reflects its own default pay; the builder sets none.
    expect(p.preview.getAttribute('pay') ?? 'annual').to.equal('annual');

    const script = p.scriptSnippet();
    expect(script).to.include(`<script type="module" src="${CDN_SCRIPT}"></script>`);
    expect(script).to.include('<career-compare careers="29-1292 31-9091">');
    expect(script).to.include('<!-- Compares: Dental Hygienists (29-1292), Dental Assistants (31-9091) -->');
    expect(script).to.include('</career-compare>');
    const npm = p.npmSnippet();
    expect(npm).to.include('npm install career-compare');
    expect(npm).to.include("import 'career-compare/compare';");
    expect(npm).to.include('<career-compare careers="29-1292 31-9091">');
    // The snippets are text: nothing in them became an element.
    for (const id of ['script-code', 'npm-code']) expect(doc.getElementById(id).childElementCount).to.equal(0);
  });

  it('suggests occupations as you type, says how many, and moves through them with the arrow keys', async () => {
    const p = await openBuilder();
    await searchFor(p, 'hygienist');
    const options = p.options();
    expect(p.listbox.hidden).to.equal(false);
    expect(p.searchStatus()).to.equal(`${options.length} ${options.length === 1 ? 'suggestion' : 'suggestions'}`);
    expect(options[0].querySelector('.option-title').textContent).to.equal('Dental Hygienists');
    expect(options[0].textContent).to.include('also called: Hygienist');
    expect(options[0].textContent).to.include('29-1292');
    // Already compared: shown, but marked so.
    expect(options[0].getAttribute('aria-disabled')).to.equal('true');
    expect(options.length).to.be.above(1);

    expect(p.input.hasAttribute('aria-activedescendant')).to.equal(false);
    await press('ArrowDown');
    expect(p.input.getAttribute('aria-activedescendant')).to.equal(options[0].id);
    expect(options[0].getAttribute('aria-selected')).to.equal('true');
    await press('ArrowDown');
    expect(p.input.getAttribute('aria-activedescendant')).to.equal(options[1].id);
    expect(options[0].getAttribute('aria-selected')).to.equal('false');
    expect(options[1].getAttribute('aria-selected')).to.equal('true');
    await press('ArrowUp');
    expect(p.input.getAttribute('aria-activedescendant')).to.equal(options[0].id);
    await press('ArrowUp');
    expect(p.input.getAttribute('aria-activedescendant'), 'ArrowUp from the first wraps').to.equal(options.at(-1).id);
    expect(p.doc.activeElement, 'focus stays in the box').to.equal(p.input);

    // Enter on the one already compared adds nothing, and says why.
    await press('ArrowDown');
    await press('Enter');
    await until(() => p.picksStatus(), 'the reason');
    expect(p.picksStatus()).to.equal('Dental Hygienists is already in the comparison.');
    expect(p.chipTitles()).to.deep.equal(['Dental Hygienists', 'Dental Assistants']);

    // The count for a search with no match.
    await press('Escape');
    await press('Escape');
    expect(p.input.value).to.equal('');
    await type('xqzv');
    await until(() => p.searchStatus().startsWith('No occupation'), 'the no-match message');
    expect(p.searchStatus()).to.equal('No occupation matches “xqzv”.');
    expect(p.input.getAttribute('aria-expanded')).to.equal('false');
  });

  it('adds the active suggestion with Enter: a chip, the preview and both snippets', async () => {
    const p = await openBuilder();
    await addByKeyboard(p, 'software', 'Software Developers');
    expect(p.input.value, 'the box is emptied').to.equal('');
    expect(p.input.getAttribute('aria-expanded')).to.equal('false');
    expect(p.input.hasAttribute('aria-activedescendant')).to.equal(false);
    expect(p.doc.activeElement, 'focus stays in the box').to.equal(p.input);
    await until(() => p.picksStatus().startsWith('Added'), 'the announcement');
    expect(p.picksStatus()).to.equal('Added Software Developers: 3 of 4.');
    expect(p.removeButton('Software Developers')).to.exist;

    expect(p.preview.getAttribute('careers')).to.equal('29-1292 31-9091 15-1252');
    await until(() => deepText(p.preview).includes('Software Developers'), 'the preview to show the new career');
    for (const snippet of [p.scriptSnippet(), p.npmSnippet()]) {
      expect(snippet).to.include('careers="29-1292 31-9091 15-1252"');
      expect(snippet).to.include('Software Developers (15-1252)');
    }
  });

  it('closes with Escape, clears with a second Escape, and closes when focus leaves', async () => {
    const p = await openBuilder();
    await searchFor(p, 'nurse');
    await press('ArrowDown');
    await press('Escape');
    expect(p.input.getAttribute('aria-expanded')).to.equal('false');
    expect(p.listbox.hidden).to.equal(true);
    expect(p.input.hasAttribute('aria-activedescendant')).to.equal(false);
    expect(p.input.value, 'the first Escape keeps the text').to.equal('nurse');
    await press('ArrowDown');
    expect(p.input.getAttribute('aria-expanded'), 'ArrowDown opens it again').to.equal('true');
    expect(p.input.getAttribute('aria-activedescendant')).to.equal(p.options()[0].id);
    await press('Escape');
    await press('Escape');
    expect(p.input.value, 'the second Escape clears the box').to.equal('');

    await type('nurse');
    await until(() => p.input.getAttribute('aria-expanded') === 'true', 'the list again');
    await press('Tab');
    expect(p.doc.activeElement).not.to.equal(p.input);
    expect(p.input.getAttribute('aria-expanded'), 'blur closes the list').to.equal('false');
    expect(p.listbox.hidden).to.equal(true);
  });

  it('adds a suggestion clicked with the mouse', async () => {
    const p = await openBuilder();
    await searchFor(p, 'coder');
    const option = p.options().find((item) => item.textContent.includes('Medical Records Specialists'));
    expect(option).to.exist;
    option.scrollIntoView({ block: 'nearest' });
    const box = option.getBoundingClientRect();
    // The iframe sits at the top left of the test page, so its coordinates are the page's.
    await sendMouse({ type: 'click', position: [Math.round(box.left + 20), Math.round(box.top + box.height / 2)] });
    await until(() => p.chipTitles().includes('Medical Records Specialists'), 'a chip for the clicked occupation');
    expect(p.preview.getAttribute('careers')).to.equal('29-1292 31-9091 29-2072');
    expect(p.input.getAttribute('aria-expanded')).to.equal('false');
  });

  it('ignores an answer that arrives after a newer query', async () => {
    const p = await openBuilder();
    // The first search waits for the search titles to load; the box is emptied before they arrive.
    p.input.value = 'nurse';
    p.input.dispatchEvent(new p.win.Event('input', { bubbles: true }));
    p.input.value = '';
    p.input.dispatchEvent(new p.win.Event('input', { bubbles: true }));
    await until(
      () => p.win.performance.getEntriesByType('resource').some((entry) => /titles\.json/.test(entry.name)),
      'the search titles to load',
    );
    await sleep(200);
    await frames(p.win);
    expect(p.input.getAttribute('aria-expanded'), 'the stale answer did not open the list').to.equal('false');
    expect(p.options()).to.have.length(0);
    expect(p.searchStatus()).to.equal('');
  });

  it('takes four occupations at most: says so, disables the box, and takes more after a removal', async () => {
    const p = await openBuilder();
    await addByKeyboard(p, 'software', 'Software Developers');
    expect(p.picksStatus()).not.to.include('most');
    await addByKeyboard(p, 'registered', 'Registered Nurses');
    expect(p.chips()).to.have.length(4);
    expect(p.input.disabled).to.equal(true);
    expect(p.doc.getElementById('picks-note').textContent).to.include('Four is the most');
    expect(p.doc.getElementById('picks-heading').textContent).to.include('4 of 4');
    expect(p.doc.activeElement, 'focus moves to the list heading').to.equal(p.doc.getElementById('picks-heading'));
    await until(() => p.picksStatus().startsWith('Added'), 'the announcement');
    expect(p.picksStatus()).to.include('the most one widget compares');
    expect(p.preview.getAttribute('careers').split(' ')).to.have.length(4);

    // Remove one by keyboard: its button, then Enter.
    const button = p.removeButton('Dental Assistants');
    button.focus();
    await press('Enter');
    await until(() => p.chips().length === 3, 'the chip to go');
    expect(p.input.disabled).to.equal(false);
    expect(p.chipTitles()).to.deep.equal(['Dental Hygienists', 'Software Developers', 'Registered Nurses']);
    expect(p.doc.activeElement, 'focus goes to the next chip').to.equal(p.removeButton('Software Developers'));
    await until(() => p.picksStatus().startsWith('Removed'), 'the announcement');
    expect(p.picksStatus()).to.equal('Removed Dental Assistants: 3 of 4.');
    expect(p.preview.getAttribute('careers')).to.equal('29-1292 15-1252 29-1141');
    expect(p.scriptSnippet()).not.to.include('31-9091');
    expect(p.npmSnippet()).not.to.include('Dental Assistants');
  });

  it('removing a chip updates the preview, the snippets and the hint', async () => {
    const p = await openBuilder();
    await change(p, p.removeButton('Dental Assistants'));
    expect(p.chipTitles()).to.deep.equal(['Dental Hygienists']);
    expect(p.preview.getAttribute('careers')).to.equal('29-1292');
    expect(p.scriptSnippet()).to.include('<career-compare careers="29-1292">');
    expect(p.scriptSnippet()).not.to.include('31-9091');
    expect(p.doc.getElementById('picks-note').textContent).to.include('Add another to compare');
    expect(p.doc.activeElement, 'focus goes to the chip before').to.equal(p.removeButton('Dental Hygienists'));

    await change(p, p.removeButton('Dental Hygienists'));
    expect(p.chips()).to.have.length(0);
    expect(p.preview.hasAttribute('careers')).to.equal(false);
    expect(p.scriptSnippet()).not.to.include('careers=');
    expect(p.doc.activeElement, 'focus goes to the search box').to.equal(p.input);
  });

  it('theme, pay and language set the preview and the snippets, and going back to the default removes them', async () => {
    const p = await openBuilder();
    const both = () => [p.scriptSnippet(), p.npmSnippet()];

    await change(p, p.field('theme', 'dark'));
    expect(p.preview.getAttribute('theme')).to.equal('dark');
    for (const snippet of both()) expect(snippet).to.include('theme="dark"');
    await change(p, p.field('theme', 'auto'));
    expect(p.preview.getAttribute('theme')).to.equal('auto');
    await change(p, p.field('theme', ''));
    expect(p.preview.hasAttribute('theme')).to.equal(false);
    for (const snippet of both()) expect(snippet).not.to.include('theme=');

    await change(p, p.field('pay', 'hourly'));
    expect(p.preview.getAttribute('pay')).to.equal('hourly');
    for (const snippet of both()) expect(snippet).to.include('pay="hourly"');
    await until(() => deepText(p.preview).includes('per hour'), 'the preview to show hourly pay');
    await change(p, p.field('pay', 'annual'));
    expect(p.preview.hasAttribute('pay')).to.equal(false);
    for (const snippet of both()) expect(snippet).not.to.include('pay=');
    await until(() => deepText(p.preview).includes('per year'), 'the preview to show yearly pay again');

    const locale = p.doc.getElementById('locale');
    expect(p.doc.querySelector('label[for="locale"]').textContent.trim()).to.equal('Language');
    locale.value = 'es';
    locale.dispatchEvent(new p.win.Event('change', { bubbles: true }));
    expect(p.preview.getAttribute('locale')).to.equal('es');
    for (const snippet of both()) {
      expect(snippet).to.include('locale="es"');
      expect(snippet).to.include('<p>Cómo se comparan Dental Hygienists y Dental Assistants');
    }
    await until(() => deepText(p.preview).includes('Salario'), 'the preview in Spanish');
    locale.value = '';
    locale.dispatchEvent(new p.win.Event('change', { bubbles: true }));
    expect(p.preview.hasAttribute('locale')).to.equal(false);
    for (const snippet of both()) expect(snippet).not.to.include('locale=');
  });

  it('views and rows set the preview and the snippets; one view at least; rows only with the table', async () => {
    const p = await openBuilder();
    // Untick the quiz from the keyboard.
    const quiz = p.field('views', 'quiz');
    p.win.focus();
    quiz.focus();
    await until(() => p.doc.activeElement === quiz, 'focus on the quiz box');
    await frames(p.win);
    await press(' ');
    // Under load WebKit can deliver the key a few frames late.
    await until(() => !quiz.checked, 'Space to untick the quiz');
    expect(p.preview.getAttribute('views')).to.equal('table salary');
    expect(p.scriptSnippet()).to.include('views="table salary"');
    await until(() => !p.preview.shadowRoot.querySelector('career-quiz'), 'the quiz to leave the preview');

    // Rows: none ticked means every row; some ticked, in the table's order.
    await change(p, p.doc.getElementById('rows-none'));
    expect(p.preview.hasAttribute('rows')).to.equal(false);
    expect(p.doc.getElementById('rows-note').textContent).to.include('No row ticked');
    await change(p, p.field('rows', 'outlook'));
    await change(p, p.field('rows', 'pay'));
    expect(p.preview.getAttribute('rows')).to.equal('pay outlook');
    expect(p.scriptSnippet()).to.include('rows="pay outlook"');
    expect(p.npmSnippet()).to.include('rows="pay outlook"');
    await change(p, p.doc.getElementById('rows-all'));
    expect(p.preview.hasAttribute('rows')).to.equal(false);
    expect(p.scriptSnippet()).not.to.include('rows=');

    // Without the table, rows do not apply.
    await change(p, p.doc.getElementById('rows-none'));
    await change(p, p.field('rows', 'skills'));
    expect(p.preview.hasAttribute('rows')).to.equal(true);
    await change(p, p.field('views', 'table'));
    expect(p.preview.getAttribute('views')).to.equal('salary');
    expect(p.doc.getElementById('rows-fieldset').disabled).to.equal(true);
    expect(p.preview.hasAttribute('rows')).to.equal(false);
    expect(p.scriptSnippet()).not.to.include('rows=');

    // The last view cannot be unticked.
    await change(p, p.field('views', 'salary'));
    expect(p.field('views', 'salary').checked).to.equal(true);
    expect(p.preview.getAttribute('views')).to.equal('salary');
    await until(() => p.doc.getElementById('views-status').textContent, 'the message');
    expect(p.doc.getElementById('views-status').textContent).to.include('at least one view');

    // All three again: the attribute goes.
    await change(p, p.field('views', 'table'));
    await change(p, p.field('views', 'quiz'));
    expect(p.preview.hasAttribute('views')).to.equal(false);
    expect(p.scriptSnippet()).not.to.include('views=');
    expect(p.preview.getAttribute('rows'), 'the ticked rows come back with the table').to.equal('skills');
  });

  it('Copy puts each snippet on the system clipboard, or selects it and says how to copy it', async () => {
    const p = await openBuilder();
    // Two copies in turn, each checked: whatever was on the clipboard before, a copy that did nothing fails.
    for (const [id, name] of [
      ['script-code', 'the script tag'],
      ['npm-code', 'the npm code'],
    ]) {
      const code = p.doc.getElementById(id);
      const button = p.doc.querySelector(`[data-copy="${id}"]`);
      expect(button.textContent.replace(/\s+/g, ' ').trim()).to.equal(`Copy ${name}`);
      p.doc.getElementById('copy-status').textContent = '';
      p.win.focus();
      button.focus();
      await frames(p.win); // as in focusSearch: the key must not arrive before the focus
      await press('Enter'); // a real key press: the user activation the clipboard asks for
      await until(() => p.copyStatus(), 'the copy status');
      if (p.copyStatus() === `Copied ${name}.`) {
        expect(await clipboardText(p)).to.equal(code.textContent);
      } else {
        // The engine refused: the fallback must have selected the code.
        expect(p.copyStatus()).to.include('press Ctrl+C');
        expect(p.win.getSelection().toString()).to.equal(code.textContent);
      }
    }
  });

  it('Copy hands the exact snippet text to the clipboard', async () => {
    const p = await openBuilder();
    const written = [];
    Object.defineProperty(p.win.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text) => void written.push(text) },
    });
    await change(p, p.field('pay', 'hourly'));
    await change(p, p.doc.querySelector('[data-copy="npm-code"]'));
    await until(() => p.copyStatus(), 'the copy status');
    expect(p.copyStatus()).to.equal('Copied the npm code.');
    expect(written).to.deep.equal([p.npmSnippet()]);
    expect(written[0]).to.include('pay="hourly"');
    // A change afterwards clears the status: the copied text is no longer the code shown.
    await change(p, p.field('pay', 'annual'));
    expect(p.copyStatus()).to.equal('');
  });

  it('when the clipboard is refused or missing, Copy selects the code and says so', async () => {
    const p = await openBuilder();
    for (const clipboard of [{ writeText: () => Promise.reject(new Error('denied')) }, undefined]) {
      Object.defineProperty(p.win.navigator, 'clipboard', { configurable: true, value: clipboard });
      p.win.getSelection().removeAllRanges();
      p.doc.getElementById('copy-status').textContent = '';
      await change(p, p.doc.querySelector('[data-copy="script-code"]'));
      await until(() => p.copyStatus(), 'the copy status');
      expect(p.copyStatus()).to.include('The code is selected: press Ctrl+C');
      expect(p.win.getSelection().toString()).to.equal(p.scriptSnippet());
    }
  });

  it('fits a 320px window with a long occupation title, without sideways scrolling', async () => {
    const p = await openBuilder(320);
    await addByKeyboard(p, 'hygienist', 'Occupational Health and Safety Specialists');
    await addByKeyboard(p, 'geological', 'Mining and Geological Engineers, Including Mining Safety Engineers');
    await frames(p.win);
    const root = p.doc.documentElement;
    expect(root.clientWidth).to.be.at.most(320);
    expect(root.scrollWidth, 'no sideways scroll').to.be.at.most(root.clientWidth);
  });
});
