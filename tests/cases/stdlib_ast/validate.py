# CPython's validation of trees given to compile(): contexts, empty bodies, ...
import ast
P = dict(lineno=1, col_offset=0)
def show(f):
    try:
        r = f()
        print('ok', type(r).__name__)
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
def mod(*stmts): return ast.Module(body=list(stmts), type_ignores=[])
show(lambda: compile(mod(ast.Expr(ast.Name('x', ast.Store(), **P), **P)), '<x>', 'exec'))
show(lambda: compile(mod(ast.Assign([ast.Name('x', ast.Load(), **P)], ast.Constant(1, **P), **P)), '<x>', 'exec'))
show(lambda: compile(mod(ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []), [], [], None, **P)), '<x>', 'exec'))
show(lambda: compile(mod(ast.If(ast.Constant(1, **P), [], [], **P)), '<x>', 'exec'))
show(lambda: compile(mod(ast.Expr(ast.Starred(ast.Name('x', ast.Load(), **P), ast.Load(), **P), **P)), '<x>', 'exec'))
show(lambda: compile(mod(ast.Expr(ast.Constant(1, lineno=-5, col_offset=-3), lineno=10**9, col_offset=10**9)), '<x>', 'exec'))
show(lambda: compile(mod(ast.Expr(ast.Name('def', ast.Load(), **P), **P)), '<x>', 'exec'))
show(lambda: compile(mod(ast.Return(None, **P)), '<x>', 'exec'))
show(lambda: compile(mod(ast.Break(**P)), '<x>', 'exec'))
show(lambda: compile(mod(ast.Expr(ast.Yield(None, **P), **P)), '<x>', 'exec'))
show(lambda: compile(mod(ast.ImportFrom('m', [], 0, **P)), '<x>', 'exec'))
show(lambda: compile(mod(ast.Try([ast.Pass(**P)], [], [], [], **P)), '<x>', 'exec'))
show(lambda: compile(mod(ast.Expr(ast.Compare(ast.Constant(1, **P), [], [], **P), **P)), '<x>', 'exec'))
e = ast.Constant(1, **P)
for i in range(200000):
    e = ast.UnaryOp(ast.USub(), e, **P)
show(lambda: compile(ast.Expression(e), '<x>', 'eval'))
show(lambda: compile(mod(ast.Expr(ast.Constant(1, **P), **P), ast.Global(['x'], **P)), '<x>', 'exec'))
show(lambda: compile(ast.Interactive([ast.Expr(ast.Constant(5, **P), **P)]), '<x>', 'single'))
