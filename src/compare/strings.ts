import { createCatalogue } from '../core/strings.js';

export const compareStrings = createCatalogue('compare', {
  en: {
    versus: '{a} vs. {b}',
    comparison: 'Career comparison',
    compareMatches: 'Compare your top matches in the table: {careers}',
    and: ' and ',
  },
  es: {
    versus: '{a} frente a {b}',
    comparison: 'Comparación de profesiones',
    compareMatches: 'Compara tus mejores resultados en la tabla: {careers}',
    and: ' y ',
  },
});
