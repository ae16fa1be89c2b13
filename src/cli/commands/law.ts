// PLACEHOLDER: the legal catalogue work implements `law list` and `law show ID`.
import { HeguiError } from '../../core/errors.ts';
import { defineCommand } from '../command.ts';

export const lawCommand = defineCommand({
  name: 'law',
  usage: 'law list | law show ID',
  description: 'the legal catalogue: provisions, liability, penalties, verification status',
  run() {
    return Promise.reject(new HeguiError('HEGUI_E_USAGE', 'law is not available yet'));
  },
});
