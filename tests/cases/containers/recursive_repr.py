# repr of nested and recursive containers
l = [1, 2]
l.append(l)
print(l, repr(l), str(l), len(l), l[2] is l)
d = {'a': 1}
d['self'] = d
print(d)
a = [1]
b = [a]
a.append(b)
print(a, b)
nested = {'list': [1, {'t': (2, [3, {'deep': None}])}], 'set': {1}}
print(nested)
t = ([],)
t[0].append(t)
print(t)
m = {}
m[1] = [m, {'x': m}]
print(m)
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    def __repr__(self):
        return f'Node({self.name}, {self.children})'
root = Node('r')
root.children.append(Node('c1'))
root.children.append(Node('c2'))
print(root)
print([[[]]], [(), {}, set(), frozenset(), ''], [[1, [2, [3, [4, [5]]]]]])
print(repr([None, True, 1.5, 'q', b'b', 2j, ...]))
ll = [0]
ll[0] = ll
print(ll == ll, str(ll))
