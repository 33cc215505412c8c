# Deep recursion raises RecursionError, which can be caught
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print('RecursionError caught:', str(e).startswith('maximum recursion depth exceeded'))
def depth_ok(n):
    return 0 if n == 0 else 1 + depth_ok(n - 1)
print(depth_ok(500))
class Node:
    def __init__(self):
        self.child = self
    def walk(self):
        return self.child.walk()
try:
    Node().walk()
except RecursionError:
    print('method recursion caught')
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print('mutual recursion caught')
sys.setrecursionlimit(200)
try:
    depth_ok(500)
except RecursionError:
    print('lower limit hit')
sys.setrecursionlimit(1000)
print(depth_ok(500))
print('still alive')
