// The 正文 editor (issue 16): with JavaScript the textarea #body becomes a formatting editor (ProseMirror,
// from its WebJars) with a Chinese toolbar; the editor's HTML is written back into the textarea, which the
// form posts as before and the server sanitizes as before. Without JavaScript, or if anything here fails,
// the textarea stays as it is. No inline script, style or event attribute: the page's CSP allows none.
import { EditorState, TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { keymap } from 'prosemirror-keymap';
import { history, undo, redo } from 'prosemirror-history';
import { baseKeymap, setBlockType, toggleMark, chainCommands, exitCode } from 'prosemirror-commands';
import { wrapInList, splitListItem, liftListItem, sinkListItem } from 'prosemirror-schema-list';
import {
  tableEditing, fixTables, goToNextCell, isInTable, addRowAfter, addColumnAfter, deleteRow, deleteColumn, deleteTable,
} from 'prosemirror-tables';
import { gapCursor } from 'prosemirror-gapcursor';
import { schema, fromTextarea, toHtml } from './body-schema.js';

const { nodes, marks } = schema;

/** A table of three columns: a row of column headers and two rows to fill; the cursor in its first cell. */
function insertTable(state, dispatch) {
  if (isInTable(state)) {
    return false;
  }
  const cell = (type, attrs) => type.create(attrs, nodes.paragraph.create());
  const row = (type, attrs) => nodes.table_row.create(null, [0, 1, 2].map(() => cell(type, attrs)));
  const table = nodes.table.create(null, [row(nodes.table_header, { scope: 'col' }), row(nodes.table_cell), row(nodes.table_cell)]);
  if (dispatch) {
    const from = state.selection.from;
    const tr = state.tr.replaceSelectionWith(table);
    let at = null;
    tr.doc.nodesBetween(tr.mapping.map(from, -1), tr.doc.content.size, (node, pos) => {
      if (at === null && node.type === nodes.table) {
        at = pos;
      }
      return at === null;
    });
    if (at !== null) {
      tr.setSelection(TextSelection.near(tr.doc.resolve(at + 1)));
    }
    dispatch(tr.scrollIntoView());
  }
  return true;
}

function insertHardBreak(state, dispatch) {
  if (dispatch) {
    dispatch(state.tr.replaceSelectionWith(nodes.hard_break.create()).scrollIntoView());
  }
  return true;
}

/** The selection, or with an empty one the linked text around the cursor. */
function linkRange(state) {
  const { from, to, empty, $from } = state.selection;
  if (!empty) {
    return { from, to };
  }
  const index = $from.index();
  const start = $from.start();
  let pos = start;
  for (let i = 0; i < $from.parent.childCount; i++) {
    const child = $from.parent.child(i);
    const end = pos + child.nodeSize;
    if ((i === index || (end === from && i === index - 1)) && marks.link.isInSet(child.marks)) {
      return { from: pos, to: end };
    }
    pos = end;
  }
  return null;
}

/** Addresses the sanitizer keeps: http, https, mailto, or one on this site. */
function acceptableHref(href) {
  return /^(https?:\/\/[^\s]+|mailto:[^\s]+|\/[^\s/][^\s]*)$/i.test(href);
}

function setLink(href) {
  return (state, dispatch) => {
    if (state.selection.empty || !acceptableHref(href)) {
      return false;
    }
    if (dispatch) {
      const { from, to } = state.selection;
      dispatch(state.tr.removeMark(from, to, marks.link).addMark(from, to, marks.link.create({ href })).scrollIntoView());
    }
    return true;
  };
}

function removeLink(state, dispatch) {
  const range = linkRange(state);
  if (!range || !state.doc.rangeHasMark(range.from, range.to, marks.link)) {
    return false;
  }
  if (dispatch) {
    dispatch(state.tr.removeMark(range.from, range.to, marks.link));
  }
  return true;
}

function markActive(state, type) {
  const { from, $from, to, empty } = state.selection;
  return empty ? !!type.isInSet(state.storedMarks || $from.marks()) : state.doc.rangeHasMark(from, to, type);
}

function blockIs(state, type, attrs) {
  const parent = state.selection.$from.parent;
  return parent.type === type && (!attrs || parent.attrs.level === attrs.level);
}

/** The toolbar: groups of buttons, each a command; a button is off where its command cannot apply. */
const GROUPS = [
  ['段落格式', [
    ['正文段落', setBlockType(nodes.paragraph), (s) => blockIs(s, nodes.paragraph)],
    ['一级标题', setBlockType(nodes.heading, { level: 2 }), (s) => blockIs(s, nodes.heading, { level: 2 })],
    ['二级标题', setBlockType(nodes.heading, { level: 3 }), (s) => blockIs(s, nodes.heading, { level: 3 })],
    ['三级标题', setBlockType(nodes.heading, { level: 4 }), (s) => blockIs(s, nodes.heading, { level: 4 })],
  ]],
  ['文字', [
    ['加粗', toggleMark(marks.strong), (s) => markActive(s, marks.strong)],
  ]],
  ['列表', [
    ['项目列表', wrapInList(nodes.bullet_list)],
    ['编号列表', wrapInList(nodes.ordered_list)],
    ['取消列表', liftListItem(nodes.list_item)],
  ]],
  ['表格', [
    ['插入表格', insertTable],
    ['增加一行', addRowAfter],
    ['增加一列', addColumnAfter],
    ['删除行', deleteRow],
    ['删除列', deleteColumn],
    ['删除表格', deleteTable],
  ]],
  ['撤销与重做', [
    ['撤销', undo],
    ['重做', redo],
  ]],
];

function element(tag, props, children = []) {
  const el = document.createElement(tag);
  Object.assign(el, props);
  children.forEach((c) => el.append(c));
  return el;
}

function start(textarea) {
  const label = document.getElementById('body-label');
  const wrap = element('div', { className: 'body-editor' });
  const toolbar = element('div', { className: 'body-editor-toolbar' });
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', '正文格式');
  const status = element('p', { className: 'body-editor-status' });
  status.setAttribute('aria-live', 'polite');
  const area = element('div', { className: 'body-editor-area' });
  const buttons = [];
  let view = null;

  const run = (command) => {
    command(view.state, view.dispatch, view);
    view.focus();
  };
  for (const [name, items] of GROUPS) {
    const group = element('div', { className: 'body-editor-group' });
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', name);
    for (const [text, command, active] of items) {
      const button = element('button', { type: 'button', textContent: text, className: 'body-editor-button' });
      button.addEventListener('mousedown', (e) => e.preventDefault()); // keep the editor's selection
      button.addEventListener('click', () => run(command));
      buttons.push({ button, command, active });
      group.append(button);
    }
    toolbar.append(group);
  }

  const hrefId = 'body-editor-href';
  const hrefLabel = element('label', { htmlFor: hrefId, textContent: '链接地址', className: 'body-editor-href-label' });
  // type=text and no name: the form neither posts it nor refuses to submit over it
  const href = element('input', { id: hrefId, type: 'text', inputMode: 'url', className: 'body-editor-href',
    placeholder: 'https://', autocomplete: 'off' });
  const linkButton = element('button', { type: 'button', textContent: '设为链接', className: 'body-editor-button' });
  const unlinkButton = element('button', { type: 'button', textContent: '取消链接', className: 'body-editor-button' });
  const applyLink = () => {
    const value = href.value.trim();
    if (view.state.selection.empty) {
      status.textContent = '请先在正文中选中要设为链接的文字。';
    } else if (!acceptableHref(value)) {
      status.textContent = '链接地址须以 http://、https://、mailto: 或 / 开头。';
    } else {
      status.textContent = '';
      run(setLink(value));
    }
  };
  linkButton.addEventListener('click', applyLink);
  unlinkButton.addEventListener('mousedown', (e) => e.preventDefault());
  unlinkButton.addEventListener('click', () => run(removeLink));
  href.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault(); // not the form's submit
      applyLink();
    }
  });
  const linkGroup = element('div', { className: 'body-editor-group body-editor-link' }, [hrefLabel, href, linkButton, unlinkButton]);
  linkGroup.setAttribute('role', 'group');
  linkGroup.setAttribute('aria-label', '链接');
  toolbar.append(linkGroup);
  buttons.push({ button: unlinkButton, command: removeLink });

  let state = EditorState.create({
    doc: fromTextarea(textarea.value),
    plugins: [
      history(),
      keymap({
        'Mod-z': undo, 'Shift-Mod-z': redo, 'Mod-y': redo,
        'Mod-b': toggleMark(marks.strong), 'Mod-i': toggleMark(marks.em), 'Mod-u': toggleMark(marks.underline),
        Enter: splitListItem(nodes.list_item), 'Mod-[': liftListItem(nodes.list_item), 'Mod-]': sinkListItem(nodes.list_item),
        'Shift-Enter': chainCommands(exitCode, insertHardBreak),
        // in a table Tab goes to the next cell; after the last one it leaves the editor as usual
        Tab: goToNextCell(1), 'Shift-Tab': goToNextCell(-1),
      }),
      keymap(baseKeymap),
      gapCursor(),
      tableEditing(),
    ],
  });
  const fix = fixTables(state); // tables with uneven rows (from Word) made rectangular before editing
  if (fix) {
    state = state.apply(fix.setMeta('addToHistory', false));
  }

  let pending = null;
  const sync = () => {
    clearTimeout(pending);
    pending = null;
    textarea.value = toHtml(view.state.doc);
  };
  const refresh = () => {
    for (const { button, command, active } of buttons) {
      button.disabled = !command(view.state);
      if (active) {
        button.setAttribute('aria-pressed', String(active(view.state)));
      }
    }
  };
  view = new EditorView(area, {
    state,
    attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-labelledby': 'body-label', class: 'body-editor-text' },
    dispatchTransaction(tr) {
      view.updateState(view.state.apply(tr));
      if (tr.docChanged && pending === null) {
        pending = setTimeout(sync, 300); // large bodies are not serialized on every key
      }
      refresh();
    },
  });

  wrap.append(toolbar, area, status);
  textarea.after(wrap);
  textarea.hidden = true;
  textarea.classList.add('body-editor-source');
  textarea.form.addEventListener('submit', sync);
  if (label) {
    label.addEventListener('click', () => view.focus());
  }
  sync();
  refresh();
}

const textarea = document.getElementById('body');
if (textarea && textarea.form) {
  try {
    start(textarea);
  } catch (e) {
    // the textarea is still there and still posts; the editor is an extra
    console.error('正文编辑器未能启动，请直接在文本框中填写。', e);
  }
}
