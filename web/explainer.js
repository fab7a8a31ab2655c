/**
 * article-explainer's public JS API, the same in node, pages and workers.
 *
 *   import { createExplainer } from 'article-explainer';
 *   const explainer = await createExplainer();
 *   const result = explainer.explain(text, { date: '2025-08-20' });
 *
 * `result` is the object ../shared/SCHEMA.md describes (offsets are UTF-16
 * code units: `text.slice(span.start, span.end)`). Errors are thrown as
 * ExplainerError with a stable `code`; a raw Embind or wasm error never
 * reaches the caller. Every explainer in one JS realm shares one wasm
 * instance (several widgets on a page cost one module).
 */
import createCore from './core.mjs';

/** Error codes callers can rely on. */
export const ErrorCodes = Object.freeze({
  INPUT_TOO_LARGE: 'input_too_large',
  INVALID_INPUT: 'invalid_input',
  INVALID_OPTIONS: 'invalid_options',
  INTERNAL: 'internal_error',
});

/** Thrown by createExplainer() and explain(); `code` is one of ErrorCodes. */
export class ExplainerError extends Error {
  /**
   * @param {string} code stable machine-readable code
   * @param {string} message what happened, for a person
   */
  constructor(code, message) {
    super(message);
    this.name = 'ExplainerError';
    this.code = code;
  }
}

const isNode = typeof process !== 'undefined' && !!process.versions?.node &&
  typeof window === 'undefined' && typeof WorkerGlobalScope === 'undefined';

let sharedCore = null;  // Promise of {module, core}, shared by all explainers

async function loadCore(moduleOptions) {
  const { wasmModule, ...args } = moduleOptions;
  if (wasmModule) {
    // core.wasm already compiled (by the page, while this worker started):
    // only instantiate it. The glue cannot report a failure from this hook,
    // so it is raced against the glue's own promise.
    let failed;
    const instantiating = new Promise((_, reject) => { failed = reject; });
    args.instantiateWasm = (imports, receive) => {
      WebAssembly.instantiate(wasmModule, imports).then((instance) => receive(instance, wasmModule), failed);
      return {};  // the exports arrive through receive()
    };
    const module = await Promise.race([createCore(args), instantiating]);
    return { module, core: new module.Core() };
  }
  if (!args.wasmBinary && isNode) {
    // The web-targeted glue fetches the .wasm by URL, which node's fetch()
    // cannot do for file: URLs (TOOLCHAIN pitfall 3), so hand it the bytes.
    const { readFile } = await import('node:fs/promises');
    args.wasmBinary = await readFile(new URL('./core.wasm', import.meta.url));
  }
  const module = await createCore(args);
  return { module, core: new module.Core() };
}

function lengthLimit(module) {
  return Number(module.maxInputBytes);
}

// Lone surrogates cannot be encoded as UTF-8; each becomes U+FFFD, which is
// also one UTF-16 unit, so every offset still indexes the caller's string.
function wellFormed(text, warnings) {
  const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
  let first = -1;
  let count = 0;
  const fixed = text.replace(lone, (m, offset) => {
    if (first < 0) first = offset;
    count += 1;
    return '\uFFFD';
  });
  if (count > 0) {
    warnings.push({
      code: 'lone_surrogate', start: first, end: first + 1,
      message: `${count} unpaired UTF-16 surrogate(s) were read as U+FFFD.`,
    });
  }
  return fixed;
}

/** Explains articles; get one from createExplainer(). */
export class Explainer {
  /** @param {{module: object, core: object}} loaded */
  constructor(loaded) {
    this._loaded = loaded;
  }

  /** Largest input accepted, in UTF-8 bytes. */
  get maxInputBytes() {
    return lengthLimit(this._loaded.module);
  }

  /**
   * Explains one article, synchronously.
   * @param {string|Uint8Array} text the article as a string, or UTF-8 bytes
   *   (invalid bytes are replaced by U+FFFD and reported in `warnings`)
   * @param {{date?: string}} [options] `date`: reference date YYYY-MM-DD for
   *   relative expressions ("last month")
   * @returns {object} the explanation (SCHEMA.md version 1)
   * @throws {ExplainerError}
   */
  explain(text, options) {
    if (!this._loaded) {
      throw new ExplainerError(ErrorCodes.INTERNAL,
        'This explainer failed earlier and was closed; create a new one.');
    }
    const isBytes = text instanceof Uint8Array;
    if (typeof text !== 'string' && !isBytes) {
      throw new ExplainerError(ErrorCodes.INVALID_INPUT,
        `explain() takes the article as a string or UTF-8 bytes, not ${text === null ? 'null' : typeof text}.`);
    }
    let optionsJson = '';
    if (options !== undefined && options !== null) {
      if (typeof options !== 'object' || Array.isArray(options)) {
        throw new ExplainerError(ErrorCodes.INVALID_OPTIONS,
          'Options must be an object, e.g. { date: "2025-08-20" }.');
      }
      optionsJson = JSON.stringify(options);
    }
    const limit = this.maxInputBytes;
    // A string's UTF-8 form is never shorter than its UTF-16 length, so this
    // refuses huge input before copying it into wasm memory.
    if (text.length > limit) {
      throw new ExplainerError(ErrorCodes.INPUT_TOO_LARGE,
        `The text is over the limit of ${limit} bytes (8 MiB). Explain a shorter article.`);
    }
    const warnings = [];
    const input = isBytes ? text : wellFormed(text, warnings);
    let json;
    try {
      json = this._loaded.core.explain(input, optionsJson);
    } catch (err) {
      // A wasm abort (out of memory, a core bug) leaves the instance unusable:
      // drop it so the next createExplainer() starts a fresh one.
      if (sharedCore && this._loaded) sharedCore = null;
      this._loaded = null;
      throw new ExplainerError(ErrorCodes.INTERNAL,
        `The explainer failed on this input: ${err && err.message ? err.message : err}`);
    }
    const result = JSON.parse(json);
    if (result.error) throw new ExplainerError(result.error.code, result.error.message);
    if (warnings.length) result.warnings.push(...warnings);
    return result;
  }
}

/**
 * Loads the wasm core (once per JS realm) and returns an Explainer.
 * @param {{wasmBinary?: ArrayBuffer|Uint8Array, wasmModule?: WebAssembly.Module, locateFile?: Function}} [moduleOptions]
 *   advanced: the .wasm bytes, core.wasm already compiled, or where to find core.wasm
 * @returns {Promise<Explainer>}
 * @throws {ExplainerError} code internal_error when the module cannot load
 */
export async function createExplainer(moduleOptions = {}) {
  if (!sharedCore) sharedCore = loadCore(moduleOptions);
  const pending = sharedCore;
  try {
    return new Explainer(await pending);
  } catch (err) {
    if (sharedCore === pending) sharedCore = null;
    throw new ExplainerError(ErrorCodes.INTERNAL,
      `Could not load the explainer's WebAssembly module: ${err && err.message ? err.message : err}`);
  }
}
