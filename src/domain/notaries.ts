/**
 * Where to get the Identity Verification Form and Affidavit notarized, per country. Data, not
 * advice: fees change, so each carries the month it was last seen in a public report.
 * Sources: ../shared/research/aws-pages.md §5 (US Embassy Tokyo notarials, 公証役場 私署証書認証,
 * fees and appointment rules); seeds/000_1f9777e2ee33209c.txt (2016: $50, appointment three days
 * out, no electronics, passport, oath; "Medallion Signature" is not what AWS asks for).
 */
export interface NotaryOption {
  id: string;
  titleKey: string;
  detailKey: string;
  /** The fee, the month it was reported or checked, and the claim (claims.ts) that says so. */
  fee?: { amount: string; seen: string /* YYYY-MM */; claim: string };
}

const NOT_MEDALLION: NotaryOption = { id: 'not-medallion', titleKey: 'docNotaryNotMedallion', detailKey: 'docNotaryNotMedallionDetail' };

const BY_COUNTRY: Record<string, NotaryOption[]> = {
  JP: [
    // $50 per seal: the seed story (2016-12) and a 2022 report (the year only; January stands for it). Claims: report-us-embassy-fee.
    { id: 'us-embassy-jp', titleKey: 'docNotaryUsEmbassyJp', detailKey: 'docNotaryUsEmbassyJpDetail', fee: { amount: 'US$50', seen: '2022-01', claim: 'report-us-embassy-fee' } },
    // The notary offices' own fee table (Kobe notary center, checked 2026-12-01): 私署証書認証 ¥5,500
    // (no amount stated) plus ¥6,000 for a foreign-language document = ¥11,500; 宣誓認証 ¥11,000 +
    // ¥6,000 = ¥17,000, which matches what a Sept 2022 report paid. Claims: jp-notary-fee.
    { id: 'jp-notary-office', titleKey: 'docNotaryJpOffice', detailKey: 'docNotaryJpOfficeDetail', fee: { amount: '¥11,500–17,000', seen: '2026-12', claim: 'jp-notary-fee' } },
    NOT_MEDALLION,
  ],
  US: [{ id: 'us-notary-public', titleKey: 'docNotaryUsPublic', detailKey: 'docNotaryUsPublicDetail' }, NOT_MEDALLION],
};

const ELSEWHERE: NotaryOption[] = [
  { id: 'us-embassy', titleKey: 'docNotaryUsEmbassy', detailKey: 'docNotaryUsEmbassyDetail', fee: { amount: 'US$50', seen: '2022-01', claim: 'report-us-embassy-fee' } },
  NOT_MEDALLION,
];

/** Options for an ISO 3166 alpha-2 country (any case); a US embassy or consulate elsewhere. */
export function notaryOptions(country: string): NotaryOption[] {
  // Stryker disable next-line StringLiteral: any stand-in for a non-text country is no country of the table either
  const cc = typeof country === 'string' ? country.trim().toUpperCase() : '';
  return (Object.hasOwn(BY_COUNTRY, cc) ? BY_COUNTRY[cc]! : ELSEWHERE).map((o) => ({ ...o, ...(o.fee ? { fee: { ...o.fee } } : {}) }));
}

/** The claims (claims.ts) behind the fees shown. */
export function notaryFeeClaims(): string[] {
  return [...new Set([...Object.values(BY_COUNTRY).flat(), ...ELSEWHERE].flatMap((o) => (o.fee ? [o.fee.claim] : [])))];
}

/** Every locale key this module uses (locale tests). */
export function notaryMessageKeys(): string[] {
  const all = [...Object.values(BY_COUNTRY).flat(), ...ELSEWHERE];
  return [...new Set(all.flatMap((o) => [o.titleKey, o.detailKey]))].sort();
}
