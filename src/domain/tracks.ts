// The ways a person is assessed, apart from their zod schema: a screen that only names them
// (the scoring guide, the policy editor) then loads no zod.

export const TRACKS = ['full-time', 'fractional', 'project', 'self'] as const;
export type Track = (typeof TRACKS)[number];
