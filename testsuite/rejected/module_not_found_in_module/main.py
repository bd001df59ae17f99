# pyco-only
# A missing module imported by a module, not by the main file: the diagnostic names that module's file, as pyco
# names it relative to how main.py was given
import reader

print(reader.read())
