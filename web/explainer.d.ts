/**
 * article-explainer: explains a news article in the reader's browser or in
 * node: who is quoted, the actors, their claims, where positions collide,
 * what happened when and where the information comes from.
 *
 *   import { createExplainer } from 'article-explainer';
 *   const explainer = await createExplainer();
 *   const result = explainer.explain(text, { date: '2025-08-20' });
 *
 * Every `start`/`end` is a UTF-16 code-unit offset into the input text, end
 * exclusive: `text.slice(span.start, span.end)` is the span's text.
 */

/** A span of the input text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** One sentence of the article. */
export type Sentence = Span;

export type EntityType = 'person' | 'organization' | 'place' | 'date' | 'other';

/** A person, organisation, place or date the article names; ids look like "E3". */
export interface Entity {
  id: string;
  type: EntityType;
  /** The fullest form seen, e.g. "Dmitry Peskov". */
  name: string;
  /** A title or description found in the text ("Kremlin spokesman"), or null. */
  role: string | null;
  /** Every surface form that refers to it. */
  mentions: Span[];
}

export type QuoteKind = 'direct' | 'partial' | 'nested' | 'indirect';

/** The attribution phrase of a quote ("Peskov said"). */
export interface Cue extends Span {
  text: string;
}

/** A quotation or reported speech; ids look like "Q3". */
export interface Quote extends Span {
  id: string;
  kind: QuoteKind;
  /** The quoted words without the quotation marks. */
  content: Span;
  /** An entity id, or null when the text gives no speaker. */
  speaker: string | null;
  cue: Cue | null;
  confidence: number;
}

export type ClaimType = 'fact' | 'prediction' | 'position' | 'praise' | 'criticism' |
  'accusation' | 'threat' | 'promise' | 'other';

/** A statement presented as someone's assertion (or the article's own); ids look like "C4". */
export interface Claim extends Span {
  id: string;
  /** The entity id of who asserts it, or null for the article itself. */
  source: string | null;
  type: ClaimType;
  /** The entity id the claim is about, or null. */
  target: string | null;
  /** Toward the target: -1, 0 or 1. */
  polarity: -1 | 0 | 1;
  /** Conditional or uncertain (could, may, if, reportedly). */
  hedged: boolean;
  /** The id of the quote it comes from, or null. */
  quote: string | null;
  text: string;
  confidence: number;
}

export type ContrastKind = 'explicit' | 'stance' | 'expectation';

/** One side of a contrast. */
export interface ContrastSide extends Span {
  /** The claim id this side is, or null. */
  claim: string | null;
}

/** Two positions the article sets against each other; ids look like "X1". */
export interface Contrast {
  id: string;
  kind: ContrastKind;
  /** One plain sentence built from the text's own words. */
  summary: string;
  /** The connective ("In contrast", "while"), or null. */
  marker: Cue | null;
  a: ContrastSide;
  b: ContrastSide;
  confidence: number;
}

/** A dated event; ids look like "T2". */
export interface TimelineEvent extends Span {
  id: string;
  when: {
    text: string;
    /** As precise as the text allows: "2025-08-15", "--08-15", "2025-01", or null. */
    iso: string | null;
  };
  event: string;
}

/** Where the article's information comes from; ids look like "S2". */
export interface Source extends Span {
  id: string;
  name: string;
  /** The entity id, or null. */
  entity: string | null;
  /** "news agency", "interview", "document", ... or null. */
  kind: string | null;
  /** The id of the source this one cites, or null. */
  via: string | null;
}

/** Something odd about the input ("unbalanced_quote", "invalid_encoding", "lone_surrogate", ...). */
export interface Warning extends Span {
  code: string;
  message: string;
}

/** The explanation of one article: SCHEMA.md version 1. Arrays are present even when empty. */
export interface Explanation {
  version: 1;
  /** The input's length in UTF-16 code units. */
  length: number;
  sentences: Sentence[];
  entities: Entity[];
  quotes: Quote[];
  claims: Claim[];
  contrasts: Contrast[];
  timeline: TimelineEvent[];
  sources: Source[];
  warnings: Warning[];
}

/** Any item with an id, as the widget's `select` event reports it. */
export type ExplanationItem = Entity | Quote | Claim | Contrast | TimelineEvent | Source;

export interface ExplainOptions {
  /** Reference date YYYY-MM-DD for relative expressions ("last month"). */
  date?: string;
}

/** Error codes callers can rely on. */
export declare const ErrorCodes: Readonly<{
  INPUT_TOO_LARGE: 'input_too_large';
  INVALID_INPUT: 'invalid_input';
  INVALID_OPTIONS: 'invalid_options';
  INTERNAL: 'internal_error';
}>;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

/** Thrown by createExplainer() and explain(); `code` is one of ErrorCodes. */
export declare class ExplainerError extends Error {
  constructor(code: string, message: string);
  readonly name: 'ExplainerError';
  /** A stable machine-readable code (one of ErrorCodes). */
  readonly code: ErrorCode | string;
}

/** Explains articles; get one from createExplainer(). */
export declare class Explainer {
  private constructor(loaded: unknown);
  /** Largest input accepted, in UTF-8 bytes. */
  readonly maxInputBytes: number;
  /**
   * Explains one article, synchronously.
   * @param text the article as a string, or UTF-8 bytes (invalid bytes become U+FFFD, with a warning)
   * @throws {ExplainerError}
   */
  explain(text: string | Uint8Array, options?: ExplainOptions | null): Explanation;
}

export interface ModuleOptions {
  /** The core.wasm bytes (skips fetching it). */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** core.wasm already compiled, e.g. by a page while its worker starts (only instantiated). */
  wasmModule?: WebAssembly.Module;
  /** Where to find core.wasm: (path, prefix) => URL. */
  locateFile?: (path: string, prefix: string) => string;
}

/**
 * Loads the wasm core (once per JS realm; every explainer shares it) and returns an Explainer.
 * @throws {ExplainerError} code internal_error when the module cannot load
 */
export declare function createExplainer(moduleOptions?: ModuleOptions): Promise<Explainer>;
