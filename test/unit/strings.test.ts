import { describe, expect, it } from 'vitest';
import { createCatalogue, fill, setStrings } from '../../src/core/strings.js';

const catalogue = createCatalogue('test', {
  en: { hello: 'Hello, {name}', bye: 'Goodbye' },
  es: { hello: 'Hola, {name}' },
});

describe('fill', () => {
  it('replaces named placeholders and leaves unknown ones', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});

describe('createCatalogue', () => {
  it('uses the language of a regional locale', () => {
    expect(catalogue('es-MX')('hello', { name: 'Ana' })).toBe('Hola, Ana');
  });
  it('falls back to English for a missing string or language', () => {
    expect(catalogue('es')('bye')).toBe('Goodbye');
    expect(catalogue('fr-FR')('hello', { name: 'Zoé' })).toBe('Hello, Zoé');
  });
  it('lets a publisher add a language and override a string, most specific first', () => {
    setStrings('fr', { test: { hello: 'Bonjour, {name}' } });
    setStrings('es-MX', { test: { bye: 'Adiós, cuate' } });
    expect(catalogue('fr-CA')('hello', { name: 'Zoé' })).toBe('Bonjour, Zoé');
    expect(catalogue('es-MX')('bye')).toBe('Adiós, cuate');
    expect(catalogue('es-ES')('bye')).toBe('Goodbye');
    expect(catalogue('en')('hello', { name: 'Al' })).toBe('Hello, Al');
  });
});

describe('loadLanguage', () => {
  it('loads the built-in Spanish once, and has nothing to load for English or a loaded language', async () => {
    const { loadLanguage } = await import('../../src/shared/languages.js');
    const { tableStrings } = await import('../../src/table/strings.js');
    expect(loadLanguage('en-US')).toBeUndefined();
    const first = loadLanguage('es-MX');
    expect(first).toBeInstanceOf(Promise);
    expect(loadLanguage('es')).toBe(first);
    await first;
    expect(loadLanguage('es-ES')).toBeUndefined();
    expect(tableStrings('es-MX')('skills')).toBe('Habilidades');
  });
});
