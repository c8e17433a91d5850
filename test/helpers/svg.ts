import { JSDOM } from 'jsdom';
import { expect } from 'vitest';

const { window } = new JSDOM('');

/**
 * Everything in a stored SVG that could run or load something, found by reading it as a browser
 * would; written apart from the sanitiser, so the two do not share a mistake.
 */
export function activeParts(stored: string): string[] {
  const doc = new window.DOMParser().parseFromString(stored, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  const found: string[] = [];
  for (const element of [doc.documentElement, ...doc.documentElement.querySelectorAll('*')]) {
    if (/^(script|foreignobject|animate|set|animatemotion|animatetransform|iframe)$/i.test(element.localName)) {
      found.push(`<${element.localName}>`);
    }
    for (const attribute of element.attributes) {
      const value = attribute.value.toLowerCase();
      if (attribute.localName.toLowerCase().startsWith('on')) found.push(attribute.name);
      if (attribute.localName === 'href' && !value.trim().startsWith('#')) found.push(`${attribute.name}=${value}`);
      if (/url\(\s*['"]?[^#\s'"]/.test(value) || value.includes('javascript:')) found.push(attribute.name);
      // A CSS escape can spell url( without the letters.
      if (attribute.localName === 'style' && value.includes('\\')) found.push('style with an escape');
    }
    if (element.localName === 'style' && /@import|url\(\s*['"]?[^#\s'"]/i.test(element.textContent ?? '')) {
      found.push('<style> loading');
    }
  }
  return found;
}
