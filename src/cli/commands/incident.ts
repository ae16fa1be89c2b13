import { HeguiError } from '../../core/errors.ts';
import { defineCommand } from '../command.ts';

// Placeholder registered so that the command table is fixed; the owning work replaces this file.
export const incidentCommand = defineCommand({
  name: 'incident',
  usage: 'incident open|list|show|status|update|close|drill …',
  description: 'record an incident, its statutory clocks and documents',
  run() {
    return Promise.reject(new HeguiError('HEGUI_E_INTERNAL', '`hegui incident` is not built yet'));
  },
});
