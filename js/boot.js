// The first screen's tables (issue 26): what the form shows before any answer
// that would otherwise be read from the engine — the zone directory, the
// province question's choices, what the topic choice reads of the measures
// and the versions in the footer. The bundle
// (scripts/bundle.mjs) writes them here from the engine it was built with, so
// that the element paints its first screen while the wasm is still on its
// way; as written here there are none, and the element waits for the engine.

/**
 * `{ zones, province, measures, about }`: zones(), the province question of questions(), each
 * different `{ jurisdiction, topic, audiences }` of measures(), and about(); or null.
 */
export const BOOT = null;
