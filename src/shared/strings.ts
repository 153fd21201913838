import { createCatalogue } from '../core/strings.js';

/** Strings every element uses. */
export const commonStrings = createCatalogue('common', {
  en: {
    unknownCareer: "Unknown career: '{id}'",
    loading: 'Loading careers…',
    noCareers: 'No careers to show.',
    usingBuiltIn: 'Showing the built-in careers instead.',
  },
  es: {
    unknownCareer: "Profesión desconocida: '{id}'",
    loading: 'Cargando profesiones…',
    noCareers: 'No hay profesiones que mostrar.',
    usingBuiltIn: 'Se muestran las profesiones incluidas.',
  },
});
