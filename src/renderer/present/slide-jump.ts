/**
 * "Type a number, press Enter" slide jumping, as in PowerPoint: digits collect in
 * a short buffer that forgets itself after a pause, Enter takes it.
 */
export class SlideJump {
  private digits = '';
  private last = 0;
  constructor(
    private readonly forgetMs = 3000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  push(digit: string): string {
    if (this.now() - this.last > this.forgetMs) this.digits = '';
    this.last = this.now();
    if (/^\d$/.test(digit) && this.digits.length < 5) this.digits += digit;
    return this.digits;
  }

  /** The slide number typed (1-based), or null when nothing was typed lately. */
  take(): number | null {
    const typed = this.now() - this.last > this.forgetMs ? '' : this.digits;
    this.digits = '';
    const n = Number.parseInt(typed, 10);
    return Number.isFinite(n) && n > 0 ? n : null;
  }

  get pending(): string {
    return this.now() - this.last > this.forgetMs ? '' : this.digits;
  }

  clear(): void {
    this.digits = '';
  }
}

/** Key codes reveal.js's keyboard config uses for the digit keys (main row and keypad). */
export const DIGIT_KEYCODES = [...Array.from({ length: 10 }, (_, i) => 48 + i), ...Array.from({ length: 10 }, (_, i) => 96 + i)];
export const digitOf = (keyCode: number) => String(keyCode >= 96 ? keyCode - 96 : keyCode - 48);
