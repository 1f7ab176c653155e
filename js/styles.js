// The widget's only stylesheet, adopted by its shadow root. Built with
// `new CSSStyleSheet()` rather than a <style> element, so a page with
// `style-src 'self'` (no 'unsafe-inline') can embed the widget. Browsers of
// the floor without constructable stylesheets (Safari before 16.4, Firefox
// before 101) get the same rules from hitech-eligibility.css beside this
// module (written by scripts/build.sh from CSS below), through a <link>,
// which `style-src 'self'` allows too.
//
// Everything a portal may want to change is a `--hitech-*` custom property
// (see README.md); the defaults meet WCAG AA contrast on white.

export const CSS = String.raw`
:host {
  --_text: var(--hitech-text, #1b2430);
  --_muted: var(--hitech-muted, #475162);
  --_bg: var(--hitech-background, #ffffff);
  --_surface: var(--hitech-surface, #f4f6f9);
  --_border: var(--hitech-border, #c3ccd8);
  --_accent: var(--hitech-accent, #0b5cad);
  --_accent-text: var(--hitech-accent-text, #ffffff);
  --_focus: var(--hitech-focus, #c24100);
  --_radius: var(--hitech-radius, 8px);
  --_eligible: var(--hitech-eligible, #17683a);
  --_conditional: var(--hitech-conditional, #8a4b00);
  --_informational: var(--hitech-informational, #5b3f8c);
  --_unknown: var(--hitech-unknown, #34506f);
  --_ineligible: var(--hitech-ineligible, #4b5563);
  --_draft: var(--hitech-draft, #a3161a);
  display: block;
  container-type: inline-size;
  color: var(--_text);
  background: var(--_bg);
  /* A Chinese font first (see www/portal.css): a Latin-only system-ui
     sends every Chinese character through font fallback. */
  --_font-zh: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", system-ui, sans-serif;
  font-family: var(--hitech-font, var(--_font-zh));
  font-size: var(--hitech-font-size, 1em);
  line-height: 1.55;
  word-break: break-word;
  overflow-wrap: anywhere;
}
:host([hidden]) { display: none; }
:host(:lang(en)) { font-family: var(--hitech-font, system-ui, -apple-system, "Segoe UI", var(--_font-zh)); }
[lang="zh-Hans"] { font-family: var(--hitech-font, var(--_font-zh)); }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
h2, h3, h4, h5 { line-height: 1.3; margin: 0 0 .5rem; }
h2 { font-size: 1.4em; }
h3 { font-size: 1.15em; }
h4 { font-size: 1.05em; }
h5 { font-size: 1em; }
p { margin: 0 0 .5rem; }
ul { margin: .25rem 0 .5rem; padding-left: 1.25rem; }
.sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.muted { color: var(--_muted); font-size: .92em; }
.print-only { display: none; }
/* On paper only: what is on screen in a group print leaves out. */
.paper { display: none; }

.header { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: flex-start; justify-content: space-between; margin-bottom: .75rem; }
.header > div:first-child { flex: 1 1 20rem; }
.toolbar { display: flex; flex-wrap: wrap; gap: .5rem; }
/* A narrow widget (a phone): the language button and the two view tabs on one line. */
@container (max-width: 24rem) { .header .toolbar { gap: .25rem; } .header .toolbar button { padding: .35rem .45rem; } }
button, .button {
  font: inherit; font-size: .95em; cursor: pointer;
  border: 1px solid var(--_accent); border-radius: var(--_radius);
  background: var(--_bg); color: var(--_accent);
  padding: .35rem .8rem; min-height: 2.25rem;
}
button.primary { background: var(--_accent); color: var(--_accent-text); }
/* The view switch reads as tabs, not as a filled "submit" button: the view
   shown is underlined and bold, on the page's background. */
button[aria-pressed] { border-color: transparent; border-bottom: 3px solid transparent; border-radius: 0; }
button[aria-pressed="true"] { border-bottom-color: var(--_accent); color: var(--_text); font-weight: 700; }
button.link { border: 0; padding: 0 .25rem; min-height: 1.5rem; text-decoration: underline; }
/* The summary line's counts: links to their groups, read as the sentence they are part of. */
.summary button.link { font-size: 1em; padding: 0; min-height: 0; text-align: start; }
/* Two rules: a list with :focus-visible is dropped whole where it is unknown (Safari before 15.4). */
input:focus, select:focus { outline: 3px solid var(--_focus); outline-offset: 2px; }
:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }

.notice { border-left: 4px solid var(--_accent); background: var(--_surface); padding: .6rem .9rem; margin: 0 0 1rem; border-radius: 0 var(--_radius) var(--_radius) 0; }
.error { color: var(--_draft); font-weight: 600; }

.layout { display: grid; grid-template-columns: minmax(16rem, 2fr) minmax(0, 3fr); gap: 1.5rem; align-items: start; }
/* The container of the large-text queries below: an em there is this
   element's (the page's text size), where on the host Chromium takes 16 px. */
.layout { container-type: inline-size; }
@container (max-width: 50rem) {
  .layout { grid-template-columns: minmax(0, 1fr); }
  .live-summary:not([hidden]) { display: flex; }
}
/* Without container queries (Chromium before 105, Safari before 16): the
   viewport decides, generously, so that a phone never gets two columns. */
@supports not (container-type: inline-size) {
  @media (max-width: 64rem) {
    .layout { grid-template-columns: minmax(0, 1fr); }
    .live-summary:not([hidden]) { display: flex; }
  }
}

.form > section { margin-bottom: 1rem; }
fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); margin: 0 0 .75rem; padding: .5rem .9rem .7rem; background: var(--_bg); }
/* Floated, the legend is laid out inside its fieldset like a heading: a legend
   of two lines or more (long questions, a phone, 200 % text) no longer has the
   border drawn through the middle of it (first and third trials). */
legend { font-weight: 600; float: left; width: 100%; padding: 0; margin: 0 0 .35rem; white-space: normal; overflow-wrap: anywhere; }
legend ~ * { clear: both; }
.choices { display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
.choices.column { flex-direction: column; }
.choices label { display: inline-flex; gap: .4rem; align-items: center; min-height: 1.75rem; cursor: pointer; }
/* flex: none: beside a two-line label on a phone the radio kept shrinking to 13 px. */
input[type="radio"] { width: 1.1rem; height: 1.1rem; flex: none; margin: 0; accent-color: var(--_accent); }
label.block { display: block; font-weight: 600; margin-bottom: .25rem; }
select, input[type="text"] {
  font: inherit; color: var(--_text); background: var(--_bg);
  border: 1px solid var(--_muted); border-radius: calc(var(--_radius) / 2);
  padding: .35rem .5rem; width: 100%; max-width: 32rem; min-height: 2.25rem;
}
input[aria-invalid="true"] { border-color: var(--_draft); border-width: 2px; }
.field { border: 1px solid var(--_border); border-radius: var(--_radius); padding: .5rem .9rem .7rem; margin-bottom: .75rem; }
.field .muted, fieldset .muted { margin: .3rem 0 0; }

.results { min-width: 0; }
/* The groups while they still show the last answer's cards (results.js, off
   screen): not laid out, painted, read by a screen reader or found, and the
   height they had kept (the last remembered size), so nothing below moves.
   Only where the height is kept (Chromium 95+): before, they would collapse. */
.groups { contain-intrinsic-size: auto none; }
@supports (contain-intrinsic-size: auto none) { .groups[data-stale] { content-visibility: hidden; } }
.group { margin-bottom: 1.25rem; border-top: 4px solid var(--_group, var(--_border)); padding-top: .5rem; }
.group > h4 { display: flex; align-items: center; gap: .5rem; color: var(--_group, var(--_text)); }
.group[data-status="eligible"] { --_group: var(--_eligible); }
.group[data-status="conditional"] { --_group: var(--_conditional); }
.group[data-status="unknown"] { --_group: var(--_unknown); }
.group[data-status="ineligible"] { --_group: var(--_ineligible); }
/* Information is set apart from the claims above it: its own tint and a dashed rule. */
.group[data-status="informational"] {
  --_group: var(--_informational);
  border-top-style: dashed; background: var(--_surface);
  border-radius: 0 0 var(--_radius) var(--_radius); padding: .5rem .75rem .75rem;
}
summary { cursor: pointer; color: var(--_accent); margin-bottom: .5rem; }
.cards { display: grid; gap: .75rem; margin: 0; padding: 0; list-style: none; }
/* A card's layout is its own: a card built or changed does not lay out its
   neighbours again (no paint containment, which would clip focus rings). */
.cards > .card { contain: layout style; }
.card {
  border: 1px solid var(--_border); border-left: 6px solid var(--_status, var(--_border));
  border-radius: var(--_radius); padding: .75rem 1rem; background: var(--_bg);
  break-inside: avoid;
  /* No content-visibility: auto. It saved layout for off-screen cards but
     left them empty in a full-page capture (what staff archive), and as
     cards above got their real size, keyboard focus on the share and print
     buttons jumped thousands of pixels off-screen. */
}
.card[data-status="eligible"] { --_status: var(--_eligible); }
.card[data-status="conditional"] { --_status: var(--_conditional); }
.card[data-status="informational"] { --_status: var(--_informational); border-style: dashed; border-left-style: solid; }
.card[data-status="unknown"] { --_status: var(--_unknown); }
.card[data-status="ineligible"] { --_status: var(--_ineligible); }
.status[data-reach] { --_status: var(--_eligible); }
.card-head { display: flex; flex-wrap: wrap; gap: .35rem .6rem; align-items: baseline; justify-content: space-between; }
.card h5 { margin: 0; font-size: 1.05em; }
.given-by { margin: .3rem 0; color: var(--_muted); }
.members { list-style: none; margin: .5rem 0 0; padding: 0; display: grid; gap: .5rem; }
.member { border-top: 1px solid var(--_border); padding-top: .5rem; }
.member[data-status="eligible"] { --_status: var(--_eligible); }
.member[data-status="conditional"] { --_status: var(--_conditional); }
.member[data-status="informational"] { --_status: var(--_informational); }
.member[data-status="unknown"] { --_status: var(--_unknown); }
.member[data-status="ineligible"] { --_status: var(--_ineligible); }
.member h6 { margin: 0; font-size: 1em; }
.status { font-weight: 700; color: var(--_status); }
.badge { display: inline-block; font-size: .85em; font-weight: 700; border: 2px solid var(--_draft); color: var(--_draft); border-radius: 999px; padding: 0 .55rem; }
.benefit { margin: .4rem 0; }
.amounts { display: flex; flex-wrap: wrap; gap: .35rem; margin: .2rem 0 .4rem; padding: 0; list-style: none; }
.amounts li { background: var(--_surface); border: 1px solid var(--_border); border-radius: 999px; padding: 0 .6rem; font-weight: 600; }
.deadline { font-weight: 700; color: var(--_text); border: 2px solid var(--_conditional); border-radius: calc(var(--_radius) / 2); padding: .3rem .7rem; margin: .4rem 0; }
.conds { list-style: none; padding: 0; margin: .3rem 0; }
/* The mark in the margin, the words beside it (one text box, wrapped as one). */
.conds li { position: relative; padding-left: calc(1.2em + .5rem); }
.mark { position: absolute; left: 0; width: 1.2em; text-align: center; font-weight: 700; }
.conds [data-state="holds"] .mark { color: var(--_eligible); }
.conds [data-state="fails"] .mark { color: var(--_draft); }
.conds [data-state="unknown"] .mark { color: var(--_unknown); }
.tree ul { list-style: disc; }
.next, .near, .approval, .rule, .encouraged, .applies, .contact, .note { background: var(--_surface); border-radius: calc(var(--_radius) / 2); padding: .4rem .7rem; margin: .4rem 0; }
.zone-level fieldset { margin: .5rem 0 0; }
.source { font-size: .92em; color: var(--_muted); margin-top: .5rem; border-top: 1px dashed var(--_border); padding-top: .4rem; }
blockquote { margin: .3rem 0; padding: .3rem .7rem; border-left: 3px solid var(--_border); color: var(--_text); font-size: .95em; }
.share { margin-top: 1rem; display: grid; gap: .4rem; }
.share input { max-width: none; }
.filters { display: flex; flex-wrap: wrap; gap: .75rem; margin-bottom: .75rem; }
.filters > div { flex: 1 1 12rem; }
.jurisdiction { margin-bottom: 1.25rem; }
.about { margin: 1rem 0 0; }
.measure-id { font-size: .8em; margin: .3rem 0 0; }

@media (prefers-reduced-motion: no-preference) { button { transition: background-color .15s; } }
/* The summary line, in one column only (on a phone the results are screens
   below the questions; side by side they are in view): last in the layout
   and sticky at the bottom, so it stays on screen while the widget is.
   Controls keep a bottom scroll margin, so that focus moving to one scrolls
   it clear of the line (WCAG 2.4.11). */
.live-summary {
  grid-column: 1 / -1; position: sticky; bottom: 0; z-index: 1;
  display: none; flex-wrap: wrap; gap: .1rem 1rem; padding: .3rem .75rem;
  background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius);
  box-shadow: 0 -2px 6px rgba(0, 0, 0, .08);
}
.live-summary[hidden] { display: none; }
.layout input, .layout select, .layout button, .layout summary { scroll-margin-bottom: 9em; }
.live-summary button { font-weight: 600; color: var(--_status, var(--_accent)); min-height: 2rem; }
.live-summary [data-status="eligible"] { --_status: var(--_eligible); }
.live-summary [data-status="conditional"] { --_status: var(--_conditional); }
.live-summary [data-status="informational"] { --_status: var(--_informational); }
.live-summary [data-status="unknown"] { --_status: var(--_unknown); }
/* Large text (an 适老化 tool at 200 %: the layout under 18 of its own ems
   wide): the results line stays one line, scrolled sideways, and does not
   grow over the questions and cards; a native select shows only the start
   of a long zone name, so the name chosen is written out under it. */
.chosen { display: none; }
@container (max-width: 18em) {
  .live-summary:not([hidden]) { flex-wrap: nowrap; overflow-x: auto; }
  .live-summary button { flex: none; white-space: nowrap; }
  .chosen { display: block; font-weight: 600; margin: .3rem 0 0; }
}
@media print {
  :host { color: #000; background: #fff; container-type: normal; }
  .toolbar, .form, .share, .live-summary, button, summary { display: none !important; }
  .layout { display: block; }
  .paper:not([hidden]) { display: block; }
  /* The answer its share of the width: beside a long question, an auto column left it one character wide at 390 px. */
  .print-only { display: grid; grid-template-columns: minmax(0, 3fr) minmax(6em, 2fr); gap: .1rem 1rem; margin: 0 0 1rem; }
  dd { margin: 0; font-weight: 600; }
  .card { border-color: #555; break-inside: avoid; }
  section.group[data-status="unknown"], section.group[data-status="ineligible"], .card details,
  .card blockquote, .card .conds, .group[data-status="informational"] .card > :not(.card-head) { display: none !important; }
}
`;

let sheet;

/** Gives a shadow root the widget's styles: the constructed sheet where the browser has them, else a <link>. */
export function adoptStyles(root) {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    try {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
      }
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // `new CSSStyleSheet()`: "Illegal constructor" where it is not supported.
    }
  }
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('./hitech-eligibility.css', import.meta.url).href;
  root.append(link);
}
