/** A log of the bundler (Rolldown) during `astro build`. */
export interface BuildLog {
  code?: string | undefined;
  message: string;
}

/**
 * Astro compiles every MDX page with the module directive "use astro:head-inject", and Rolldown
 * warns for each one (MODULE_LEVEL_DIRECTIVE) that bundling may not keep it. Astro does its own
 * head injection, so the warning is noise: about 75 lines a build, which hid the one warning that
 * mattered. Exactly that code with exactly that directive is dropped; every other log is kept.
 */
export function isHarmlessBuildLog(level: string, log: BuildLog): boolean {
  return level === 'warn' && log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}

/** Rolldown's onLog option: passes every log to Vite's handler except the harmless ones. */
export function quietBuildLogs<L extends BuildLog>(level: 'info' | 'warn' | 'debug', log: L, handler: (level: 'info' | 'warn' | 'debug', log: L) => void): void {
  if (!isHarmlessBuildLog(level, log)) handler(level, log);
}
