/** One Chromium trace event as CDP's `Tracing.dataCollected` delivers it: the fields the bench scripts read. */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; fileName?: string; data?: { url?: string; functionName?: string; [k: string]: unknown }; [k: string]: unknown };
}
