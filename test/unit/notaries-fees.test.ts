import { describe, expect, it } from 'vitest';
import { notaryFeeClaims, notaryMessageKeys, notaryOptions } from '../../src/domain/notaries.ts';

describe('where to get the documents notarized', () => {
  it('shows the fees as reported, with the month seen and the claim behind each', () => {
    expect(notaryOptions('JP').map((o) => [o.id, o.titleKey, o.detailKey, o.fee])).toEqual([
      ['us-embassy-jp', 'docNotaryUsEmbassyJp', 'docNotaryUsEmbassyJpDetail', { amount: 'US$50', seen: '2022-01', claim: 'report-us-embassy-fee' }],
      ['jp-notary-office', 'docNotaryJpOffice', 'docNotaryJpOfficeDetail', { amount: '¥11,500–17,000', seen: '2026-12', claim: 'jp-notary-fee' }],
      ['not-medallion', 'docNotaryNotMedallion', 'docNotaryNotMedallionDetail', undefined],
    ]);
    expect(notaryOptions('US')[0]).toEqual({ id: 'us-notary-public', titleKey: 'docNotaryUsPublic', detailKey: 'docNotaryUsPublicDetail' });
    expect(notaryOptions('DE')[0]).toEqual({ id: 'us-embassy', titleKey: 'docNotaryUsEmbassy', detailKey: 'docNotaryUsEmbassyDetail', fee: { amount: 'US$50', seen: '2022-01', claim: 'report-us-embassy-fee' } });
  });

  it('reads the country in any case and with spaces around it, and anything not text as elsewhere', () => {
    expect(notaryOptions(' us ').map((o) => o.id)).toEqual(['us-notary-public', 'not-medallion']);
    expect(notaryOptions(42 as unknown as string).map((o) => o.id)).toEqual(['us-embassy', 'not-medallion']);
  });

  it('names each fee claim once, and every text key once, sorted', () => {
    expect(notaryFeeClaims()).toEqual(['report-us-embassy-fee', 'jp-notary-fee']);
    expect(notaryMessageKeys()).toEqual([
      'docNotaryJpOffice',
      'docNotaryJpOfficeDetail',
      'docNotaryNotMedallion',
      'docNotaryNotMedallionDetail',
      'docNotaryUsEmbassy',
      'docNotaryUsEmbassyDetail',
      'docNotaryUsEmbassyJp',
      'docNotaryUsEmbassyJpDetail',
      'docNotaryUsPublic',
      'docNotaryUsPublicDetail',
    ]);
  });
});
