# pyco-only
# globals().update(...) would change a copy of the module's names, not the names themselves.
settings = {"debug": True}
globals().update(settings)
print(debug)
