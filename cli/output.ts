/**
 * What a command prints. Humans get lines on stdout and progress bars on stderr (only on a terminal);
 * `--json` gets exactly one JSON document on stdout and nothing else there, so scripts can parse it.
 */
import { SingleBar, Presets } from "cli-progress";

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

export interface Progress {
  increment(by?: number): void;
  /** Sets the value done so far. */
  update(value: number): void;
  setTotal(total: number): void;
  stop(): void;
}

const NO_PROGRESS: Progress = { increment() {}, update() {}, setTotal() {}, stop() {} };

export class Output {
  constructor(
    readonly io: Io,
    readonly json: boolean
  ) {}

  /** A line for people (suppressed with --json). */
  line(text = ""): void {
    if (!this.json) this.io.stdout.write(text + "\n");
  }

  /** A note on stderr (always; never mixes into --json output). */
  note(text: string): void {
    this.io.stderr.write(text + "\n");
  }

  /** Whether the run's JSON document is out (an error after it must not print a second one). */
  documented = false;

  /** The one JSON document of a --json run. */
  document(value: unknown): void {
    if (!this.json || this.documented) return;
    this.documented = true;
    this.io.stdout.write(JSON.stringify(value, null, 2) + "\n");
  }

  /** A progress bar on stderr when it is a terminal and output is for people; silent otherwise. */
  progress(label: string, total: number, unit: string): Progress {
    if (this.json || !this.io.stderr.isTTY) return NO_PROGRESS;
    const bar = new SingleBar(
      {
        format: `${label} [{bar}] {percentage}% | {value}/{total} ${unit} | {duration_formatted}`,
        stream: this.io.stderr as NodeJS.WritableStream as never,
        hideCursor: true,
        clearOnComplete: true
      },
      Presets.shades_classic
    );
    bar.start(total, 0);
    return {
      increment: (by = 1) => bar.increment(by),
      update: (value) => bar.update(value),
      setTotal: (n) => bar.setTotal(n),
      stop: () => bar.stop()
    };
  }
}
