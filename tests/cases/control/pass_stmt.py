# pass and empty-ish bodies
def nothing():
    pass
class Nothing:
    pass
for _ in range(3):
    pass
if True:
    pass
else:
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print(nothing(), type(Nothing()).__name__)
def only_docstring():
    """Docstring is a valid body."""
print(only_docstring(), only_docstring.__doc__)
def ellipsis_body():
    ...
print(ellipsis_body())
class WithPassMethod:
    def m(self):
        pass
print(WithPassMethod().m())
x = 0
for i in range(5):
    if i % 2:
        pass
    else:
        x += i
print(x)
