import { HeguiError } from '../../core/errors.ts';
import { defineCommand } from '../command.ts';

// Placeholder registered so that the command table is fixed; the owning work replaces this file.
export const redactCommand = defineCommand({
  name: 'redact',
  usage: 'redact PATH --output PATH',
  description: 'mask, pseudonymise or generalise personal data in a file',
  run() {
    return Promise.reject(new HeguiError('HEGUI_E_INTERNAL', '`hegui redact` is not built yet'));
  },
});
