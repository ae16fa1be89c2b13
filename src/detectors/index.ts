/**
 * The explicit detector registry (DESIGN §9.3): every content detector the engine runs, in order.
 * Workers load this module and pick detectors by id, so a detector must be listed here to run there.
 */
import type { Detector } from './detector.ts';
import { miningDetector } from './mining/mining.detector.ts';
import { hostedToolsDetector } from './pages/hosted-tools.detector.ts';
import { pagesDetector } from './pages/pages.detector.ts';
import { secretsDetector } from './secrets/secrets.detector.ts';
import { webshellDetector } from './webshell/webshell.detector.ts';

export const DETECTORS: readonly Detector[] = [
  miningDetector,
  webshellDetector,
  pagesDetector,
  hostedToolsDetector,
  secretsDetector,
];
