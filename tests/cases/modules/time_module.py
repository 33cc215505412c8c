# The time module: only deterministic properties are printed
import time
t = time.time()
print(type(t).__name__, t > 1600000000.0)
p1 = time.perf_counter()
total = 0
for i in range(10000):
    total += i
p2 = time.perf_counter()
print(p2 >= p1, total)
m1 = time.monotonic()
time.sleep(0.01)
m2 = time.monotonic()
print(m2 - m1 >= 0.009, m2 >= m1)
s = time.perf_counter()
time.sleep(0)
print(time.perf_counter() >= s)
ns = time.time_ns()
print(type(ns).__name__, ns > 1600000000 * 10 ** 9)
print(type(time.perf_counter_ns()).__name__, type(time.process_time()).__name__)
try:
    time.sleep(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    time.sleep('x')
except TypeError as e:
    print('TypeError:', e)
