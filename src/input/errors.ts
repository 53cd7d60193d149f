/** Typed errors for misuse of the input API and for I/O. Document text never throws; it warns. */

export type InputErrorCode =
  | 'not-found'
  | 'is-directory'
  | 'io'
  | 'too-large'
  | 'binary-input'
  | 'unsupported-format'
  | 'pdf-timeout'
  | 'pdf-unreadable'
  | 'invalid-argument';

export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly code: InputErrorCode,
    message: string,
    readonly path?: string,
  ) {
    super(path ? `${path}: ${message}` : message);
    this.reason = message;
  }
  /** The message without the path, for callers that print the path themselves. */
  readonly reason: string;
}
