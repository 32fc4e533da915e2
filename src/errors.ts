/**
 * Errors about the user's inputs (model files, data files, options). The CLI prints
 * `error: <message>` for these, with no stack trace, and exits non-zero; any other Error is
 * a bug in twinmargin and is reported with its stack.
 *
 * Messages are one line and carry their own context: the file, and where relevant the node,
 * op, tensor and the offending value or shape.
 */
export class UserError extends Error {
  override readonly name = 'UserError';

  constructor(message: string) {
    super(message.replace(/\s*\n\s*/g, ' '));
  }
}
