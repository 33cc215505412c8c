# Matrix operations with a small Matrix class
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])

    def __sub__(self, o):
        return Matrix([[a - b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])

    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Matrix([[a * o for a in r] for r in self.rows])
        if self.m != o.n:
            raise ValueError(f'shape mismatch {self.n}x{self.m} * {o.n}x{o.m}')
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    __rmul__ = __mul__

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result

    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows

    def transpose(self):
        return Matrix(zip(*self.rows))

    def det(self):
        if self.n == 1:
            return self.rows[0][0]
        if self.n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        total = 0
        for j in range(self.m):
            minor = Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]])
            total += (-1) ** j * self.rows[0][j] * minor.det()
        return total

    def inverse(self):
        n = self.n
        aug = [[float(x) for x in row] + [1.0 if i == j else 0.0 for j in range(n)] for i, row in enumerate(self.rows)]
        for col in range(n):
            pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
            if abs(aug[pivot][col]) < 1e-12:
                raise ValueError('matrix is singular')
            aug[col], aug[pivot] = aug[pivot], aug[col]
            p = aug[col][col]
            aug[col] = [x / p for x in aug[col]]
            for r in range(n):
                if r != col:
                    f = aug[r][col]
                    aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
        return Matrix([row[n:] for row in aug])

    def rounded(self, nd=6):
        return Matrix([[round(x, nd) + 0.0 for x in r] for r in self.rows])

    def __repr__(self):
        width = max(len(repr(x)) for r in self.rows for x in r)
        return '\n'.join('[' + ' '.join(repr(x).rjust(width) for x in r) + ']' for r in self.rows)


A = Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
B = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 10]])
print(A + B, A - B, A * B, B * A, A * 3, 2 * B, sep='\n--\n')
print('--')
print(A.transpose() == A, B.transpose() == B, B.transpose())
print('det', A.det(), B.det(), Matrix.identity(4).det(), Matrix([[1, 2], [2, 4]]).det())
inv = B.inverse()
print(inv.rounded(6))
print((B * inv).rounded(9) == Matrix.identity(3).rounded(9))
fib = Matrix([[1, 1], [1, 0]]) ** 90
print('fib(90) =', fib[0, 1])
try:
    Matrix([[1, 2]]) * Matrix([[1, 2]])
except ValueError as e:
    print('ValueError:', e)
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ValueError as e:
    print('ValueError:', e)
H = Matrix([[1 / (i + j + 1) for j in range(4)] for i in range(4)])
print(H.rounded(4))
print(round(H.det(), 15), (H * H.inverse()).rounded(6) == Matrix.identity(4).rounded(6))
rot = Matrix([[0, -1], [1, 0]])
print(rot ** 4 == Matrix.identity(2), rot ** 2, sep='\n')
