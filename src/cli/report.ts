import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { runReportCommand } from './report-command';

// `npm run report` runs in the package folder; a relative FILE means the caller's folder.
const base =
  process.env.npm_lifecycle_event === 'report'
    ? (process.env.INIT_CWD ?? process.cwd())
    : process.cwd();
const where = (file: string) => (isAbsolute(file) ? file : resolve(base, file));

process.exitCode = runReportCommand(process.argv.slice(2), {
  fileSize: (file) => {
    const stat = statSync(where(file));
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    return stat.size;
  },
  readFile: (file) => readFileSync(where(file), 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
