import { describe, expect, it } from 'vitest';
import { DOCUMENT_STEPS, SUPPORT_FORM_URL } from '../../src/domain/documents.ts';
import { notaryOptions, notaryMessageKeys } from '../../src/domain/notaries.ts';
import { loadSourceLocales } from './locale-source.ts';

describe('documents', () => {
  it('covers what the issue lists, with unique ids', () => {
    const ids = DOCUMENT_STEPS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['doc-form', 'doc-photo-id', 'doc-address', 'doc-notary', 'doc-appointment', 'doc-print', 'doc-sent', 'doc-case-id', 'doc-objection']) {
      expect(ids).toContain(id);
    }
    expect(DOCUMENT_STEPS.filter((d) => d.field).map((d) => d.field).sort()).toEqual(['appointmentDay', 'documentsSentAt', 'objectionEmailAt', 'supportCaseId']);
    expect(SUPPORT_FORM_URL).toBe('https://aws.amazon.com/forms/aws-mfa-support');
  });

  it('has every key in both languages', () => {
    const { en, ja } = loadSourceLocales();
    for (const d of DOCUMENT_STEPS) for (const k of [d.titleKey, d.detailKey!]) {
      expect(en![k], k).toBeDefined();
      expect(ja![k], k).toBeDefined();
    }
    for (const k of notaryMessageKeys()) expect(en![k] && ja![k], k).toBeDefined();
  });

  it('the objection step says not to object if it was you', () => {
    const { en, ja } = loadSourceLocales();
    expect(en!.docStepObjectionDetail!.message).toMatch(/do not object/i);
    expect(ja!.docStepObjectionDetail!.message).toMatch(/異議/);
  });
});

describe('notaryOptions', () => {
  it('Japan: the US Embassy and consulates, or a Japanese notary office; fees dated', () => {
    const jp = notaryOptions('jp');
    expect(jp.map((o) => o.id)).toEqual(['us-embassy-jp', 'jp-notary-office', 'not-medallion']);
    for (const o of jp.filter((x) => x.fee)) expect(o.fee!.seen).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
  });
  it('US: any notary public; elsewhere: a US embassy or consulate; always "not a Medallion signature"', () => {
    expect(notaryOptions('US').map((o) => o.id)).toEqual(['us-notary-public', 'not-medallion']);
    expect(notaryOptions('DE').map((o) => o.id)).toEqual(['us-embassy', 'not-medallion']);
    expect(notaryOptions('').map((o) => o.id)).toEqual(['us-embassy', 'not-medallion']);
    expect(notaryOptions('__proto__').map((o) => o.id)).toEqual(['us-embassy', 'not-medallion']);
  });
  it('returns copies: a caller cannot change the data', () => {
    notaryOptions('JP')[0]!.fee!.amount = 'free';
    expect(notaryOptions('JP')[0]!.fee!.amount).toBe('US$50');
  });
});
