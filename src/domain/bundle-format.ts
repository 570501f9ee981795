// What names a bundle file, apart from its zod schema: code that only writes a bundle (the
// report's download) then loads no zod.
export const BUNDLE_FORMAT = 'archkit-bundle';
export const BUNDLE_FORMAT_VERSION = 1;
