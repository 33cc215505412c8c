"""Circular import helper A."""
print('mod_circ_a: start')
A_VALUE = 'a-value'
import mod_circ_b
print('mod_circ_a: after importing b, b.B_VALUE =', mod_circ_b.B_VALUE)
def use_b():
    return 'a uses ' + mod_circ_b.b_func()
