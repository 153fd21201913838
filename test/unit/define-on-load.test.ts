// When an entry defines its element: the npm entries at once; the script-tag files at once on
// a page that has loaded (or with no document, on a server), else in a task after the script.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineOnLoad as scriptTagDefine } from '../../src/shared/define-on-load.cdn.js';
import { defineOnLoad as npmDefine } from '../../src/shared/define-on-load.js';

const withReadyState = (readyState: DocumentReadyState | undefined) =>
  vi.stubGlobal('document', readyState === undefined ? undefined : { readyState });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('defineOnLoad', () => {
  it('npm entries: at once, whatever the page is doing', () => {
    withReadyState('loading');
    const define = vi.fn();
    npmDefine(define);
    expect(define).toHaveBeenCalledOnce();
  });

  it.each(['loading', 'interactive'] as const)(
    'script-tag files, document %s: in a task after the script, not in it',
    (state) => {
      vi.useFakeTimers();
      withReadyState(state);
      const define = vi.fn();
      scriptTagDefine(define);
      expect(define).not.toHaveBeenCalled();
      vi.runAllTimers();
      expect(define).toHaveBeenCalledOnce();
    },
  );

  it.each([['complete'], [undefined]] as const)('script-tag files, document %s: at once', (state) => {
    withReadyState(state);
    const define = vi.fn();
    scriptTagDefine(define);
    expect(define).toHaveBeenCalledOnce();
  });
});
