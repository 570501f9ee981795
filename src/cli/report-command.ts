import { checkBundleSize, parseBundleText } from '../domain/bundle-validate';
import { reportsToJsonText } from '../domain/report-json';
import { reportsToMarkdown } from '../domain/report-markdown';
import { buildBundleReports } from '../domain/report-model';
import { problemText } from '../domain/validation-error';

/** What the command touches, injected so tests run it in-process. */
export type ReportIo = {
  /** Size in bytes; throws (with `code` ENOENT for a missing file) like fs.statSync. */
  fileSize: (file: string) => number;
  readFile: (file: string) => string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
};

export const EXIT_OK = 0;
export const EXIT_REJECTED = 2;

const USAGE = 'usage: npm run --silent report -- FILE [--format md|json]';

type Options = { file: string; format: 'md' | 'json' } | { error: string } | { help: true };

export function parseReportArgs(args: readonly string[]): Options {
  let file: string | undefined;
  let format: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--format' || arg.startsWith('--format=')) {
      if (format !== undefined) return { error: '--format is given twice' };
      format = arg === '--format' ? args[++i] : arg.slice('--format='.length);
      if (format === undefined) return { error: '--format needs a value: md or json' };
    } else if (arg.startsWith('-') && arg !== '-') {
      return { error: `unknown option ${arg}` };
    } else if (file === undefined) {
      file = arg;
    } else {
      return { error: `only one FILE is read, got "${file}" and "${arg}"` };
    }
  }
  if (file === undefined) return { error: 'FILE is missing' };
  if (format !== undefined && format !== 'md' && format !== 'json') {
    return { error: `--format must be md or json, not "${format}"` };
  }
  return { file, format: format ?? 'md' };
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

function describeFileError(file: string, error: unknown): string {
  const code = errorCode(error);
  if (code === 'ENOENT') return `${file}: no such file`;
  if (code === 'EISDIR') return `${file}: is a folder, not a file`;
  if (code === 'EACCES') return `${file}: permission denied`;
  return `${file}: cannot be read (${error instanceof Error ? error.message : String(error)})`;
}

/** Runs `archkit report`; returns the exit status. Nothing reaches stdout unless it succeeds. */
export function runReportCommand(args: readonly string[], io: ReportIo): number {
  const fail = (message: string) => {
    io.stderr(`archkit report: ${message}\n`);
    return EXIT_REJECTED;
  };
  const options = parseReportArgs(args);
  if ('help' in options) {
    io.stdout(`${USAGE}\n`);
    return EXIT_OK;
  }
  if ('error' in options) return fail(`${options.error}\n${USAGE}`);

  let text: string;
  try {
    // Size first, so a huge file is refused before it is loaded into memory.
    const tooBig = checkBundleSize(io.fileSize(options.file));
    if (tooBig) return fail(problemText(tooBig));
    text = io.readFile(options.file);
  } catch (error) {
    return fail(describeFileError(options.file, error));
  }
  const bundle = parseBundleText(text);
  if (!bundle.ok) return fail(problemText(bundle.problem));

  const reports = buildBundleReports(bundle.value);
  io.stdout(
    options.format === 'json' ? `${reportsToJsonText(reports)}\n` : reportsToMarkdown(reports),
  );
  return EXIT_OK;
}
