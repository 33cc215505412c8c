def make_counter(start=0, *, step=1):
    count = start

    def counter() -> int:
        nonlocal count
        count += step
        return count

    return counter


@decorator
class Point(Base, metaclass=Meta):
    """A point."""
    dims: int = 2

    def __init__(self, x, y):
        super().__init__()
        self.x, self.y = x, y

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


squares = [n * n for n in range(10) if n % 2]
pairs = {k: v for k, v in zip("ab", (1, 2))}
gen = (c.upper() for c in "xyz")
