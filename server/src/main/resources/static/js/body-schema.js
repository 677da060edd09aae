// The 正文 as the editor holds it: only what the server's sanitizer (BodySanitizer) keeps, so what the
// editor writes is what is saved. Headings, paragraphs, lists, tables (merged cells, header cells with
// their scope), links (written with the rel="nofollow" the sanitizer adds), images with alternative text,
// bold, italic, underline, strike-through, super- and subscript, line breaks and rules. No style or class
// attribute is ever written (the sanitizer would drop it, and the page's CSP refuses inline styles).
import { Schema, DOMParser as ModelParser, DOMSerializer } from 'prosemirror-model';
import { bulletList, orderedList, listItem } from 'prosemirror-schema-list';
import { tableNodes } from 'prosemirror-tables';

const tables = tableNodes({
  tableGroup: 'block',
  cellContent: 'block+',
  cellAttributes: { scope: { default: null, getFromDOM: (dom) => dom.getAttribute('scope') } },
});

const SCOPES = ['row', 'col', 'rowgroup', 'colgroup'];

/** colspan and rowspan when not 1; a header cell's scope. Never the column widths (no resizing here). */
function cellAttrs(node) {
  const attrs = {};
  if (node.attrs.colspan !== 1) attrs.colspan = String(node.attrs.colspan);
  if (node.attrs.rowspan !== 1) attrs.rowspan = String(node.attrs.rowspan);
  if (node.type.name === 'table_header' && SCOPES.includes(node.attrs.scope)) attrs.scope = node.attrs.scope;
  return attrs;
}
tables.table_cell.toDOM = (node) => ['td', cellAttrs(node), 0];
tables.table_header.toDOM = (node) => ['th', cellAttrs(node), 0];

const headingLevels = [1, 2, 3, 4, 5, 6];

export const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { content: 'inline*', group: 'block', parseDOM: [{ tag: 'p' }], toDOM: () => ['p', 0] },
    heading: {
      attrs: { level: { default: 2 } }, content: 'inline*', group: 'block', defining: true,
      parseDOM: headingLevels.map((level) => ({ tag: 'h' + level, attrs: { level } })),
      toDOM: (node) => ['h' + node.attrs.level, 0],
    },
    blockquote: { content: 'block+', group: 'block', defining: true, parseDOM: [{ tag: 'blockquote' }],
      toDOM: () => ['blockquote', 0] },
    horizontal_rule: { group: 'block', parseDOM: [{ tag: 'hr' }], toDOM: () => ['hr'] },
    ordered_list: { ...orderedList, content: 'list_item+', group: 'block' },
    bullet_list: { ...bulletList, content: 'list_item+', group: 'block' },
    list_item: { ...listItem, content: 'paragraph block*' },
    ...tables,
    text: { group: 'inline' },
    image: {
      inline: true, group: 'inline', draggable: true,
      attrs: { src: {}, alt: { default: '' }, width: { default: null }, height: { default: null } },
      parseDOM: [{ tag: 'img[src]', getAttrs: (dom) => ({
        src: dom.getAttribute('src'), alt: dom.getAttribute('alt') || '',
        width: /^[0-9]+$/.test(dom.getAttribute('width') || '') ? dom.getAttribute('width') : null,
        height: /^[0-9]+$/.test(dom.getAttribute('height') || '') ? dom.getAttribute('height') : null,
      }) }],
      toDOM: (node) => {
        const attrs = { src: node.attrs.src, alt: node.attrs.alt };
        if (node.attrs.width) attrs.width = node.attrs.width;
        if (node.attrs.height) attrs.height = node.attrs.height;
        return ['img', attrs];
      },
    },
    hard_break: { inline: true, group: 'inline', selectable: false, parseDOM: [{ tag: 'br' }], toDOM: () => ['br'] },
  },
  marks: {
    link: {
      attrs: { href: {} }, inclusive: false,
      parseDOM: [{ tag: 'a[href]', getAttrs: (dom) => ({ href: dom.getAttribute('href') }) }],
      toDOM: (mark) => ['a', { href: mark.attrs.href, rel: 'nofollow' }, 0],
    },
    strong: { parseDOM: [{ tag: 'strong' }, { tag: 'b' }], toDOM: () => ['strong', 0] },
    em: { parseDOM: [{ tag: 'em' }, { tag: 'i' }], toDOM: () => ['em', 0] },
    underline: { parseDOM: [{ tag: 'u' }], toDOM: () => ['u', 0] },
    strike: { parseDOM: [{ tag: 's' }, { tag: 'strike' }, { tag: 'del' }], toDOM: () => ['s', 0] },
    sup: { excludes: 'sub', parseDOM: [{ tag: 'sup' }], toDOM: () => ['sup', 0] },
    sub: { excludes: 'sup', parseDOM: [{ tag: 'sub' }], toDOM: () => ['sub', 0] },
  },
});

/** Is the textarea's text HTML? The server's rule (BodyText.isPlainText): any tag makes it HTML. */
function isHtml(text) {
  return /<[a-zA-Z/!?]/.test(text);
}

/**
 * The document for the textarea's text: HTML is parsed in a document that is never shown (no script
 * runs, no image loads); plain text becomes one paragraph per non-empty line, as the server makes it.
 */
export function fromTextarea(text) {
  if (isHtml(text)) {
    const inert = new window.DOMParser().parseFromString('<!DOCTYPE html><body>' + text, 'text/html');
    return ModelParser.fromSchema(schema).parse(inert.body);
  }
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')).filter((l) => l);
  const paragraphs = lines.map((l) => schema.node('paragraph', null, [schema.text(l)]));
  return schema.node('doc', null, paragraphs.length ? paragraphs : [schema.node('paragraph')]);
}

/** The HTML the textarea posts: characters as characters (the browser escapes only & < > and quotes). */
export function toHtml(doc) {
  if (doc.childCount === 1 && doc.firstChild.type.name === 'paragraph' && doc.firstChild.content.size === 0) {
    return '';
  }
  const target = document.implementation.createHTMLDocument('');
  const serializer = DOMSerializer.fromSchema(schema);
  const blocks = [];
  // one top-level block a line, so the HTML stays readable where it is shown as source
  doc.forEach((block) => {
    const wrap = target.createElement('div');
    wrap.appendChild(serializer.serializeNode(block, { document: target }));
    blocks.push(wrap.innerHTML);
  });
  return blocks.join('\n');
}
