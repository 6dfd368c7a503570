import { RecollectError } from '../errors.js';

/** The export target is an existing folder, not a file path. */
export class ExportPathIsDirectoryError extends RecollectError {
  override readonly name = 'ExportPathIsDirectoryError';
}

/** The folder that should hold the export file does not exist (or is not a folder). */
export class ExportFolderMissingError extends RecollectError {
  override readonly name = 'ExportFolderMissingError';
}

/** The export file or its folder may not be written to. */
export class ExportNotWritableError extends RecollectError {
  override readonly name = 'ExportNotWritableError';
}

/** Writing the export failed part-way; the target was left as it was. */
export class ExportWriteError extends RecollectError {
  override readonly name = 'ExportWriteError';
}
