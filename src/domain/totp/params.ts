/** What a TOTP code depends on, once a backup has been read and validated. */
export type TotpAlgorithm = 'sha1' | 'sha256' | 'sha512';
export type TotpDigits = 6 | 8;

export interface TotpParams {
  /** The raw secret. The drill page zero-fills it when it forgets the backup. */
  secret: Uint8Array;
  algorithm: TotpAlgorithm;
  digits: TotpDigits;
  /** Seconds per step. */
  period: number;
}

/** AWS virtual MFA devices: SHA-1, 6 digits, 30-second steps (also the Key URI format's defaults). */
export const AWS_TOTP = { algorithm: 'sha1', digits: 6, period: 30 } as const satisfies Omit<TotpParams, 'secret'>;

export const MIN_PERIOD = 1;
export const MAX_PERIOD = 3600;
