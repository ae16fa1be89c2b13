import type { AnyCheck } from '../../core/check.ts';
import piiPlaintextFound from './pii-plaintext-found/pii-plaintext-found.check.ts';
import piiPlaintextVolumeFound from './pii-plaintext-volume-found/pii-plaintext-volume-found.check.ts';
import piiSensitivePlaintextFound from './pii-sensitive-plaintext-found/pii-sensitive-plaintext-found.check.ts';

export const personalDataChecks: AnyCheck[] = [
  piiPlaintextFound,
  piiSensitivePlaintextFound,
  piiPlaintextVolumeFound,
];
