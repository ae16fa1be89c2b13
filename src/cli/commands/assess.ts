import { HeguiError } from '../../core/errors.ts';
import { defineCommand } from '../command.ts';

// Placeholder registered so that the command table is fixed; the owning work replaces this file.
export const assessCommand = defineCommand({
  name: 'assess',
  usage: 'assess use|cross-border|classify|licences|provider …',
  description: 'assess a planned use, a cross-border transfer, data classes, licences, providers',
  run() {
    return Promise.reject(new HeguiError('HEGUI_E_INTERNAL', '`hegui assess` is not built yet'));
  },
});
