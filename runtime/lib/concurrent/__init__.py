# The concurrent package: its one subpackage is concurrent.futures.
