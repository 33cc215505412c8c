# compile() of bad trees and ast.parse/literal_eval errors.
import ast

def show(f):
    try:
        r = f()
        print('ok', type(r).__name__ if isinstance(r, (ast.AST, type(show.__code__))) else r)
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])

P = dict(lineno=1, col_offset=0)
show(lambda: compile(ast.Module(body=[ast.Expr()], type_ignores=[]), '<x>', 'exec'))
show(lambda: compile(ast.Module(body=[ast.Expr(value=1, **P)], type_ignores=[]), '<x>', 'exec'))
show(lambda: compile(ast.Module(body=[ast.Expr(value=ast.Name(id=3, ctx=ast.Load(), **P), **P)], type_ignores=[]), '<x>', 'exec'))
show(lambda: compile(ast.Expression(body=ast.Constant([1], **P)), '<x>', 'eval'))
show(lambda: compile(ast.parse('x'), '<x>', 'eval'))
show(lambda: compile(ast.Module(body=[ast.Pass(**P)]), '<x>', 'exec'))
show(lambda: compile(ast.Module(body=5, type_ignores=[]), '<x>', 'exec'))
show(lambda: compile(ast.Module(body=[ast.Expr(value=ast.Name(id='x', **P), **P)], type_ignores=[]), '<x>', 'exec'))
show(lambda: compile(ast.Module(body=[ast.Expr(value=ast.Name(id='x', ctx=ast.Load(), **P), **P)], type_ignores=[]), '<x>', 'exec'))
show(lambda: compile('x = 1', '<s>', 'exec', ast.PyCF_ONLY_AST))
show(lambda: compile(ast.parse('1'), '<s>', 'exec', ast.PyCF_ONLY_AST))
show(lambda: ast.parse('x = (1,'))
show(lambda: ast.parse('def f(:\n  pass'))
for s in ['1', '-1.5', "b'x'", '(1, [2], {3: 4}, {5})', 'set()', '1+2j', 'None', '"a" "b"',
          'f(x)', 'a.b', '1 + ', '[1, 2', '{**a}', '-(1)', '2 ** 3']:
    show(lambda: ast.literal_eval(s))
show(lambda: ast.literal_eval(ast.parse('[1, 2]', mode='eval')))
show(lambda: ast.parse('x = 1\ny = 2\n', mode='single'))
show(lambda: ast.parse('if x:\n    pass\n', mode='single'))
for s in ['await x', 'return 1', 'yield 1', 'break', 'nonlocal x', "f(**a, *b)", "del f()",
          "(a, b) += 1", "from __future__ import braces", "[x async for x in y]", "print 1"]:
    try:
        print(repr(s), ast.dump(ast.parse(s)))
    except SyntaxError as e:
        print(repr(s), 'SyntaxError', e.msg, e.lineno, e.offset)
show(lambda: compile(ast.parse('return 1'), '<x>', 'exec'))
show(lambda: compile(ast.parse('break'), '<x>', 'exec'))
