import { schemaValidators } from '../check/index.js';
import { Engine } from '../engine.js';
import { findRoot, loadCatalog } from './load.js';

/**
 * An engine over the forms and rules under `root`, validators compiled with ajv.
 *
 * @example
 * loadEngine('/repo').evaluate('key-rd', data).ok;
 */
export function loadEngine(root = findRoot()): Engine {
  return new Engine(loadCatalog(root), schemaValidators());
}
