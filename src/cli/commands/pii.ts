import { HeguiError } from '../../core/errors.ts';
import { defineCommand } from '../command.ts';

// Placeholder registered so that the command table is fixed; the owning work replaces this file.
export const piiCommand = defineCommand({
  name: 'pii',
  usage: 'pii inventory [--root DIR] [--format csv',
  description: 'json]|personal information found on the server: where, what kind, how much',
  run() {
    return Promise.reject(new HeguiError('HEGUI_E_INTERNAL', '`hegui pii` is not built yet'));
  },
});
