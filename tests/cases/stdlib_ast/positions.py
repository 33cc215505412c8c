# Positions of tricky constructs (generator expressions as the only
# argument, parenthesized or not, multi-line, non-ASCII text).
import ast
src = '''f(x for x in y)
f((x for x in y))
g((a, b) for a, b in c)
h(  (i) for i in j  )
t = type(obj)((_f(k),
               _f(v))
              for k, v in obj.items())
s = "é" + f(é for é in "àé")
def m(self, *a: "x", **k) -> 'r':
    return [*a, {**k}]
'''
for node in ast.walk(ast.parse(src)):
    if hasattr(node, 'lineno'):
        print(type(node).__name__, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
