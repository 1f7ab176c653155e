// Type-checked with `tsc -p tests/node` (tests/node/types.test.mjs): the
// package's declarations must describe the API precisely, with no `any`.
import init, {
  evaluate,
  initSync,
  measures,
  nextQuestions,
  ProfileError,
  version,
  zones,
  type Audience,
  type Condition,
  type EvaluateOptions,
  type FactName,
  type Measure,
  type MeasureResult,
  type Nature,
  type Profile,
  type Question,
  type Report,
  type Status,
  type Text,
  type Truth,
  type Zone,
} from '../../pkg/index.js';

declare const wasmBytes: Uint8Array<ArrayBuffer>;

export async function inBrowser(): Promise<Status[]> {
  await init();
  const profile: Profile = { zone: 'chongqing', highTechEnterprise: true, aboveDesignatedSize: true, revenueYuan: null };
  const report: Report = evaluate(profile, { today: '2026-01-01' });
  return report.results.map((r) => r.status);
}

export function inNode(): string {
  initSync({ module: wasmBytes });
  const options: EvaluateOptions = { today: '2026-01-01' };
  const report = evaluate({ province: 'guizhou', zoneLevel: 'national', revenueYuan: 3e8 }, options);
  const first: MeasureResult | undefined = report.results[0];
  const missing: FactName[] = first?.missing ?? [];
  const share: number | undefined = first?.encouragedShareYuan;
  const deciding: string | undefined = first?.decidingDate;
  const nature: Nature | undefined = first?.nature;
  const draft: boolean | undefined = first?.draft;
  const contract: 3 = report.contract;
  const defaulted: boolean = report.asOfDefaulted;
  // Only eligible and conditional results can be claims; anything else (and any status not known) is none.
  const claims = report.results.filter((r) => r.status === 'eligible' || r.status === 'conditional');
  const informational = report.results.filter((r) => r.status === 'informational');
  const reason = first?.reasons[0];
  // A full report's reasons are objects; a brief one's ({ explain: false }) bare states.
  const reasonText: string | undefined = typeof reason === 'object' ? reason['zh-Hans'] : undefined;
  const state: 'holds' | 'fails' | 'unknown' | undefined = typeof reason === 'object' ? reason.state : reason;
  const brief = evaluate({ zone: 'chengdu' }, { today: '2026-01-01', explain: false });
  const briefState: Truth | undefined = brief.results[0]?.reasons.find((r): r is Truth => typeof r === 'string');
  void briefState;
  void [missing, share, deciding, nature, draft, contract, defaulted, claims, informational, reasonText, state];
  return `${version()} ${report.asOf}`;
}

export function catalogue(): string[] {
  const all: Measure[] = measures();
  return all.map((m) => {
    const title: Text = m.title;
    const cap: number | undefined = m.benefit.maxYuan;
    const draft: boolean = m.document.status === 'draft';
    const number: string | null = m.document.number;
    const nature: 'entitlement' | 'discretionary' | 'direction' | 'restated' = m.nature;
    const approval: string | undefined = m.approval?.en;
    const rule: string | undefined = m.nationalRule?.['zh-Hans'];
    const forWhom: Audience[] = m.audiences;
    const reach: string | undefined = m.reach?.en;
    // The date the text gives (issued, else published) and the year it set its targets for.
    const date: string | null = m.document.issued ?? m.document.published;
    const target: number | null = m.document.targetYear;
    return `${m.id} ${m.jurisdiction} ${forWhom.join()} ${reach} ${date} ${target} ${title.en} ${cap} ${draft} ${number} ${nature} ${approval} ${rule} ${m.clause} ${m.quote}`;
  });
}

export function factsOf(condition: Condition): FactName[] {
  if ('all' in condition) return condition.all.flatMap(factsOf);
  if ('any' in condition) return condition.any.flatMap(factsOf);
  if ('not' in condition) return factsOf(condition.not);
  return condition.test.facts;
}

export function questions(): string[] {
  const qs: Question[] = nextQuestions({}, undefined);
  return qs.map((q) => {
    const kind: 'bool' | 'choice' | 'number' | 'age' = q.type;
    const options: string[] = (q.options ?? []).map((o) => o.value + o.label.en);
    return `${q.fact} ${q.affects} ${q.measures.join()} ${kind} ${options.join()} ${q.unit?.en ?? ''} ${q.audiences.join()}`;
  });
}

export function directory(): string[] {
  const all: Zone[] = zones();
  // A park of the Chengdu demonstration zone has no level in the directory.
  return all.map((z) => `${z.id} ${z.name['zh-Hans']} ${z.province} ${z.level ?? 'zoneLevel to be stated'}`);
}

export function mistakes(): void {
  // @ts-expect-error: a misspelt fact is not a Profile field
  evaluate({ revenueYaun: 1 });
  // @ts-expect-error: not one of the provinces
  evaluate({ province: 'beijing' });
  // @ts-expect-error: money is a number
  evaluate({ revenueYuan: '1000' });
  // @ts-expect-error: not an option
  evaluate({}, { toady: '2026-01-01' });
  const report = evaluate({});
  // @ts-expect-error: results are not strings
  const wrong: string = report.results[0];
  // @ts-expect-error: not a status
  const status: Status = 'maybe';
  // @ts-expect-error: retired fact (use techContractSeller)
  evaluate({ registersTechContracts: true });
  // @ts-expect-error: renamed (encouragedShareYuan: a share the text encourages, not a minimum owed)
  const minimum = report.results[0]?.minimumYuan;
  // @ts-expect-error: a zone's level may be null
  const level: 'national' | 'provincial' = zones()[0]!.level;
  void [wrong, status, minimum, level];
  try {
    evaluate({ revenueYaun: 1 } as unknown as Profile);
  } catch (error) {
    // A portal puts the message beside the input the error names.
    if (error instanceof ProfileError) {
      const field: string | null = error.field;
      // @ts-expect-error: field may be null (the input as a whole)
      const always: string = error.field;
      void [field, always, error.message];
    }
  }
}
