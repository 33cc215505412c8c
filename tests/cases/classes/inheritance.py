# Single inheritance, overriding, super, isinstance
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def kind(self):
        return 'animal'
    def describe(self):
        return f'{self.name} is a {self.kind()}'
class Dog(Animal):
    sound = 'woof'
    def kind(self):
        return 'dog'
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + f' (age {self.age})'
    def kind(self):
        return 'puppy, a young ' + super().kind()
class Cat(Animal):
    sound = 'meow'
for a in [Animal('generic'), Dog('rex'), Puppy('bit', 1), Cat('tom')]:
    print(a.speak(), '|', a.describe())
p = Puppy('x', 2)
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog), issubclass(Cat, object))
print(Puppy.__bases__, Dog.__base__, Animal.__bases__, [k.__name__ for k in Puppy.__mro__])
print(Puppy.sound, Puppy.__mro__[1].sound, 'speak' in Puppy.__dict__, 'sound' in Puppy.__dict__)
class Base:
    def template(self):
        return self.step1() + '-' + self.step2()
    def step1(self):
        return 'base1'
    def step2(self):
        return 'base2'
class Derived(Base):
    def step2(self):
        return 'derived2'
print(Derived().template(), Base().template())
class Shape:
    def area(self):
        raise NotImplementedError('subclass must implement area')
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Sq(3).area())
try:
    Shape().area()
except NotImplementedError as e:
    print('NotImplementedError:', e)
print(type(Sq(1)).__mro__[-1] is object, object.__bases__)
