/** A Markdown file found in the vault and read successfully. */
export interface NoteFile {
  /** Vault-relative path, forward slashes (`History/USSR/stalin.md`). */
  readonly path: string;
  readonly text: string;
  readonly size: number;
  readonly mtimeMs: number;
  /** sha256 of the raw bytes, hex. */
  readonly hash: string;
}
