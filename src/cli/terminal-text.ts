/**
 * Text on its way to the terminal: note text can hold control sequences (an OSC 52 clipboard write, `ESC[6n`
 * that makes the terminal type into the shell, 8-bit C1 codes). Every control character except tab, newline and
 * carriage return is shown as a visible `\u001b` escape instead, which is also a valid escape inside `--json`
 * output; only our own colour and erase-line codes pass.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSAFE = /\u001b\[[0-9;]*m|\u001b\[2K|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** `text` with every control character but tab, newline, CR and SGR/erase-line codes written as `\uXXXX`. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (match) =>
    match.length > 1 ? match : `\\u${match.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
