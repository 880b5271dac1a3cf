// Whether the pretty view is coloured: --color, then FORCE_COLOR / NO_COLOR (https://no-color.org,
// https://force-color.org), then whether the output is a terminal. The CLI's only say in the matter.
export type ColorMode = 'auto' | 'always' | 'never';

export function useColor(mode: ColorMode, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (mode === 'always') return true;
  if (mode === 'never') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return !['0', 'false'].includes(force.trim().toLowerCase());
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}
