# Parameter and Signature built by hand: validation errors, replace, equality and hashing.
import inspect
from inspect import Parameter, Signature

P = Parameter
params = [P('a', P.POSITIONAL_ONLY), P('b', P.POSITIONAL_OR_KEYWORD, default=2),
          P('args', P.VAR_POSITIONAL), P('k', P.KEYWORD_ONLY, annotation=int), P('kw', P.VAR_KEYWORD)]
sig = Signature(params, return_annotation=str)
print(sig)
print(Signature())
print(Signature([P('x', P.KEYWORD_ONLY)]))


def attempt(label, fn):
    try:
        print(label, fn())
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__ + ':', e)


attempt('order', lambda: Signature([P('k', P.KEYWORD_ONLY), P('a', P.POSITIONAL_ONLY)]))
attempt('default order', lambda: Signature([P('a', P.POSITIONAL_OR_KEYWORD, default=1), P('b', P.POSITIONAL_OR_KEYWORD)]))
attempt('default across kinds', lambda: Signature([P('a', P.POSITIONAL_ONLY, default=1), P('b', P.POSITIONAL_OR_KEYWORD)]))
attempt('duplicate', lambda: Signature([P('a', P.POSITIONAL_ONLY), P('a', P.KEYWORD_ONLY)]))
attempt('kw-only after default', lambda: Signature([P('a', P.POSITIONAL_OR_KEYWORD, default=1), P('b', P.KEYWORD_ONLY)]))
attempt('bad kind', lambda: P('a', 7))
attempt('bad kind str', lambda: P('a', 'positional'))
attempt('var default', lambda: P('a', P.VAR_POSITIONAL, default=1))
attempt('varkw default', lambda: P('a', P.VAR_KEYWORD, default=1))
attempt('name type', lambda: P(1, P.KEYWORD_ONLY))
attempt('keyword name', lambda: P('class', P.KEYWORD_ONLY))
attempt('keyword posonly', lambda: P('class', P.POSITIONAL_ONLY))
attempt('not identifier', lambda: P('a-b', P.KEYWORD_ONLY))
attempt('empty name', lambda: P(P.empty, P.KEYWORD_ONLY))
attempt('implicit', lambda: repr(P('.0', P.POSITIONAL_OR_KEYWORD)))
attempt('implicit kw', lambda: P('.0', P.KEYWORD_ONLY))
attempt('kind by int', lambda: repr(P('a', 3)))

p = P('x', P.POSITIONAL_OR_KEYWORD, default=1, annotation=int)
print(repr(p), repr(p.replace(name='y')), repr(p.replace(default=P.empty)), repr(p.replace(kind=P.KEYWORD_ONLY)))
print(p == P('x', P.POSITIONAL_OR_KEYWORD, default=1, annotation=int), p == p.replace(default=2), p == 'x')
print(hash(p) == hash(P('x', P.POSITIONAL_OR_KEYWORD, default=1, annotation=int)))
print(p.replace(annotation=P.empty))

s2 = sig.replace(return_annotation=Signature.empty)
print(s2, sig == s2, sig == sig.replace(), hash(sig) == hash(sig.replace()))
print(sig.replace(parameters=list(sig.parameters.values())[:2]))


def k1(*, a, b):
    pass


def k2(*, b, a):
    pass


print(inspect.signature(k1) == inspect.signature(k2), str(inspect.signature(k1)), str(inspect.signature(k2)))
print(P.POSITIONAL_ONLY < P.KEYWORD_ONLY, P.VAR_KEYWORD == 4, sorted([P.VAR_KEYWORD, P.POSITIONAL_ONLY]))
try:
    sig.parameters['new'] = p
except TypeError as e:
    print('TypeError:', e)
