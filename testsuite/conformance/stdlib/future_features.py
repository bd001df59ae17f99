# __future__: every feature is a _Feature with its optional and mandatory releases, compiler flag and
# repr; all_feature_names and __all__; getOptionalRelease/getMandatoryRelease; a missing feature
import __future__

print(__future__.all_feature_names)
print(__future__.__all__)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, type(feature).__name__, feature)
    print("  ", feature.optional, feature.mandatory, hex(feature.compiler_flag))
    print("  ", feature.getOptionalRelease() is feature.optional, feature.getMandatoryRelease() == feature.mandatory)

print(__future__.annotations.getMandatoryRelease(), repr(__future__.generators))
print(__future__.CO_FUTURE_ANNOTATIONS, __future__.CO_FUTURE_DIVISION, __future__.CO_GENERATOR_ALLOWED)
print(__future__.CO_NESTED, __future__.CO_FUTURE_BARRY_AS_BDFL, __future__.CO_FUTURE_GENERATOR_STOP)
flags = [getattr(__future__, n).compiler_flag for n in __future__.all_feature_names]
print(sorted(flags), len(set(flags)))
print(isinstance(__future__.division, __future__._Feature), __future__.division == __future__.division)
print(__future__.__name__, __future__.__doc__ is not None)

try:
    __future__.braces
except AttributeError as e:
    print("AttributeError:", e)
print(__future__.with_statement.getOptionalRelease()[3])
__future__.all_features
