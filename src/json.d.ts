// The built-in dataset is plain JSON in data/; rollup and vitest inline it.
// Its type is asserted in src/data/builtin.ts and checked by the validator's tests.
declare module '*/careers.json' {
  const value: unknown;
  export default value;
}
