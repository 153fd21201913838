import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Resolves in a later task, so the browser can paint and handle input first:
 * `scheduler.yield()` where the browser has it (the continuation keeps its
 * place in the queue), else a zero-delay timeout.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Tells when its host comes within about a screen of the viewport, as
 * `loading="lazy"` does for `img` and `iframe`: `near()` resolves then. It
 * watches only while someone waits and the host is connected.
 */
export class NearViewportController implements ReactiveController {
  private observer?: IntersectionObserver;
  private waiting?: Promise<void>;
  private arrive?: () => void;
  private reached = false;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /** Resolves once the host has been within a screen's height of the viewport. */
  near(): Promise<void> {
    if (this.reached) return Promise.resolve();
    this.waiting ??= new Promise((resolve) => (this.arrive = resolve));
    this.watch();
    return this.waiting;
  }

  hostConnected(): void {
    if (this.waiting) this.watch();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private watch(): void {
    if (this.observer || !this.host.isConnected) return;
    this.observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.reached = true;
        this.hostDisconnected();
        this.arrive?.();
      },
      // "About a screen": the viewport grown by its own height above and below.
      { rootMargin: '100% 0px' },
    );
    this.observer.observe(this.host);
  }
}
