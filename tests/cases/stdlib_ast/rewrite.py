# An assertion rewriter in the style of pytest's: parse, replace each
# assert with an explicit check that reports the operands, compile, run.
import ast, sys

SRC = '''
def check(x, y):
    z = x * 2
    assert z == y, "mismatch"
    return z

def outer():
    for i in range(3):
        assert i < 2
'''

class Rewriter(ast.NodeTransformer):
    def visit_Assert(self, node):
        test = node.test
        if isinstance(test, ast.Compare) and len(test.ops) == 1:
            left = ast.Name('@left', ast.Store())
            stmts = [
                ast.Assign([ast.Name('_l', ast.Store())], test.left),
                ast.Assign([ast.Name('_r', ast.Store())], test.comparators[0]),
            ]
            cond = ast.Compare(ast.Name('_l', ast.Load()), test.ops, [ast.Name('_r', ast.Load())])
        else:
            stmts = []
            cond = test
        msg = ast.JoinedStr([
            ast.Constant('assert failed: '),
            ast.FormattedValue(ast.Constant(ast.unparse(test)), -1, None),
        ])
        if node.msg is not None:
            msg = ast.BinOp(msg, ast.Add(), ast.BinOp(ast.Constant(' - '), ast.Add(), node.msg))
        raise_ = ast.Raise(ast.Call(ast.Name('AssertionError', ast.Load()), [msg], []), None)
        stmts.append(ast.If(ast.UnaryOp(ast.Not(), cond), [raise_], []))
        for s in stmts:
            ast.copy_location(s, node)
            ast.fix_missing_locations(s)
        return stmts

tree = Rewriter().visit(ast.parse(SRC))
ast.fix_missing_locations(tree)
print(ast.unparse(tree))
code = compile(tree, '<rewritten>', 'exec')
ns = {}
exec(code, ns)
print(ns['check'](2, 4))
for f, args in [(ns['check'], (2, 5)), (ns['outer'], ())]:
    try:
        f(*args)
    except AssertionError as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print('AssertionError:', e, 'at line', tb.tb_lineno, tb.tb_frame.f_code.co_name)
print(ns['check'].__code__.co_firstlineno, ns['outer'].__code__.co_firstlineno)
