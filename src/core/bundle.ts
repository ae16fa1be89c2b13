import { readFile } from 'node:fs/promises';
import { BUNDLE_SCHEMA_VERSION, type EvidenceBundle } from './evidence.ts';
import { HeguiError } from './errors.ts';

export async function readBundle(file: string): Promise<EvidenceBundle> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new HeguiError(
      'HEGUI_E_BUNDLE_UNREADABLE',
      `cannot read bundle ${file}: ${(error as NodeJS.ErrnoException).code ?? ''}`,
      { cause: error },
    );
  }
  let bundle: Partial<EvidenceBundle>;
  try {
    bundle = JSON.parse(text) as Partial<EvidenceBundle>;
  } catch (error) {
    throw new HeguiError('HEGUI_E_BUNDLE_UNREADABLE', `${file} is not JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (
    typeof bundle !== 'object' ||
    bundle === null ||
    typeof bundle.sections !== 'object' ||
    !Array.isArray(bundle.gaps)
  ) {
    throw new HeguiError('HEGUI_E_BUNDLE_UNREADABLE', `${file} is not a hegui evidence bundle`);
  }
  if (bundle.schemaVersion !== BUNDLE_SCHEMA_VERSION) {
    throw new HeguiError(
      'HEGUI_E_BUNDLE_SCHEMA',
      `${file} has schemaVersion ${String(bundle.schemaVersion)}; this hegui reads ${BUNDLE_SCHEMA_VERSION}`,
    );
  }
  return bundle as EvidenceBundle;
}

export function writeBundle(bundle: EvidenceBundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}
