import type { MfaDeviceKind } from '../shared/model.ts';

/** The MFA device kinds AWS lets a user register (IAM User Guide: up to eight, any mix). */
export const MFA_DEVICE_KINDS: readonly MfaDeviceKind[] = ['authenticator-app', 'passkey', 'security-key', 'hardware-totp'];
