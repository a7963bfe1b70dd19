// html-validate's recommended rules for the built pages (tests/validity.test.ts); a relaxed rule says why.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // HTML allows an id that starts with a digit; heading ids are published slugs of their text ("1-betrokken-en-open").
    'valid-id': ['error', { relaxed: true }],
    // MDX writes a line break as <br/>; HTML allows both forms, so the style is not an error.
    'void-style': 'off',
    // A title names the vision as it was adopted, often long; length is a search-engine concern, not validity.
    'long-title': 'off',
  },
};
