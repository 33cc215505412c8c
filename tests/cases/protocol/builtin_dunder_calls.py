tests = ["(1).__radd__(2)", "int.__radd__(1, 2.0)", "float.__rsub__(1.0, 2)", "(5).__rpow__(2)", "(5).__pow__(2, 3)", "(5).__rpow__(2, 3)",
         "(1.5).__round__()", "(2).__round__(-1)", "(1).__format__('')", "int.__bool__(0)", "int.__index__(True)", "(3).__divmod__(2)",
         "(3).__rdivmod__(7)", "(1.0).__rdivmod__(7)", "'a'.__mul__(3)", "'a'.__rmul__(3)", "[1].__mul__(2)", "[1].__rmul__(2)",
         "[1].__add__((2,))", "'a'.__add__(1)", "(1).__lt__('a')", "'a'.__lt__(1)", "(1).__eq__(1.0)", "(1.0).__eq__(1)",
         "(1).__neg__()", "(1).__invert__()", "(1.5).__trunc__()", "(1.5).__floor__()", "(-1.5).__ceil__()", "(7).__floordiv__(0)",
         "(1).__truediv__(0)", "(2.0).__pow__(0.5)", "(-8).__pow__(1/3)", "(1).__and__(1.0)", "(3).__lshift__(-1)", "(True).__and__(False)",
         "(True).__or__(1)", "{1}.__or__([2])", "{1}.__ror__({2})", "{'a': 1}.__or__({'b': 2})", "{'a': 1}.__ror__({'b': 2})",
         "(1, 2).__contains__(2)", "[].__len__()", "'abc'.__getitem__(slice(1, None))", "(1).__sizeof__() > 0", "(1).__hash__()",
         "(-1).__hash__()", "(1.5).__hash__()", "'a'.__hash__() == hash('a')", "(2**64).__hash__()", "object().__hash__() > 0"]
for t in tests:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "->", type(e).__name__, e)
