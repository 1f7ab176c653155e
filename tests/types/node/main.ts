// An older project's resolution (moduleResolution: node, as Vue CLI and TypeScript before
// 4.7 use): the subpaths' types are found through typesVersions.
import init, { about, evaluate, loadReader, ProfileError, readerLoaded } from 'hitech-eligibility';
import type { HitechEligibility } from 'hitech-eligibility/widget';
import type { HitechBatch, HitechBatchDoneDetail } from 'hitech-eligibility/batch';

export async function check(element: HitechEligibility, batch: HitechBatch): Promise<string> {
  // The engine first, its reader (the messages of a refused profile) when wanted.
  await init({ reader: false });
  if (!readerLoaded()) await loadReader();
  element.zone = 'guiyang';
  batch.addEventListener('hitech-batch-done', (event: CustomEvent<HitechBatchDoneDetail>) => event.detail.summary.rows);
  try {
    return String(evaluate({ zone: element.zone || undefined }).results.length) + about().catalogue.version;
  } catch (error) {
    return error instanceof ProfileError ? `${error.code} ${error.messages['zh-Hans']}` : '';
  }
}
