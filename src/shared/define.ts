/** A custom element class that knows which release of career-compare it belongs to. */
export interface VersionedElement extends CustomElementConstructor {
  readonly version: string;
}

/**
 * Registers `element` as `tag`, safely. A tag that is already taken is left
 * alone (a page that loads the bundle twice, or two copies of the package,
 * must keep working); if the other definition comes from a different version,
 * a console warning names both. Never throws.
 */
export function defineElement(
  tag: string,
  element: VersionedElement,
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): void {
  // No registry on a server or in a worker: importing must still be harmless.
  if (!registry) return;
  const existing = registry.get(tag) as Partial<VersionedElement> | undefined;
  if (existing) {
    if (existing !== element && existing.version !== element.version) {
      console.warn(
        `career-compare ${element.version}: <${tag}> is defined by version ${existing.version}; ` +
          `rename: ${element.name}.define('my-tag').`,
      );
    }
    return;
  }
  try {
    registry.define(tag, element);
  } catch {
    // A class can be registered under one name only; a second name gets a subclass.
    try {
      registry.define(tag, class extends (element as unknown as typeof HTMLElement) {});
    } catch (error) {
      // Not a valid tag name: say so, but never break the page.
      console.error(error);
    }
  }
}
