// An app's own bundle (rollup.demo.config.js builds it into test/bundle/build/):
// `career-compare/table` resolved through the package's exports, as a bundler
// in an app would. The occupation chunks become chunks of this app.
import 'career-compare/table';
