import apply from '../../menus/apply.json' with { type: 'json' };
import findService from '../../menus/find-service.json' with { type: 'json' };
import main from '../../menus/main.json' with { type: 'json' };
import myApplications from '../../menus/my-applications.json' with { type: 'json' };
import pay from '../../menus/pay.json' with { type: 'json' };
import settings from '../../menus/settings.json' with { type: 'json' };
import status from '../../menus/status.json' with { type: 'json' };

/**
 * The files under `menus/`, imported rather than read so that the Worker bundle carries them
 * (a Worker has no file system). A test fails when a file in `menus/` is missing here.
 */
export const bundledMenuFiles: Readonly<Record<string, unknown>> = {
  'main.json': main,
  'find-service.json': findService,
  'status.json': status,
  'my-applications.json': myApplications,
  'apply.json': apply,
  'pay.json': pay,
  'settings.json': settings,
};
