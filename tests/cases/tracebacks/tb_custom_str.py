class ParseError(Exception):
    def __init__(self, line, col):
        super().__init__(line, col)
        self.line = line
        self.col = col

    def __str__(self):
        return f'unexpected token at line {self.line}, column {self.col}'


def parse():
    raise ParseError(3, 14)


parse()
