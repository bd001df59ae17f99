# A module whose top-level code raises: the import raises that exception, the module is left out of
# sys.modules, and importing it again runs its code again (and fails again); what it bound before failing is lost
import sys

for attempt in (1, 2):
    try:
        import flaky
    except ZeroDivisionError as e:
        print(f"attempt {attempt}:", type(e).__name__, e)
    print("flaky" in sys.modules)

try:
    from flaky import BEFORE
except ZeroDivisionError:
    print("from-import fails the same way")
try:
    print(flaky)
except NameError as e:
    print("NameError:", e)
