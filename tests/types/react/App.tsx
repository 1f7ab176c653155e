// WIDGET.md's React recipe: every attribute, the events, a ref.
import { useEffect, useRef } from 'react';
import 'hitech-eligibility/widget';
import 'hitech-eligibility/batch';
import type { HitechEligibility } from 'hitech-eligibility/widget';

export function Checker({ lang }: { lang: 'zh-Hans' | 'en' }) {
  const ref = useRef<HitechEligibility>(null);
  useEffect(() => {
    if (ref.current) ref.current.contacts = { chongqing: { label: '重庆高新区政务服务中心', phone: '023-00000000' } };
  }, []);
  return (
    <>
      <hitech-eligibility
        ref={ref}
        lang={lang}
        audience="enterprise"
        topic="funding"
        province="chongqing"
        zone="chongqing"
        measures="national chongqing"
        as-of="2026-01-01"
        share-base="/policy/check"
        no-header
        className="checker"
        onhitech-eligibility-change={(event) => console.log(event.detail.report.results.length, event.detail.audience)}
        onhitech-eligibility-error={(event) => console.warn(event.detail.reason)}
      />
      <hitech-batch lang="en" audience="all" onhitech-batch-done={(event) => console.log(event.detail.summary.rows)} />
    </>
  );
}
