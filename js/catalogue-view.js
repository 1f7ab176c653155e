// The catalogue view: every measure the portal shows, grouped by
// jurisdiction and filterable by jurisdiction and audience, each with its
// conditions and source (cards.js, without a result).
import { AUDIENCES, isFor } from './session.js';
import { card } from './cards.js';
import { h } from './dom.js';

/**
 * Fills `section` with the catalogue. `host`: `t`, `lang`, `s` (the
 * Session), `cardContext()`, `focusById(id)`; `filter`: `{ jurisdiction,
 * audience }`, changed by the filters (and kept by the caller across renders).
 */
export function renderCatalogue(host, section, filter) {
  const { t, lang, s } = host;
  const all = s.visible('', '');
  const jurisdictions = [...new Set(all.map((m) => m.jurisdiction))];
  const select = (id, label, values, names, key) =>
    h(
      'div',
      null,
      h('label', { class: 'block', for: id }, label),
      h(
        'select',
        {
          id,
          onchange: (e) => {
            filter[key] = e.target.value;
            renderCatalogue(host, section, filter);
            host.focusById(id);
          },
        },
        h('option', { value: '' }, t.all),
        values.map((v) => h('option', { value: v, selected: filter[key] === v }, names[v])),
      ),
    );
  const shown = all.filter(
    (m) => (!filter.jurisdiction || m.jurisdiction === filter.jurisdiction) && (!filter.audience || isFor(m, filter.audience)),
  );
  const ctx = host.cardContext();
  section.replaceChildren(
    h('h3', { id: 'cat-h' }, t.catalogue),
    h('p', null, t.catalogueIntro),
    h('p', { class: 'notice', part: 'notice' }, t.notice),
    h(
      'div',
      { class: 'filters' },
      select('cat-j', t.filterJurisdiction, jurisdictions, t.jurisdictions, 'jurisdiction'),
      select('cat-a', t.filterAudience, AUDIENCES, t.audiences, 'audience'),
    ),
    h('p', { class: 'muted', role: 'status' }, t.count(shown.length, shown.filter((m) => m.document.status === 'draft').length)),
    ...jurisdictions
      .map((j) => [j, shown.filter((m) => m.jurisdiction === j)])
      .filter(([, list]) => list.length)
      .map(([j, list]) =>
        h(
          'section',
          { class: 'jurisdiction', 'aria-labelledby': `cat-${j}` },
          h('h4', { id: `cat-${j}` }, t.jurisdictions[j] ?? j),
          h(
            'ul',
            { class: 'cards', role: 'list' },
            // A benefit several documents grant is listed under each, its title saying whose this one is.
            list.map((m) => {
              const li = card(
                ctx,
                m,
                null,
                m.benefitGroup ? t.titleOf(m.benefitGroup.title[lang], t.jurisdictions[j]) : undefined,
              );
              // For integrators: the id a portal gives `contacts` (WIDGET.md lists them all).
              li.append(h('p', { class: 'muted measure-id' }, t.measureId, h('code', { lang: 'en' }, m.id)));
              return li;
            }),
          ),
        ),
      ),
  );
}
