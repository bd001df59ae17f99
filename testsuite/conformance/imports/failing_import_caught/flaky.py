print("flaky: running top-level code")
BEFORE = "bound before the error"
ratio = 1 / 0
AFTER = "never bound"
