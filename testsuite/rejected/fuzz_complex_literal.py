# pyco-only
# Found by fuzzing: the diagnostic for an imaginary literal had no position.
x = 1j
