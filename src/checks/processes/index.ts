import type { AnyCheck } from '../../core/check.ts';
import processDeletedExeRunning from './process-deleted-exe-running/process-deleted-exe-running.check.ts';
import processFakeKthreadRunning from './process-fake-kthread-running/process-fake-kthread-running.check.ts';
import processHiddenPathRunning from './process-hidden-path-running/process-hidden-path-running.check.ts';
import processMinerRunning from './process-miner-running/process-miner-running.check.ts';
import processTempExeRunning from './process-temp-exe-running/process-temp-exe-running.check.ts';

export const processesChecks: AnyCheck[] = [
  processDeletedExeRunning,
  processFakeKthreadRunning,
  processHiddenPathRunning,
  processMinerRunning,
  processTempExeRunning,
] as AnyCheck[];
