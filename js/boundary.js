// hitech-eligibility: the caller's objects at the boundary (pkg/boundary.js),
// for the entry point index.js.
//
// A profile and its options are read once (a getter or a Proxy trap runs
// once, whatever path the call then takes). A plain call — known fields,
// values of the right type, options the fast path understands — is taken
// apart into numbers for the core (src/shell/parts.rs, `from_parts`);
// anything else goes to the core's own walk (src/shell/wasm.rs) with a
// stand-in of what was read: a plain object holding only the keys that can
// decide the core's answer, so that an object of a million unknown keys
// costs one copy of a few keys, not a million (security review L6).

/** `Object.hasOwn`, which the browser floor lacks (Chromium 93, Safari 15.4, Firefox 92). */
export const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

/** The option keys the fast path understands, with the type each takes. */
const OPTION_TYPES = { today: 'string', explain: 'boolean' };

/** Stands for an object whose keys cannot be read: the core says so in its own words. */
const UNREADABLE = (() => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
})();

/**
 * The caller's object as the core's walk would see it, read once: its own
 * enumerable keys and their values, in order. Every later step reads this,
 * so a getter or a Proxy trap runs once, even when the core's own
 * `evaluate` takes over. Not an object, or an array: null (the core
 * refuses those without reading them). Keys that cannot be read: UNREADABLE.
 * A getter that throws leaves its error in `errors` at the key's position
 * (values are never asked what they are: a revoked Proxy throws even at
 * `instanceof`).
 */
function readOnce(value) {
  if (typeof value !== 'object' || value === null) return null;
  let keys;
  try {
    if (Array.isArray(value)) return null;
    keys = Object.keys(value);
  } catch {
    return UNREADABLE;
  }
  const values = new Array(keys.length);
  let errors = null;
  for (let i = 0; i < keys.length; i++) {
    try {
      values[i] = value[keys[i]];
    } catch (error) {
      (errors ??= new Map()).set(i, error);
    }
  }
  return { keys, values, errors };
}

/**
 * Whether the core's walk throws at this value before it looks at the key
 * (src/shell/wasm.rs, `profile_value`): a getter that threw, or a revoked
 * Proxy, which even `Array.isArray` cannot look at.
 */
function walkThrows(read, i) {
  if (read.errors?.has(i)) return true;
  const value = read.values[i];
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false;
  try {
    Array.isArray(value);
    return false;
  } catch {
    return true;
  }
}

/**
 * The key's code point at `i` as Rust reads the key: a lone surrogate is
 * U+FFFD (wasm-bindgen's `as_string`). Returns [code point, width].
 */
function scalarAt(text, i) {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return [(unit - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000, 2];
  }
  return [unit >= 0xd800 && unit <= 0xdfff ? 0xfffd : unit, 1];
}

/**
 * Whether key `a` comes before key `b` in the core's order (a Rust
 * `BTreeMap<String, _>`: UTF-8 bytes, i.e. code points), not JavaScript's
 * (UTF-16 code units, which differ from it only at surrogates).
 */
function before(a, b) {
  const length = Math.min(a.length, b.length);
  let i = 0;
  while (i < length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === length) return a.length < b.length;
  const x = a.charCodeAt(i);
  const y = b.charCodeAt(i);
  if ((x & 0xf800) !== 0xd800 && (y & 0xf800) !== 0xd800) return x < y;
  // A surrogate differs: compare code points from the start of this one.
  if (i > 0 && (a.charCodeAt(i - 1) & 0xfc00) === 0xd800) i--;
  let j = i;
  while (i < a.length && j < b.length) {
    const [p, width] = scalarAt(a, i);
    const [q, widthB] = scalarAt(b, j);
    if (p !== q) return p < q;
    i += width;
    j += widthB;
  }
  return i >= a.length && j < b.length;
}

/**
 * The positions of a profile's keys that can decide what the core's walk
 * and validator say, in key order. The walk throws at the first key (in
 * key order) whose value cannot be read; then the first non-finite number
 * (in the core's key order) is reported; then the validator reports the
 * first bad field in the core's key order, and every unknown key is bad.
 * So beside the known fields (`known(key)`) only three keys can matter: the
 * first unreadable one, the first unknown one and the first non-finite
 * number, the last two in the core's order. The answer is the one the
 * whole object gets.
 */
function decidingKeys(read, known) {
  const keep = [];
  let thrower = -1;
  let unknown = -1;
  let nonFinite = -1;
  for (let i = 0; i < read.keys.length; i++) {
    const key = read.keys[i];
    if (known(key)) {
      keep.push(i);
      continue;
    }
    if (thrower === -1 && walkThrows(read, i)) thrower = i;
    if (unknown === -1 || before(key, read.keys[unknown])) unknown = i;
    const value = read.values[i];
    if (typeof value === 'number' && !Number.isFinite(value)) {
      if (nonFinite === -1 || before(key, read.keys[nonFinite])) nonFinite = i;
    }
  }
  for (const i of [thrower, unknown, nonFinite]) if (i !== -1 && !keep.includes(i)) keep.push(i);
  return keep.sort((a, b) => a - b);
}

/**
 * The positions of options' keys the core reads: it reads them in key
 * order and stops at the first it refuses, so every key up to the first
 * that is not an option (or cannot be read).
 */
function optionKeys(read) {
  const keep = [];
  for (let i = 0; i < read.keys.length; i++) {
    keep.push(i);
    if (!hasOwn(OPTION_TYPES, read.keys[i]) || read.errors?.has(i)) break;
  }
  return keep;
}

/**
 * What the core's own `evaluate` is given in place of the caller's object:
 * a plain object with the keys at `positions` and their values, where a
 * getter that threw throws the same error again (the core names its field).
 */
function standIn(original, read, choose) {
  if (read === null) return original;
  if (read === UNREADABLE) return UNREADABLE;
  const copy = {};
  for (const i of choose(read)) {
    const key = read.keys[i];
    const thrown = read.errors?.has(i);
    const descriptor = thrown
      ? {
          get() {
            throw read.errors.get(i);
          },
        }
      : { value: read.values[i], writable: true };
    // defineProperty, not assignment: a `__proto__` key stays a key.
    Object.defineProperty(copy, key, { ...descriptor, enumerable: true, configurable: true });
  }
  return copy;
}

/** The stand-ins of a prepared call's profile and options, for the core's own walk. */
export function standIns(call, fields) {
  return [
    standIn(call.profile, call.readProfile, (read) => decidingKeys(read, (key) => fields?.has(key) ?? true)),
    standIn(call.options, call.readOptions, optionKeys),
  ];
}

/**
 * A call read once: the profile taken apart for the core (src/shell/parts.rs,
 * `from_parts`) as pairs of fact index and value (0/1, a choice's index, a
 * number, a date as year × 10000 + month × 100 + day) in `parts`, or
 * `parts` null when the call is not a plain one; and what was read, from
 * which `standIns` makes what the core's own `evaluate` is given.
 * Values are only sorted here, not judged: numbers, dates and everything
 * else are checked by the core, as for JSON. `fields` is the core's table
 * of profile keys (index.js), a function: it throws before `init()`.
 */
export function prepare(profile, options, fields) {
  const readProfile = readOnce(profile);
  const readOptions = readOnce(options);
  let parts = null;
  let today = 0;
  let explain = true;
  try {
    const taken = takeApart(readProfile, options === undefined || options === null ? undefined : readOptions, fields);
    if (taken !== null) ({ parts, today, explain } = taken);
  } catch {
    // The engine is not initialised: the core's own `evaluate` says so.
  }
  return {
    parts,
    today,
    explain,
    // For the core's own walk, if it comes to that: what was read.
    profile,
    options,
    readProfile,
    readOptions,
  };
}

/** `YYYY-MM-DD` as the number year × 10000 + month × 100 + day, or null. */
function dateNumber(text) {
  if (typeof text !== 'string' || !DATE.test(text)) return null;
  return Number(text.slice(0, 4)) * 10000 + Number(text.slice(5, 7)) * 100 + Number(text.slice(8, 10));
}

const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

/** Profile and options read once (readOnce) → { parts, today, explain }, or null for the core's own walk. */
function takeApart(profile, options, fieldTable) {
  let today = 0;
  let explain = true;
  if (options !== undefined) {
    if (options === null || options === UNREADABLE || options.errors !== null) return null;
    for (let i = 0; i < options.keys.length; i++) {
      const key = options.keys[i];
      const value = options.values[i];
      if (!hasOwn(OPTION_TYPES, key)) return null;
      if (value === undefined || value === null) continue;
      if (typeof value !== OPTION_TYPES[key]) return null;
      if (key === 'today') {
        today = dateNumber(value);
        if (today === null) return null;
      } else {
        explain = value;
      }
    }
  }
  if (profile === null || profile === UNREADABLE || profile.errors !== null) return null;
  const fields = fieldTable();
  const { keys, values } = profile;
  const parts = [];
  for (let i = 0; i < keys.length; i++) {
    const value = values[i];
    const field = fields.get(keys[i]);
    if (field === undefined) return null;
    if (value === undefined || value === null) continue;
    switch (field.kind) {
      case 'bool':
        if (typeof value !== 'boolean') return null;
        parts.push(field.index, value ? 1 : 0);
        break;
      case 'choice': {
        const position = typeof value === 'string' ? field.choices.get(value) : undefined;
        if (position === undefined) return null;
        parts.push(field.index, position);
        break;
      }
      case 'date': {
        const number = dateNumber(value);
        if (number === null) return null;
        parts.push(field.index, number);
        break;
      }
      default:
        if (typeof value !== 'number' || !Number.isFinite(value)) return null;
        parts.push(field.index, value);
    }
  }
  return { parts, today, explain };
}
