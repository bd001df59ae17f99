# Module attributes read and written from other modules: an assignment through `state.x = ...` is seen by the
# module's own functions (their globals are the module's), by every other importer, and new attributes appear
import state
import reporter

print(state.count, reporter.report())
state.count = 41
state.increment()
print(state.count, reporter.report())
state.extra = "added from main"
print(reporter.extra_of_state())
state.items += ["b"]
print(state.items, reporter.report())
