import type { MfaDeviceKind } from '../shared/model.ts';

const KEYS: Record<MfaDeviceKind, string> = {
  'authenticator-app': 'popupDeviceApp',
  passkey: 'popupDevicePasskey',
  'security-key': 'popupDeviceSecurityKey',
  'hardware-totp': 'popupDeviceHardwareTotp',
};

export function deviceKindKey(kind: MfaDeviceKind): string {
  return KEYS[kind] ?? 'popupDeviceApp';
}
