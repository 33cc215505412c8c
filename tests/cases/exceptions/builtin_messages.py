# Messages of common builtin errors
class Foo:
    pass
def run(code):
    try:
        exec(code, {'Foo': Foo})
        print(f'{code!r}: no error')
    except Exception as e:
        print(f'{code!r}: {type(e).__name__}: {e}')
for code in [
    '1/0', '1//0', '1%0', '1.0/0', 'divmod(1, 0)', '[][1]', '[1, 2][5]', '(1,)[3]', "'abc'[10]", "{}['x']",
    "{'a': 1}[('t', 2)]", "int('x')", "int('12', 2)", "float('abc')", 'None.foo', 'Foo().bar', 'Foo.baz',
    'undefined_name', "'a' + 1", '1 + "a"', '[1] + (2,)', 'len(5)', 'len(None)', '{[1, 2]}', '{[]: 1}',
    'a, b = [1, 2, 3]', 'a, b, c = [1]', 'a, b = 1', 'import nonexistent_module_xyz', "x = 5; x()",
    "'abc'.nope()", "(1).real = 5", 'iter(5)', 'next(iter([]))', 'int(None)', "[].remove(1)",
    "'x' * 'y'", '-"x"', '~1.5', "abs('x')", 'max()', 'min([])', "sorted([1, 'a'])", 'chr(-1)',
    "ord('xy')", "range(1, 2, 0)", "[1, 2, 3].index(9)", "(1, 2).index(9)", "'abc'.index('z')",
    "dict(a=1)['b']", 'float(10 ** 400)', "object().x = 1", 'del undefined_too',
    'Foo() < Foo()', 'hash([])', "getattr(1, 'nope')", '1 < None', 'None + 1',
]:
    run(code)
