// The Custom Elements Manifest is generated from the JSDoc on the element classes
// (@event, @csspart, @cssprop, property comments): one source for the API.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
