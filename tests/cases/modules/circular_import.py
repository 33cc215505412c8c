# Circular imports: a partially initialised module is visible
import mod_circ_a
print(mod_circ_a.use_b())
import mod_circ_b
print(mod_circ_b.b_func(), mod_circ_b.mod_circ_a is mod_circ_a)
