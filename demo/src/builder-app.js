// The embed builder (demo/builder.html): find occupations by name, choose the
// widget's options, watch a live <career-compare>, copy the code. Built by
// rollup.demo.config.js into demo/build/builder-app.js.
//
// Nothing from the data reaches the page as HTML: titles are set with
// textContent, and the snippets are text in a <pre>.
import { searchCareers } from 'career-compare/data';
import 'career-compare/compare';

/** The published script-tag file; the version range matches the README's. */
const CDN_SCRIPT = 'https://cdn.jsdelivr.net/npm/career-compare@0.1/dist/career-compare.js';
/** The most careers one widget compares here (the table gets crowded past four). */
const MAX_PICKS = 4;
const SUGGESTION_LIMIT = 8;
const VIEWS = ['table', 'salary', 'quiz'];
/** The form fields that set the widget's attributes (the search box does not). */
const OPTION_FIELDS = ['views', 'rows', 'theme', 'pay', 'locale'];
/** The table's row keys, in its default order, with the builder's own labels. */
const ROWS = [
  ['summary', 'Overview'],
  ['pay', 'Pay'],
  ['outlook', 'Job growth'],
  ['employment', 'Number of jobs'],
  ['education', 'Education'],
  ['job-zone', 'Preparation needed'],
  ['interests', 'Interests it suits'],
  ['training', 'Training and certificates'],
  ['work-environment', 'Workplace'],
  ['schedule', 'Hours'],
  ['responsibilities', 'Duties'],
  ['skills', 'Skills'],
  ['remote', 'Remote work'],
  ['patient-contact', 'Patient contact'],
  ['advancement', 'Moving up'],
  ['links', 'Links'],
];
const STARTING_PICKS = [
  { soc: '29-1292', title: 'Dental Hygienists' },
  { soc: '31-9091', title: 'Dental Assistants' },
];
/** The sentence inside the tag that readers see before the widget loads, per `locale`. */
const FALLBACK = {
  en: (titles) => `How ${titles} compare on pay, job growth and training.`,
  es: (titles) => `Cómo se comparan ${titles} en sueldo, crecimiento del empleo y formación.`,
  none: {
    en: 'A comparison of careers: pay, job growth and training.',
    es: 'Una comparación de carreras: sueldo, crecimiento del empleo y formación.',
  },
  and: { en: 'and', es: 'y' },
};

const $ = (id) => document.getElementById(id);

/** An element with text content and attributes (never HTML). */
function make(tag, attributes = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/** "A", "A and B", "A, B and C". */
function listText(items, and) {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

const plural = (count, one, many) => `${count} ${count === 1 ? one : many}`;

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Text that cannot end or break an HTML comment. */
const commentText = (text) => text.replace(/-{2,}/g, '-').replace(/[<>]/g, '');

/**
 * Sets a live region's text so it is announced even when it repeats: emptied
 * first, filled on the next frame.
 */
function announce(region, text) {
  region.textContent = '';
  if (text) requestAnimationFrame(() => (region.textContent = text));
}

function mountBuilder() {
  const form = $('builder-form');
  const input = $('occupation-search');
  const listbox = $('occupation-options');
  const searchStatus = $('search-status');
  const picksList = $('picks');
  const picksHeading = $('picks-heading');
  const picksCount = $('picks-count');
  const picksNote = $('picks-note');
  const picksStatus = $('picks-status');
  const viewsStatus = $('views-status');
  const rowsFieldset = $('rows-fieldset');
  const rowsNote = $('rows-note');
  const rowChecks = $('row-checks');
  const copyStatus = $('copy-status');
  const preview = $('preview');
  const scriptCode = $('script-code');
  const npmCode = $('npm-code');

  const picks = [...STARTING_PICKS];
  /** The suggestions shown, and the index of the active one (-1: none). */
  let suggestions = [];
  let activeIndex = -1;
  /** Bumped by every search and every reset, so only the latest answer is shown. */
  let searchTicket = 0;

  for (const [key, label] of ROWS) {
    rowChecks.append(
      make('label', {}, make('input', { type: 'checkbox', name: 'rows', value: key, checked: '' }), ` ${label}`),
    );
  }

  // ---------- The combobox ----------

  const isOpen = () => !listbox.hidden;
  const isPicked = (soc) => picks.some((pick) => pick.soc === soc);

  function setActive(index) {
    activeIndex = index;
    for (const [i, option] of [...listbox.children].entries())
      option.setAttribute('aria-selected', String(i === index));
    const option = listbox.children[index];
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function open() {
    if (suggestions.length === 0) return;
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function close() {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  }

  function showSuggestions(found) {
    suggestions = found;
    listbox.replaceChildren(
      ...found.map((match, i) => {
        const option = make('li', { role: 'option', id: `occupation-option-${i}`, 'aria-selected': 'false' });
        option.append(make('span', { class: 'option-title' }, match.title));
        const details = make('span', { class: 'option-detail' });
        if (match.matched) details.append(`also called: ${match.matched} · `);
        details.append(make('span', { class: 'soc' }, `SOC ${match.soc}`));
        if (isPicked(match.soc)) {
          option.setAttribute('aria-disabled', 'true');
          details.append(' · already added');
        }
        option.append(details);
        return option;
      }),
    );
    activeIndex = -1;
    input.removeAttribute('aria-activedescendant');
  }

  async function search(query) {
    const ticket = ++searchTicket;
    const words = query.trim();
    if (!words) {
      suggestions = [];
      close();
      announce(searchStatus, '');
      return;
    }
    let found;
    try {
      found = await searchCareers(words, { limit: SUGGESTION_LIMIT });
    } catch {
      if (ticket !== searchTicket) return;
      close();
      announce(searchStatus, 'The list of occupations could not be loaded. Check your connection, then type again.');
      return;
    }
    // A later keystroke has started a newer search: this answer is out of date.
    if (ticket !== searchTicket) return;
    showSuggestions(found);
    if (found.length > 0 && document.activeElement === input) open();
    else close();
    announce(
      searchStatus,
      found.length > 0 ? plural(found.length, 'suggestion', 'suggestions') : `No occupation matches “${words}”.`,
    );
  }

  /** Empties the search box and forgets any search still on its way. */
  function resetSearch() {
    searchTicket++;
    input.value = '';
    suggestions = [];
    close();
    listbox.replaceChildren();
    announce(searchStatus, '');
  }

  function choose(index) {
    const match = suggestions[index];
    if (!match) return;
    if (isPicked(match.soc)) {
      announce(picksStatus, `${match.title} is already in the comparison.`);
      return;
    }
    if (picks.length >= MAX_PICKS) return;
    picks.push({ soc: match.soc, title: match.title });
    resetSearch();
    renderPicks();
    const full = picks.length >= MAX_PICKS;
    announce(
      picksStatus,
      `Added ${match.title}: ${picks.length} of ${MAX_PICKS}.${full ? ' That is the most one widget compares.' : ''}`,
    );
    // The search box is now disabled: keep focus somewhere that says why.
    if (full) picksHeading.focus();
    update();
  }

  input.addEventListener('input', () => void search(input.value));

  input.addEventListener('keydown', (event) => {
    if (event.altKey && event.key !== 'ArrowDown') return;
    const count = suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!isOpen()) {
          if (count === 0) {
            void search(input.value);
            return;
          }
          open();
          if (event.altKey) return;
        }
        setActive(activeIndex < count - 1 ? activeIndex + 1 : 0);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!isOpen()) open();
        if (count > 0) setActive(activeIndex > 0 ? activeIndex - 1 : count - 1);
        break;
      case 'Enter':
        // Never submit the form; pick the active suggestion if there is one.
        event.preventDefault();
        if (isOpen() && activeIndex >= 0) choose(activeIndex);
        break;
      case 'Escape':
        if (isOpen()) {
          event.preventDefault();
          close();
        } else if (input.value) {
          event.preventDefault();
          resetSearch();
        }
        break;
      default:
    }
  });

  input.addEventListener('blur', () => {
    close();
    // The count under the box would be out of date once the list is gone.
    searchStatus.textContent = '';
  });

  // Keep focus in the box while the pointer is on the list, so a click picks before blur closes it.
  listbox.addEventListener('mousedown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) => {
    const option = event.target instanceof Element ? event.target.closest('[role="option"]') : null;
    if (option) choose([...listbox.children].indexOf(option));
  });

  // ---------- The picked occupations ----------

  function renderPicks() {
    picksList.replaceChildren(
      ...picks.map((pick) => {
        const remove = make(
          'button',
          { type: 'button', class: 'chip-remove' },
          make('span', { 'aria-hidden': 'true' }, '×'),
          make('span', { class: 'visually-hidden' }, `Remove ${pick.title}`),
        );
        remove.addEventListener('click', () => removePick(pick.soc));
        return make(
          'li',
          { class: 'chip' },
          make(
            'span',
            { class: 'chip-name' },
            make('span', { class: 'chip-title' }, pick.title),
            ' ',
            make('span', { class: 'chip-soc soc' }, pick.soc),
          ),
          remove,
        );
      }),
    );
    picksCount.textContent = `${picks.length} of ${MAX_PICKS}`;
    const full = picks.length >= MAX_PICKS;
    input.disabled = full;
    if (full) {
      resetSearch();
      picksNote.textContent = 'Four is the most one widget compares. Remove one to add another.';
    } else if (picks.length === 0) {
      picksNote.textContent =
        'Nothing picked yet. Until you add one, the widget shows its two built-in example careers.';
    } else if (picks.length === 1) {
      picksNote.textContent = 'One occupation is shown on its own. Add another to compare the two.';
    } else {
      picksNote.textContent = `You can add ${plural(MAX_PICKS - picks.length, 'more occupation', 'more occupations')}.`;
    }
  }

  function removePick(soc) {
    const index = picks.findIndex((pick) => pick.soc === soc);
    if (index < 0) return;
    const [removed] = picks.splice(index, 1);
    renderPicks();
    update();
    announce(picksStatus, `Removed ${removed.title}: ${picks.length} of ${MAX_PICKS}.`);
    // Focus the chip that took its place, else the one before, else the search box.
    const buttons = picksList.querySelectorAll('button');
    (buttons[index] ?? buttons[index - 1] ?? input).focus();
  }

  // ---------- The options ----------

  const checkedValues = (name) =>
    [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((field) => field.value);

  form.addEventListener('submit', (event) => event.preventDefault());

  form.addEventListener('change', (event) => {
    const field = event.target;
    if (field.name === 'views') {
      if (checkedValues('views').length === 0) {
        field.checked = true;
        announce(viewsStatus, 'Keep at least one view: the widget needs something to show.');
        return;
      }
      announce(viewsStatus, '');
    }
    if (OPTION_FIELDS.includes(field.name)) update();
  });

  for (const [id, checked] of [
    ['rows-all', true],
    ['rows-none', false],
  ]) {
    $(id).addEventListener('click', () => {
      for (const box of rowChecks.querySelectorAll('input')) box.checked = checked;
      update();
    });
  }

  // ---------- The widget and the code ----------

  /** The attributes for the current choices, in snippet order; null: leave it out (its default). */
  function attributes() {
    const views = checkedValues('views');
    const rows = checkedValues('rows');
    const showsTable = views.includes('table');
    const theme = checkedValues('theme')[0] ?? '';
    const pay = checkedValues('pay')[0] ?? 'annual';
    const locale = $('locale').value;
    return {
      careers: picks.length > 0 ? picks.map((pick) => pick.soc).join(' ') : null,
      views: views.length === VIEWS.length ? null : views.join(' '),
      rows: showsTable && rows.length > 0 && rows.length < ROWS.length ? rows.join(' ') : null,
      theme: theme || null,
      pay: pay === 'annual' ? null : pay,
      locale: locale || null,
    };
  }

  function tagText(attrs) {
    const parts = Object.entries(attrs)
      .filter(([, value]) => value !== null)
      .map(([name, value]) => `${name}="${value}"`);
    const oneLine = `<career-compare${parts.map((part) => ` ${part}`).join('')}>`;
    const open = oneLine.length <= 80 ? oneLine : `<career-compare\n${parts.map((part) => `  ${part}`).join('\n')}\n>`;
    const language = attrs.locale === 'es' ? 'es' : 'en';
    const titles = picks.map((pick) => escapeHtml(pick.title));
    const fallback =
      titles.length > 0 ? FALLBACK[language](listText(titles, FALLBACK.and[language])) : FALLBACK.none[language];
    const comment =
      picks.length > 0
        ? `<!-- Compares: ${commentText(picks.map((pick) => `${pick.title} (${pick.soc})`).join(', '))} -->\n`
        : '';
    return `${comment}${open}\n  <p>${fallback}</p>\n</career-compare>`;
  }

  function update() {
    const attrs = attributes();
    for (const [name, value] of Object.entries(attrs)) {
      if (value === null) preview.removeAttribute(name);
      else if (preview.getAttribute(name) !== value) preview.setAttribute(name, value);
    }

    const views = checkedValues('views');
    const rows = checkedValues('rows');
    rowsFieldset.disabled = !views.includes('table');
    rowsNote.textContent = !views.includes('table')
      ? 'Rows belong to the table. Tick "Comparison table" under Views to choose them.'
      : rows.length === ROWS.length
        ? 'Every row, in the usual order: the code needs no rows attribute.'
        : rows.length === 0
          ? 'No row ticked, so the table shows every row. Tick the ones you want.'
          : `${plural(rows.length, 'row', 'rows')} of ${ROWS.length}, in the usual order.`;

    const tag = tagText(attrs);
    scriptCode.textContent = `<script type="module" src="${CDN_SCRIPT}"></script>\n\n${tag}`;
    npmCode.textContent =
      `npm install career-compare\n\n` +
      `// Once, in your app's JavaScript, before the tag is rendered:\n` +
      `import 'career-compare/compare';\n\n` +
      `<!-- In your page or template: -->\n${tag}`;
    copyStatus.textContent = '';
  }

  // ---------- Copy ----------

  for (const button of document.querySelectorAll('[data-copy]')) {
    button.addEventListener('click', async () => {
      const code = $(button.dataset.copy);
      const what = button.querySelector('.visually-hidden').textContent.trim();
      try {
        if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
        await navigator.clipboard.writeText(code.textContent);
        announce(copyStatus, `Copied ${what}.`);
      } catch {
        // No clipboard (an insecure page, or the browser said no): select the code for the reader to copy.
        getSelection()?.selectAllChildren(code);
        announce(
          copyStatus,
          'Your browser did not let this page copy. The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
        );
      }
    });
  }

  renderPicks();
  update();
  return { picks };
}

if (typeof document !== 'undefined' && document.getElementById('builder-form')) mountBuilder();
