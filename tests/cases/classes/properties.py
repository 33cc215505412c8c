# property: getter, setter, deleter
class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius
    @property
    def celsius(self):
        """Temperature in Celsius."""
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError('below absolute zero')
        self._c = value
    @celsius.deleter
    def celsius(self):
        print('deleting celsius')
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError:', e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print('AttributeError:', e)
print(Temperature.celsius.__doc__, type(Temperature.celsius).__name__)
class ReadOnly:
    @property
    def value(self):
        return 42
r = ReadOnly()
try:
    r.value = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    del r.value
except AttributeError as e:
    print('AttributeError:', e)
class Classic:
    def __init__(self):
        self._x = 0
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v * 10
    x = property(getx, setx, None, 'x doc')
c = Classic()
c.x = 3
print(c.x, Classic.x.__doc__, Classic.x.fget is Classic.getx)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def expensive(self):
        self.computed += 1
        return 'result'
l = Lazy()
print(l.expensive, l.expensive, l.computed)
class Base:
    @property
    def p(self):
        return 'base'
class Child(Base):
    @property
    def p(self):
        return 'child of ' + super().p
print(Child().p)
