import type { AnyCheck } from '../../core/check.ts';
import cronDownloadExecFound from './cron-download-exec-found/cron-download-exec-found.check.ts';
import cronEncodedPayloadFound from './cron-encoded-payload-found/cron-encoded-payload-found.check.ts';
import cronHiddenPathFound from './cron-hidden-path-found/cron-hidden-path-found.check.ts';
import cronReverseShellFound from './cron-reverse-shell-found/cron-reverse-shell-found.check.ts';
import cronTempPathFound from './cron-temp-path-found/cron-temp-path-found.check.ts';
import preloadLdPreloadEnvFound from './preload-ld-preload-env-found/preload-ld-preload-env-found.check.ts';
import preloadLdSoPreloadFound from './preload-ld-so-preload-found/preload-ld-so-preload-found.check.ts';

export const persistenceChecks: AnyCheck[] = [
  cronDownloadExecFound,
  cronEncodedPayloadFound,
  cronHiddenPathFound,
  cronReverseShellFound,
  cronTempPathFound,
  preloadLdPreloadEnvFound,
  preloadLdSoPreloadFound,
];
