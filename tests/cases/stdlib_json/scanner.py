# The native _json scanner (c_make_scanner): values, hooks, errors and positions.
import json
import json.scanner
import _json
from collections import OrderedDict
from decimal import Decimal

print(json.scanner.make_scanner is _json.make_scanner)

docs = [
    '{"a": [1, 2.5, -3, 1e3, 1E-2, 0, -0.0, true, false, null], "b": {"c": "d"}}',
    '  [ ]  ', '{}', '{ }', '"\\u00e9\\ud83d\\ude00\\n\\t\\"\\\\\\/"', '"\\ud800"', '"\\udc00x"',
    '123456789012345678901234567890', '-123456789012345678901234567890', '1.5e400', '-1e400',
    '[NaN, Infinity, -Infinity]', '[1e, 2]', '0.5', '"caf\u00e9 \u4e2d"', '1e5', '12', '-0',
    '[[[[[]]]]]', '{"k": {"k": {"k": 1}}}', '[1,\n2,\r\n\t3]',
]
for d in docs:
    try:
        print(repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print("ERR", repr(d), e.msg, e.pos, e.lineno, e.colno)

bad = [
    '', ' ', '[', '[1', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a":', '{"a": 1', '{"a": 1,}',
    '{"a" 1}', '{1: 2}', '{"a": 1 "b": 2}', '"abc', '"\\x"', '"\\u12"', '"\\u12zz"', '"a\nb"',
    'nul', 'tru', 'fals', '-', '-x', '01', '1.', '.5', '[1] x', 'NaNa', '-Infinit', '{"a":1}}',
    '"\\ud800\\u12"', '[-]', '{"a": [1, }', '\ufeff[]', 'Infinity1', '[1,\n  ]',
]
for d in bad:
    try:
        print("OK", repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print("ERR", repr(d), e.msg, e.pos, e.lineno, e.colno)

print(json.loads('{"a": 1, "b": 2, "a": 3}'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"x": 1}', object_hook=lambda d: 1, object_pairs_hook=lambda p: 2))
print(json.loads('[1.10, 2, 3.0e1]', parse_float=Decimal))
print(json.loads('[1.10, 2]', parse_int=str))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda c: "const:" + c))
print(json.loads('"a\tb"', strict=False))
keys = json.loads('[{"key": 1}, {"key": 2}]')
print(list(keys[0])[0] is list(keys[1])[0])

dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] trailing'))
print(dec.scan_once('  [3]', 2))
for args in [('[1]', 5), ('[1]', 3), ('x', 0)]:
    try:
        print(dec.scan_once(*args))
    except StopIteration as e:
        print("StopIteration", e.value)
for args in [(1, 0), ('[1]', -1)]:
    try:
        dec.scan_once(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    json.loads('[' * 100000 + ']' * 100000)
except RecursionError as e:
    print("RecursionError")
try:
    json.loads('1' * 5000)
except ValueError as e:
    print("ValueError", str(e)[:40])
try:
    json.loads('{"a": 1}', object_hook=lambda d: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(json.loads(json.dumps({"s": "\ud800\udc00 \ud800", "n": [1, 2.5, None, True]})))
