import '@testing-library/jest-dom';

// jsdom has no layout: scrolling is a no-op here (React Router's scroll restoration calls it).
window.scrollTo = () => undefined;
Element.prototype.scrollIntoView = function scrollIntoView() {};
