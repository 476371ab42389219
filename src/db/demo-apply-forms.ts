import { COMMON_FIELDS, type ApplyFieldSpec } from '../domain/apply-field-spec.js';
import type { DemoService } from './demo-catalogue.js';

/** Demo services that end with a document to collect ask where; the others do not. */
const COLLECTED = new Set(['CRS/BIRTH-CERT', 'CRS/DEATH-CERT', 'NTSA/DL-RENEW-1Y', 'KRA/TCC']);

/** The form a demo service asks over USSD, or null when it cannot be applied for by phone. */
export function demoApplyForm(service: DemoService): ApplyFieldSpec[] | null {
  if (!service.ussdApply) return null;
  const fields: ApplyFieldSpec[] = [COMMON_FIELDS.nationalId, COMMON_FIELDS.fullName, COMMON_FIELDS.county];
  if (COLLECTED.has(`${service.agency}/${service.code}`)) fields.push(COMMON_FIELDS.collectionCentre);
  return fields;
}
