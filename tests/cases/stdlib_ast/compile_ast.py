import ast, sys
src = '''
def f(a, b=2, *args, c, d=3, **kw):
    x = [i * 2 for i in range(a) if i]
    return x, b, args, c, d, kw, f"{a!r:>5}|{b}"
class C:
    y = 5
    def m(self): return self.y
print(f(3, c=4))
print(C().m())
match [1, 2, 3]:
    case [1, *rest]: print("rest", rest)
try:
    1/0
except ZeroDivisionError as e:
    print("caught", e)
g = (lambda q, *, r=1: q + r)(2)
print(g, {k: v for k, v in {"a": 1}.items()}, 10**20, b"xy", 1.5, 2j, ...)
'''
t = ast.parse(src)
exec(compile(t, "<ast>", "exec"))
# user-built tree
m = ast.Module(body=[ast.Expr(value=ast.Call(func=ast.Name(id='print', ctx=ast.Load()), args=[ast.Constant(value=42)], keywords=[]))], type_ignores=[])
ast.fix_missing_locations(m)
exec(compile(m, "<user>", "exec"))
e = ast.Expression(body=ast.BinOp(ast.Constant(2), ast.Mult(), ast.Constant(21)))
ast.fix_missing_locations(e)
print(eval(compile(e, "<e>", "eval")))
class T(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value + 1), node)
        return node
t2 = T().visit(ast.parse("print(1 + 2)"))
exec(compile(t2, "<t>", "exec"))
print(ast.literal_eval("{'a': [1, 2.5, (3, None)], 'b': -4+2j}"))
for bad in ["f(x)", "1 +", "a.b"]:
    try: ast.literal_eval(bad)
    except Exception as ex: print(type(ex).__name__, str(ex).split(" at 0x")[0])
try:
    compile(ast.Module(body=[ast.Expr()], type_ignores=[]), "<x>", "exec")
except Exception as ex: print(type(ex).__name__, str(ex).split(" at 0x")[0])
try:
    compile(ast.Module(body=[ast.Expr(value=1, lineno=1, col_offset=0)], type_ignores=[]), "<x>", "exec")
except Exception as ex: print(type(ex).__name__, str(ex).split(" at 0x")[0])
try:
    compile(ast.Module(body=[ast.Expr(value=ast.Name(id=3, ctx=ast.Load(), lineno=1, col_offset=0), lineno=1, col_offset=0)], type_ignores=[]), "<x>", "exec")
except Exception as ex: print(type(ex).__name__, str(ex).split(" at 0x")[0])
try:
    compile(ast.Expression(body=ast.Constant([1], lineno=1, col_offset=0)), "<x>", "eval")
except Exception as ex: print(type(ex).__name__, str(ex).split(" at 0x")[0])
try:
    compile(ast.parse("x"), "<x>", "eval")
except Exception as ex: print(type(ex).__name__, str(ex).split(" at 0x")[0])
src2 = "def g():\n    x = 1\n    return 1/0\n"
ns = {}
exec(compile(ast.parse(src2), "<g>", "exec"), ns)
try: ns['g']()
except ZeroDivisionError as ex: print("line", ex.__traceback__.tb_next.tb_lineno)
print(ns['g'].__code__.co_firstlineno)
print(ast.get_source_segment("a = (1 +\n  2)", ast.parse("a = (1 +\n  2)").body[0].value))
print([type(n).__name__ for n in ast.walk(ast.parse("a = b + c"))])
print(ast.dump(ast.parse("x")), ast.Name("x").__reduce__()[0].__name__)
import pickle
print(ast.parse("x").body[0].value.ctx is ast.parse("y").body[0].value.ctx)
print(ast.Load() is ast.Load())
