# Module globals are released at exit: their __del__ runs (CPython's finalization).
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

a = D(1)
b = [D(2), D(3)]
print("end of module")
