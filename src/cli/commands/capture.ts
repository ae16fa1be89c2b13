import { HeguiError } from '../../core/errors.ts';
import { defineCommand } from '../command.ts';

// Placeholder registered so that the command table is fixed; the owning work replaces this file.
export const captureCommand = defineCommand({
  name: 'capture',
  usage: 'capture [--root DIR] --output FILE.tar.gz; capture verify FILE',
  description: 'preserve evidence with a SHA-256 manifest; verify it',
  run() {
    return Promise.reject(new HeguiError('HEGUI_E_INTERNAL', '`hegui capture` is not built yet'));
  },
});
