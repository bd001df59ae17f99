# __future__ releases are tuples like sys.version_info: which features are mandatory in this Python,
# sorting features by release, formatting releases, and _Feature objects built by hand; a future
# statement naming features that change nothing in 3.11
from __future__ import division, generator_stop, nested_scopes
import __future__

VERSION = (3, 11, 7, "final", 0)


def release(r):
    major, minor, micro, level, serial = r
    tail = "" if level == "final" else {"alpha": "a", "beta": "b", "candidate": "rc"}[level] + str(serial)
    return f"{major}.{minor}{'.' + str(micro) if micro else ''}{tail}"


features = [(name, getattr(__future__, name)) for name in __future__.all_feature_names]
for name, f in features:
    mandatory = f.getMandatoryRelease()
    status = "never decided" if mandatory is None else (
        "mandatory" if mandatory <= VERSION else "optional")
    print(f"{name:18} since {release(f.optional):10} {status:14} {release(mandatory) if mandatory else '-'}")

print([n for n, f in sorted(features, key=lambda p: p[1].optional)])
print([n for n, f in features if f.mandatory and f.mandatory[0] >= 3])
print(max(features, key=lambda p: p[1].optional)[0], min(f.optional for n, f in features))
print(7 / 2, division.mandatory < VERSION, generator_stop.optional[:2], nested_scopes.compiler_flag)

custom = __future__._Feature((3, 12, 0, "alpha", 1), None, 0x2000000)
print(custom, custom.getOptionalRelease(), custom.getMandatoryRelease(), custom.compiler_flag)
print(repr(__future__._Feature("a", "b", "c")))
__future__._Feature((3, 12, 0, "alpha", 1), None)
