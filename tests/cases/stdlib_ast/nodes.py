# The _ast node classes: fields, attributes, bases, construction, defaults.
import ast
for name in ['AST', 'mod', 'Module', 'stmt', 'FunctionDef', 'expr', 'Name', 'Constant',
             'expr_context', 'Load', 'operator', 'Add', 'comprehension', 'arguments',
             'arg', 'keyword', 'alias', 'withitem', 'match_case', 'pattern', 'MatchAs',
             'excepthandler', 'ExceptHandler', 'type_ignore', 'TypeIgnore', 'ImportFrom']:
    c = getattr(ast, name)
    print(name, c.__module__, [b.__name__ for b in c.__mro__], c._fields,
          c._attributes, c.__match_args__)
print(ast.expr.__doc__.splitlines()[:3])
print(ast.Name.__doc__, '|', ast.Load.__doc__, '|', ast.operator.__doc__, '|', ast.arguments.__doc__)
n = ast.Name('x', ast.Load())
print(n.id, type(n.ctx).__name__, n.end_lineno, vars(n).keys())
n = ast.Name(id='y', lineno=3, extra=5)
print(n.id, n.lineno, n.extra)
try:
    ast.Name('a', 'b', 'c')
except TypeError as e:
    print(e)
try:
    ast.Pass(1)
except TypeError as e:
    print(e)
try:
    ast.Name().id
except AttributeError as e:
    print('AttributeError')
print(ast.ImportFrom().module, ast.ImportFrom().level, ast.arguments().vararg, ast.MatchAs().name)
r = ast.Constant(1, kind=None).__reduce__()
print(r[0].__name__, r[1], r[2])
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(isinstance(ast.Num(3), ast.Constant), ast.Num(3).n, ast.Str('s').s)
class MyName(ast.Name):
    pass
m = ast.Module([ast.Expr(ast.Call(MyName('print', ast.Load()), [ast.Constant('sub')], []))], [])
exec(compile(ast.fix_missing_locations(m), '<m>', 'exec'))
match ast.parse('a + 1').body[0].value:
    case ast.BinOp(ast.Name(id=i), ast.Add(), ast.Constant(value=v)):
        print('matched', i, v)
print(ast.unparse(ast.parse('async def f(a, *, b=1, **k):\n    async with x as y:\n        await z\n')))
print(ast.dump(ast.parse('x: int = 1\nprint(*a, **b)\ndel x[0], y.z\n', type_comments=True)))
print(ast.dump(ast.parse('1 + 2', mode='eval', feature_version=(3, 8))))
print(ast.dump(ast.parse('def f(): pass'), indent=2))
