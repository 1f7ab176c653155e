// The few DOM helpers the widget's views share: making an element, setting
// a text only when it changes, putting children in order moving only what
// is out of place, and properties that reflect attributes.

/** Creates an element: h('p', { class: 'x', onclick: f }, 'text', child). */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value == null || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'value' || key === 'checked' || key === 'selected' || key === 'open') el[key] = value;
    else el.setAttribute(key, value === true ? '' : value);
  }
  el.append(...children.flat(Infinity).filter((c) => c != null && c !== false));
  return el;
}

/** Sets an element's text unless it already reads so (a new text node means new layout). */
export const setText = (el, text) => el.textContent !== text && (el.textContent = text);

/** Makes `nodes` the children of `parent`, in order, moving only what is out of place. */
export function syncChildren(parent, nodes) {
  const wanted = new Set(nodes);
  for (const child of [...parent.children]) if (!wanted.has(child)) child.remove();
  nodes.forEach((node, i) => parent.children[i] !== node && parent.insertBefore(node, parent.children[i] ?? null));
}

/**
 * Makes every observed attribute of a custom element class but `lang`
 * (HTMLElement has that property already) a property that reflects it,
 * named in camel case (`as-of` → `asOf`); `booleans` are present or absent;
 * an object given to any other is kept as its JSON.
 */
export function reflect(Element, booleans) {
  for (const attribute of Element.observedAttributes) {
    if (attribute === 'lang') continue;
    const property = attribute.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    const boolean = booleans.includes(attribute);
    Object.defineProperty(Element.prototype, property, {
      configurable: true,
      enumerable: true,
      get() {
        return boolean ? this.hasAttribute(attribute) : (this.getAttribute(attribute) ?? '');
      },
      set(value) {
        if (boolean ? !value : value == null) this.removeAttribute(attribute);
        else this.setAttribute(attribute, boolean ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));
      },
    });
  }
}
