# vyos-lab's stand-in for vyos.configtree: the same methods as VyOS's ConfigTree (a ctypes binding to the native
# OCaml libvyosconfig), in plain Python, so that vyos-1x's migration scripts run off the router. Written for vyos-lab
# from the interface of vyos-1x@1.4.0 and vyos-1x@current python/vyos/configtree.py; no VyOS code is in it.
import json
import os
import re


class ConfigTreeError(Exception):
    pass


class _Node:
    __slots__ = ('name', 'children', 'values', 'tag', 'leaf')

    def __init__(self, name):
        self.name = name
        self.children = []
        self.values = []
        self.tag = False
        self.leaf = False

    def child(self, name):
        for c in self.children:
            if c.name == name:
                return c
        return None

    def clone(self, name=None):
        n = _Node(self.name if name is None else name)
        n.values = list(self.values)
        n.tag = self.tag
        n.leaf = self.leaf
        n.children = [c.clone() for c in self.children]
        return n


def _check(path):
    if not isinstance(path, list):
        raise TypeError("Expected a list, got a {}".format(type(path)))
    # the native library gets the path joined by spaces and splits it again, so ['vrf', 'name red'] is a path of
    # three words (vyos-1x@current src/migration-scripts/bgp/2-to-3 relies on it)
    return ' '.join(str(p) for p in path).split()


def _natural(name):
    # rule 10 before rule 100; the native library orders children when it parses (vyos-1x@current
    # python/vyos/migrate.py normalize_config_body says so), so the result reads the way VyOS writes it
    return [(0, int(p), '') if p.isdigit() else (1, 0, p) for p in re.split(r'(\d+)', name) if p != '']


def _sort(node):
    node.children.sort(key=lambda c: _natural(c.name))
    for c in node.children:
        _sort(c)


_TOKEN = re.compile(r'\s+|/\*.*?\*/|//[^\n]*|"(?:\\.|[^"\\])*"|\'[^\']*\'|[{}]|[^\s{}"]+', re.S)


def _tokens(text):
    """(kind, text, line): 'open', 'close', 'word', 'eol'; comments dropped."""
    line = 1
    for m in _TOKEN.finditer(text):
        t = m.group(0)
        if t.startswith('/*') or t.startswith('//'):
            pass
        elif t.isspace():
            for _ in range(t.count('\n')):
                yield ('eol', '', line)
                line += 1
            continue
        elif t == '{':
            yield ('open', t, line)
        elif t == '}':
            yield ('close', t, line)
        elif t[0] == '"':
            yield ('word', re.sub(r'\\(.)', r'\1', t[1:-1]), line)
        elif t[0] == "'":
            yield ('word', t[1:-1], line)
        else:
            yield ('word', t, line)
        line += t.count('\n')


def _parse(text):
    root = _Node('')
    stack = [root]
    words = []
    for kind, t, line in list(_tokens(text)) + [('eol', '', 0)]:
        if kind == 'word':
            words.append(t)
        elif kind == 'open':
            if len(words) not in (1, 2):
                raise ValueError("Failed to parse config: line {}: '{{' after {} words".format(line, len(words)))
            parent = stack[-1]
            n = _get_or_add(parent, words[0])
            if len(words) == 2:
                n.tag = True
                n = _get_or_add(n, words[1])
            stack.append(n)
            words = []
        elif kind == 'close':
            _leaf(stack[-1], words, line)
            words = []
            if len(stack) == 1:
                raise ValueError("Failed to parse config: line {}: unbalanced '}}'".format(line))
            stack.pop()
        else:
            _leaf(stack[-1], words, line)
            words = []
    if len(stack) != 1:
        raise ValueError("Failed to parse config: a '{' is never closed")
    _sort(root)
    return root


def _get_or_add(parent, name):
    n = parent.child(name)
    if n is None:
        n = _Node(name)
        parent.children.append(n)
    return n


def _leaf(parent, words, line):
    if not words:
        return
    if len(words) > 2:
        raise ValueError("Failed to parse config: line {}: too many words: {}".format(line, words))
    n = _get_or_add(parent, words[0])
    n.leaf = True
    if len(words) == 2 and words[1] not in n.values:
        n.values.append(words[1])


def _quote_name(name):
    return name if name and re.fullmatch(r'[^\s{}"\'#;]+', name) else '"' + _escape(name) + '"'


def _escape(value):
    return value.replace('\\', '\\\\').replace('"', '\\"')


def _render(node, indent, out):
    pad = '    ' * indent
    for c in node.children:
        if c.tag:
            # a tag value is always a block, also an empty one ('server time1.vyos.net { }')
            for t in c.children:
                _render_one(t, pad, _quote_name(c.name) + ' ' + _quote_name(t.name), indent, out, True)
        else:
            _render_one(c, pad, _quote_name(c.name), indent, out, False)


def _render_one(n, pad, head, indent, out, block):
    if block or n.children or not n.leaf:
        out.append(pad + head + ' {')
        _render(n, indent + 1, out)
        out.append(pad + '}')
    elif n.values:
        for v in n.values:
            out.append(pad + head + ' "' + _escape(v) + '"')
    else:
        out.append(pad + head)


def _commands(node, prefix, op, out):
    for c in node.children:
        path = prefix + [c.name]
        if c.children:
            _commands(c, path, op, out)
        elif c.values:
            for v in c.values:
                out.append(' '.join([op] + [_quote_name(p) for p in path] + ["'" + v.replace("'", "'\\''") + "'"]))
        else:
            out.append(' '.join([op] + [_quote_name(p) for p in path]))


def _to_dict(node):
    if node.leaf and not node.children:
        return node.values[0] if len(node.values) == 1 else (list(node.values) if node.values else {})
    return {c.name: _to_dict(c) for c in node.children}


class ConfigTree(object):
    def __init__(self, config_string=None, address=None, libpath=None):
        if config_string is None and address is None:
            raise TypeError("ConfigTree() requires one of 'config_string' or 'address'")
        if address is not None:
            self._root = address
            self._version = ''
        else:
            # like vyos-1x@current configtree.extract_version: the footer is everything from the first '//' line
            parts = re.split('(^//)', config_string, maxsplit=1, flags=re.MULTILINE)
            self._version = ''.join(parts[1:])
            self._root = _parse(config_string)
        self._migration = os.environ.get('VYOS_MIGRATION')

    def __str__(self):
        return self.to_string()

    def _get_config(self):
        return self._root

    def _find(self, path):
        n = self._root
        for p in path:
            n = n.child(p)
            if n is None:
                return None
        return n

    def _make(self, path):
        n = self._root
        for p in path:
            n = _get_or_add(n, p)
        return n

    def get_version_string(self):
        return self._version

    def to_string(self, ordered_values=False, no_version=False):
        out = []
        root = self._root
        if ordered_values:
            root = root.clone()
            _sort_values(root)
        _render(root, 0, out)
        text = '\n'.join(out) + '\n'
        return text if no_version else '{0}\n{1}'.format(text, self._version)

    def to_commands(self, op='set'):
        out = []
        _commands(self._root, [], op, out)
        return '\n'.join(out)

    def to_json(self):
        return json.dumps(_to_dict(self._root))

    def create_node(self, path):
        path = _check(path)
        if self._find(path) is not None:
            raise ConfigTreeError(f"Path already exists: {path}")
        self._make(path)

    def set(self, path, value=None, replace=True):
        path = _check(path)
        existed = self._find(path) is not None
        n = self._make(path)
        if value is None:
            if not existed:
                n.leaf = True
            return
        n.leaf = True
        value = str(value)
        if replace:
            n.values = [value]
        elif value not in n.values:
            n.values.append(value)

    def delete(self, path):
        path = _check(path)
        parent = self._find(path[:-1]) if path else None
        n = parent.child(path[-1]) if parent is not None else None
        if n is None:
            raise ConfigTreeError(f"Path doesn't exist: {path}")
        parent.children.remove(n)

    def delete_value(self, path, value):
        path = _check(path)
        n = self._find(path)
        if n is None:
            raise ConfigTreeError(f"Path doesn't exist: {path}")
        if value not in n.values:
            raise ConfigTreeError(f"Value doesn't exist: '{value}'")
        n.values.remove(value)

    def rename(self, path, new_name):
        path = _check(path)
        if self.exists(path[:-1] + [new_name]):
            raise ConfigTreeError()
        n = self._find(path)
        if n is None or not path:
            raise ConfigTreeError("Path [{}] doesn't exist".format(path))
        n.name = str(new_name)

    def copy(self, old_path, new_path):
        old_path, new_path = _check(old_path), _check(new_path)
        if self.exists(new_path):
            raise ConfigTreeError()
        n = self._find(old_path)
        if n is None:
            raise ConfigTreeError("Path [{}] doesn't exist".format(old_path))
        parent = self._make(new_path[:-1])
        parent.children.append(n.clone(new_path[-1]))

    def exists(self, path):
        return self._find(_check(path)) is not None

    def list_nodes(self, path, path_must_exist=True):
        path = _check(path)
        n = self._find(path)
        if n is None:
            if path_must_exist:
                raise ConfigTreeError("Path [{}] doesn't exist".format(' '.join(path)))
            return []
        return [c.name for c in n.children]

    def return_value(self, path):
        path = _check(path)
        n = self._find(path)
        if n is None:
            raise ConfigTreeError("Path [{}] doesn't exist".format(' '.join(path)))
        # a valueless leaf has no value to give: None, which the scripts test with 'if tmp:'
        return n.values[0] if n.values else None

    def return_values(self, path):
        path = _check(path)
        n = self._find(path)
        if n is None:
            raise ConfigTreeError("Path [{}] doesn't exist".format(' '.join(path)))
        return list(n.values)

    def is_tag(self, path):
        n = self._find(_check(path))
        return n is not None and n.tag

    def set_tag(self, path, value=True):
        n = self._find(_check(path))
        if n is None:
            raise ConfigTreeError("Path [{}] doesn't exist".format(' '.join(path)))
        n.tag = bool(value)
        return True

    def is_leaf(self, path):
        n = self._find(_check(path))
        return n is not None and n.leaf

    def set_leaf(self, path, value):
        n = self._find(_check(path))
        if n is None:
            raise ConfigTreeError("Path [{}] doesn't exist".format(' '.join(path)))
        n.leaf = bool(value)
        return True

    def get_subtree(self, path, with_node=False):
        n = self._find(_check(path))
        if n is None:
            raise ConfigTreeError("Path [{}] doesn't exist".format(' '.join(path)))
        root = _Node('')
        root.children = [n.clone()] if with_node else [c.clone() for c in n.children]
        return ConfigTree(address=root)


def _sort_values(node):
    node.values.sort()
    for c in node.children:
        _sort_values(c)


def deep_copy(config_tree):
    return ConfigTree(address=config_tree._get_config().clone())
