import type { Capabilities } from '../../engine/capabilities.js';
import { applicationCapabilities } from './application-capabilities.js';
import { applyCapabilities } from './apply-capabilities.js';
import type { CapabilityDeps } from './capability-deps.js';
import { catalogCapabilities } from './catalog-capabilities.js';
import { paymentCapabilities } from './payment-capabilities.js';
import { settingsCapabilities } from './settings-capabilities.js';

export type { CapabilityDeps } from './capability-deps.js';

/** The data sources, actions and forms the menus name, backed by the database. */
export function createUssdCapabilities(deps: CapabilityDeps): Capabilities {
  const catalog = catalogCapabilities(deps);
  const applications = applicationCapabilities(deps);
  const apply = applyCapabilities(deps);
  const settings = settingsCapabilities(deps);
  const payments = paymentCapabilities(deps);
  return {
    sources: { ...catalog.sources, ...applications.sources },
    actions: { ...catalog.actions, ...applications.actions, ...apply.actions, ...settings.actions, ...payments.actions },
    forms: { ...apply.forms },
  };
}
