// A one-line progress indicator on stderr, drawn only when stderr is a terminal.
export interface Progress {
  tick(): void;
  /** Wipes the bar's line (before something else is written to the same terminal); the next tick redraws it. */
  clear(): void;
  done(): void;
}

export function progress(stderr: NodeJS.WritableStream, enabled: boolean, total: number | null): Progress {
  if (!enabled) return { tick() {}, clear() {}, done() {} };
  const t0 = performance.now();
  let n = 0;
  let last = 0;
  let drawn = false;
  const draw = () => {
    drawn = true;
    const s = (performance.now() - t0) / 1000;
    const rate = s > 0 ? (n / s).toFixed(1) : '0';
    let bar = '';
    if (total) {
      const width = 24;
      const full = Math.round((n / total) * width);
      bar = `[${'#'.repeat(full)}${'.'.repeat(Math.max(0, width - full))}] ${n}/${total}`;
    } else bar = `${n} document${n === 1 ? '' : 's'}`;
    stderr.write(`\r${bar}  ${rate} docs/s\x1b[K`);
  };
  return {
    tick() {
      n++;
      const now = performance.now();
      if (now - last > 100) {
        last = now;
        draw();
      }
    },
    clear() {
      if (drawn) stderr.write('\r\x1b[K');
      drawn = false;
      last = 0;
    },
    done() {
      if (drawn) stderr.write('\r\x1b[K');
    },
  };
}
