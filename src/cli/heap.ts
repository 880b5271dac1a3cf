// The process's heap growth, bounded: V8 lets a heap grow to a multiple of what survived its last full
// collection (up to 4x while a program allocates fast), so most of a busy process's peak is garbage not yet
// collected. A worker parses every document into fresh objects, and its live pipeline is only ~60 MiB:
// growing by 30% at most keeps its heap near its live size (measured: peak RSS 256 -> 178 MiB on 1,000 CoNLL
// documents with --jobs 1), for a few percent more CPU in collections. `newsx incidents` parses a record a line
// into fresh objects too, with ~150 MiB live at a million records (100%: see README "Incidents").
// The flag is the process's own (V8 has no flag per isolate), set once, before the work starts; a node
// started with its own --heap-growing-percent keeps it.
import { setFlagsFromString } from 'node:v8';

let heapFlagSet = false;
export function boundHeapGrowth(percent: number): void {
  if (heapFlagSet) return;
  heapFlagSet = true;
  if (process.execArgv.some((a) => a.startsWith('--heap-growing-percent')) || /--heap-growing-percent/.test(process.env.NODE_OPTIONS ?? '')) return;
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
