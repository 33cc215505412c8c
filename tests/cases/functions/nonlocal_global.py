# nonlocal and global
x = 'global x'
def read_global():
    return x
def write_global():
    global x
    x = 'changed by function'
print(read_global())
write_global()
print(x)
def create_global():
    global brand_new
    brand_new = 42
create_global()
print(brand_new)
def shadow():
    x = 'local'
    return x
print(shadow(), x)
def outer():
    y = 1
    def mid():
        nonlocal y
        y += 10
        def inner():
            nonlocal y
            y *= 2
        inner()
    mid()
    return y
print(outer())
def unbound():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
unbound()
counter = 0
def bump(n):
    global counter
    for _ in range(n):
        counter += 1
bump(5)
print(counter)
def nested_global():
    def inner():
        global counter
        counter = -1
    inner()
nested_global()
print(counter)
def make():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
g, s = make()
s(99)
print(g())
class K:
    attr = 'class attr'
    def m(self):
        return attr_lookup()
def attr_lookup():
    return 'global function'
print(K().m())
def loop_nonlocal():
    total = 0
    def add_all(vals):
        nonlocal total
        for v in vals:
            total += v
    add_all([1, 2])
    add_all([3])
    return total
print(loop_nonlocal())
