#!/usr/bin/env python3
"""The questions of queries/ asked of the seed by an independent engine,
Python's rdflib, and compared with test/query/expected/ (the answers that
tbkg's own engines are tested against).

    npm run build && python3 test/query/rdflib-check.py    # needs: pip install rdflib

The seed is converted with `tbkg convert` to N-Quads and read into an rdflib
Dataset whose default graph is the union of its graphs (default_union=True),
as `tbkg query` reads documents. Exits 1 if any answer differs.
"""
import glob
import os
import subprocess
import sys
import tempfile

from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.namespace import XSD

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
EXPECTED = os.path.join(ROOT, 'test', 'query', 'expected')
ESCAPES = {'\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t'}


def term(t):
    """The N-Triples form that tbkg's TSV writer uses (tabs escaped too)."""
    if t is None:
        return ''
    if isinstance(t, URIRef):
        return '<%s>' % t
    if isinstance(t, BNode):
        return '_:%s' % t
    lexical = '"%s"' % ''.join(ESCAPES.get(c, c) for c in str(t))
    if isinstance(t, Literal) and t.language:
        return '%s@%s' % (lexical, t.language)
    if isinstance(t, Literal) and t.datatype and str(t.datatype) != str(XSD.string):
        return '%s^^<%s>' % (lexical, t.datatype)
    return lexical


def answer(result):
    if result.type == 'ASK':
        return 'true\n' if result.askAnswer else 'false\n'
    if result.type == 'SELECT':
        variables = [str(v) for v in result.vars]
        lines = ['\t'.join('?' + v for v in variables)]
        lines += ['\t'.join(term(row[v]) for v in variables) for row in result]
        return '\n'.join(lines) + '\n'
    triples = sorted(' '.join(term(x) for x in triple) + ' .' for triple in result.graph)
    return '\n'.join(triples) + '\n'


def main():
    with tempfile.TemporaryDirectory() as scratch:
        dump = os.path.join(scratch, 'seeds.nq')
        subprocess.run(['node', os.path.join(ROOT, 'bin', 'tbkg.js'), 'convert', os.path.join(ROOT, 'seeds'), '-o', dump, '-q'], check=True)
        dataset = Dataset(default_union=True)
        dataset.parse(dump, format='nquads')
    differ = 0
    for path in sorted(glob.glob(os.path.join(ROOT, 'queries', '*.rq'))):
        name = os.path.basename(path)[:-3]
        with open(path, encoding='utf-8') as f:
            result = dataset.query(f.read())
        expected_path = os.path.join(EXPECTED, name + ('.nt' if result.type in ('CONSTRUCT', 'DESCRIBE') else '.tsv'))
        with open(expected_path, encoding='utf-8') as f:
            expected = f.read()
        same = answer(result) == expected
        differ += 0 if same else 1
        print('%-32s %s' % (name, 'same' if same else 'DIFFERS from ' + os.path.relpath(expected_path, ROOT)))
    print('%d of %d answers as expected' % (len(glob.glob(os.path.join(ROOT, 'queries', '*.rq'))) - differ, len(glob.glob(os.path.join(ROOT, 'queries', '*.rq')))))
    return 1 if differ else 0


if __name__ == '__main__':
    sys.exit(main())
