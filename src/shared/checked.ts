import { Directive, PartType, directive } from 'lit/directive.js';
import type { BooleanAttributePart, PartInfo } from 'lit/directive.js';

/**
 * A checkbox's or radio's state, as `?checked=${checked(value)}`: the
 * attribute, which a server renders (never as `checked="false"`, which HTML
 * reads as checked), and in the browser the live property too, which the
 * attribute no longer sets once the reader has clicked the input.
 */
class CheckedDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.BOOLEAN_ATTRIBUTE) throw new Error('checked() binds ?checked');
  }

  render(value: boolean): boolean {
    return value;
  }

  // Runs in the browser only (a server calls render), hydration included.
  override update(part: BooleanAttributePart, [value]: [boolean]): boolean {
    (part.element as HTMLInputElement).checked = value;
    return value;
  }
}

export const checked = directive(CheckedDirective);
