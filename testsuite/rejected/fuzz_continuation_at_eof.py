# Found by differential fuzzing: pyco compiled a file that ends right after a line continuation.
x = 1
\
