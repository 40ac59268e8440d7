import '@testing-library/jest-dom';

// jsdom has no layout: scrolling is a no-op here (React Router's scroll restoration calls it).
// (A test file may run in Node instead, `@jest-environment node`: no window there.)
if (typeof window !== 'undefined') {
  window.scrollTo = () => undefined;
  Element.prototype.scrollIntoView = function scrollIntoView() {};
}
