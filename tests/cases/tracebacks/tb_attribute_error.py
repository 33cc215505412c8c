class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def norm(p):
    return (p.x ** 2 + p.y ** 2 + p.zeta ** 2) ** 0.5


print(norm.__name__)
norm(Point(3, 4))
