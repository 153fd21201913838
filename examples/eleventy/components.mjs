// Loaded by the Lit plugin before it renders a page: defines the elements and loads their data,
// every occupation and the built-in languages, as a server render cannot wait for them.
import { preload } from 'career-compare/ssr';

await preload();
