"""Circular import helper B."""
print('mod_circ_b: start')
import mod_circ_a
print('mod_circ_b: sees partially initialised a, has A_VALUE:', hasattr(mod_circ_a, 'A_VALUE'), 'has use_b:', hasattr(mod_circ_a, 'use_b'))
B_VALUE = 'b-value'
def b_func():
    return 'b_func (a.A_VALUE=' + mod_circ_a.A_VALUE + ')'
