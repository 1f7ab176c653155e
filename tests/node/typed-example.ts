// Type-checked with `tsc -p tests/node` (tests/node/types.test.mjs): the
// package's declarations must describe the API precisely, with no `any`.
import init, {
  evaluate,
  initSync,
  measures,
  nextQuestions,
  version,
  zones,
  type Condition,
  type EvaluateOptions,
  type FactName,
  type Measure,
  type MeasureResult,
  type Profile,
  type Question,
  type Report,
  type Status,
  type Text,
  type Truth,
  type Zone,
} from '../../pkg/hitech_eligibility.js';

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
  const minimum: number | undefined = first?.minimumYuan;
  const reason = first?.reasons[0];
  // A full report's reasons are objects; a brief one's ({ explain: false }) bare states.
  const reasonText: string | undefined = typeof reason === 'object' ? reason['zh-Hans'] : undefined;
  const state: 'holds' | 'fails' | 'unknown' | undefined = typeof reason === 'object' ? reason.state : reason;
  const brief = evaluate({ zone: 'chengdu' }, { today: '2026-01-01', explain: false });
  const briefState: Truth | undefined = brief.results[0]?.reasons.find((r): r is Truth => typeof r === 'string');
  void briefState;
  void [missing, minimum, reasonText, state];
  return `${version()} ${report.asOf}`;
}

export function catalogue(): string[] {
  const all: Measure[] = measures();
  return all.map((m) => {
    const title: Text = m.title;
    const cap: number | undefined = m.benefit.maxYuan;
    const draft: boolean = m.document.status === 'draft';
    const number: string | null = m.document.number;
    const approval: string | undefined = m.approval?.en;
    return `${m.id} ${m.jurisdiction} ${m.audience} ${title.en} ${cap} ${draft} ${number} ${approval} ${m.clause} ${m.quote}`;
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
  return all.map((z) => `${z.id} ${z.name['zh-Hans']} ${z.province} ${z.level}`);
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
  void [wrong, status];
}
