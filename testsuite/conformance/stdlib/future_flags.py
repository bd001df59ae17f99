# __future__'s compiler flags as a bit set: combining and testing them, mapping flags back to feature
# names, and that the 3.x-mandatory features' flags are the CO_FUTURE_* constants; one uncaught
import __future__

by_flag = {}
for name in __future__.all_feature_names:
    flag = getattr(__future__, name).compiler_flag
    by_flag.setdefault(flag, []).append(name)
for flag in sorted(by_flag):
    print(f"{flag:#010x} {flag.bit_length():2} {by_flag[flag]}")

combined = 0
for name in ("division", "print_function", "annotations", "unicode_literals"):
    combined |= getattr(__future__, name).compiler_flag
print(hex(combined), bin(combined).count("1"))
for name in __future__.all_feature_names:
    flag = getattr(__future__, name).compiler_flag
    print(name, bool(flag and combined & flag == flag))

pairs = {
    "division": "CO_FUTURE_DIVISION", "absolute_import": "CO_FUTURE_ABSOLUTE_IMPORT",
    "with_statement": "CO_FUTURE_WITH_STATEMENT", "print_function": "CO_FUTURE_PRINT_FUNCTION",
    "unicode_literals": "CO_FUTURE_UNICODE_LITERALS", "barry_as_FLUFL": "CO_FUTURE_BARRY_AS_BDFL",
    "generator_stop": "CO_FUTURE_GENERATOR_STOP", "annotations": "CO_FUTURE_ANNOTATIONS",
    "nested_scopes": "CO_NESTED", "generators": "CO_GENERATOR_ALLOWED",
}
print(all(getattr(__future__, f).compiler_flag == getattr(__future__, c) for f, c in pairs.items()))
print(sorted(pairs) == sorted(__future__.all_feature_names))
print(__future__.barry_as_FLUFL.mandatory, __future__.barry_as_FLUFL.optional)
print(getattr(__future__, "CO_FUTURE_" + "ANNOTATIONS") >> 24)
__future__.annotations.compiler_flag + "x"
