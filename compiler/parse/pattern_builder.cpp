// The match statement's parse tree -> ast::Match with its patterns (PEP 634), as CPython's parser builds them,
// and the syntax errors CPython's invalid_* pattern rules raise (the grammar accepts a little more so that the
// messages can be CPython's: grammar/PythonParser.g4, "match").
#include "builder.h"

#include "PythonLexer.h"
#include "literals.h"

namespace pyco::parse {

using antlr4::Token;
using antlr4::tree::TerminalNode;
using P = PythonParser;

namespace {

ast::PatternP make_pattern(ast::Span s, auto node) {
    auto p = std::make_unique<ast::Pattern>();
    p->span = s;
    p->node = std::move(node);
    return p;
}

bool is_imaginary(const ast::Expr& e) {
    auto* c = ast::as<ast::Constant>(e);
    return c && c->kind == ast::Constant::Kind::Imaginary;
}

}  // namespace

ast::StmtP Builder::match_stmt(P::Match_stmtContext* m) {
    ast::Match match;
    auto* subject = m->subject_expr();
    match.subject = element_list(subject);
    // A lone starred subject is no subject_expr in CPython's grammar: it fails at the ':'.
    if (ast::as<ast::Starred>(*match.subject)) error(span(m->COLON()), "invalid syntax");
    for (auto* c : m->case_block()) {
        ast::MatchCase mc;
        mc.pattern = patterns(c->patterns());
        if (auto* g = c->guard()) mc.guard = namedexpr_test(g->namedexpr_test());
        mc.body = block(c->block());
        match.cases.push_back(std::move(mc));
    }
    return make_stmt(span(m), std::move(match));
}

// A case's patterns: `case a, *b:` is a sequence pattern without brackets.
ast::PatternP Builder::patterns(P::PatternsContext* ctx) {
    if (auto* open = ctx->open_sequence_pattern()) return open_sequence(open, span(ctx));
    return pattern(ctx->pattern());
}

ast::PatternP Builder::open_sequence(P::Open_sequence_patternContext* ctx, ast::Span s) {
    ast::MatchSequence seq;
    seq.patterns.push_back(star_or_pattern(ctx->maybe_star_pattern()));
    if (auto* rest = ctx->maybe_sequence_pattern())
        for (auto* p : rest->maybe_star_pattern()) seq.patterns.push_back(star_or_pattern(p));
    return make_pattern(s, std::move(seq));
}

ast::PatternP Builder::star_or_pattern(P::Maybe_star_patternContext* ctx) {
    if (!ctx->STAR()) return pattern(ctx->pattern());
    std::string name = ctx->NAME()->getText();
    ast::MatchStar star;
    if (name != "_") star.name = name;
    return make_pattern(span(ctx), std::move(star));
}

// `or_pattern as target`. CPython accepts only a NAME other than `_` after 'as'; anything else is one of its
// invalid_as_pattern errors, or "invalid syntax" just after a leading name (`as a.b`, `as y | 3`).
ast::PatternP Builder::pattern(P::PatternContext* ctx) {
    ast::PatternP inner = or_pattern(ctx->or_pattern());
    auto* target = ctx->pattern_target();
    if (!target) return inner;
    Token* first = target->getStart();
    if (first->getType() != P::NAME) {
        error(span(target), "invalid pattern target");
        return inner;
    }
    if (first->getText() == "_") {
        error(span(first), "cannot use '_' as a target");
        return inner;
    }
    if (target->getStop() != first) {
        error(span(tokens_.get(first->getTokenIndex() + 1)), "invalid syntax");
        return inner;
    }
    ast::MatchAs as;
    as.pattern = std::move(inner);
    as.name = first->getText();
    return make_pattern(span(ctx), std::move(as));
}

ast::PatternP Builder::or_pattern(P::Or_patternContext* ctx) {
    auto closed = ctx->closed_pattern();
    if (closed.size() == 1) return closed_pattern(closed[0]);
    ast::MatchOr alternatives;
    for (auto* c : closed) alternatives.patterns.push_back(closed_pattern(c));
    return make_pattern(span(ctx), std::move(alternatives));
}

ast::PatternP Builder::closed_pattern(P::Closed_patternContext* ctx) {
    ast::Span s = span(ctx);
    if (auto* lit = ctx->literal_pattern()) return literal_pattern(lit);
    if (auto* name = ctx->name_or_attr()) {
        if (auto* args = ctx->class_arguments()) return class_pattern(name, args, s);
        auto names = name->NAME();
        if (names.size() > 1) return make_pattern(s, ast::MatchValue{dotted_name(names)});
        ast::MatchAs capture;
        if (names[0]->getText() != "_") capture.name = names[0]->getText();
        return make_pattern(s, std::move(capture));
    }
    if (auto* m = ctx->mapping_pattern()) return mapping_pattern(m);
    ast::MatchSequence seq;
    if (ctx->LSQB()) {
        if (auto* items = ctx->maybe_sequence_pattern())
            for (auto* p : items->maybe_star_pattern()) seq.patterns.push_back(star_or_pattern(p));
        return make_pattern(s, std::move(seq));
    }
    if (auto* group = ctx->pattern()) return pattern(group);  // `(p)` is p itself
    if (auto* open = ctx->open_sequence_pattern()) return open_sequence(open, s);
    return make_pattern(s, std::move(seq));  // `()`
}

// A dotted name as the expression CPython builds: Name, then Attribute for each further part.
ast::ExprP Builder::dotted_name(const std::vector<TerminalNode*>& names) {
    ast::ExprP e = make(span(names[0]), ast::Name{names[0]->getText(), ast::ExprContext::Load});
    for (size_t i = 1; i < names.size(); ++i) {
        ast::Span s = span_between(names[0]->getSymbol(), names[i]->getSymbol());
        e = make(s, ast::Attribute{std::move(e), names[i]->getText(), ast::ExprContext::Load});
    }
    return e;
}

ast::ExprP Builder::number(TerminalNode* node) {
    std::string text = node->getText();
    auto n = convert_number(text);
    check_int_digits(span(node), text, n);
    return make(span(node), ast::Constant{n.kind, std::move(n.value)});
}

// The value of a literal pattern or mapping key: a string, a signed number or a complex literal `a + bj`.
ast::ExprP Builder::literal_value(P::Literal_patternContext* ctx) {
    ast::Span s = span(ctx);
    if (!ctx->STRING().empty()) return strings(ctx, ctx->STRING());
    if (ctx->NONE()) return make(s, ast::Constant{ast::Constant::Kind::None, ""});
    if (ctx->TRUE()) return make(s, ast::Constant{ast::Constant::Kind::True, ""});
    if (ctx->FALSE()) return make(s, ast::Constant{ast::Constant::Kind::False, ""});
    auto* signed_number = ctx->signed_number();
    ast::ExprP value = number(signed_number->NUMBER());
    if (signed_number->MINUS())
        value = make(span(signed_number), ast::UnaryOp{ast::UnaryOpKind::USub, std::move(value)});
    auto* imag = ctx->NUMBER();
    if (!imag) return value;
    // CPython checks the real part first ("real number required"), then the imaginary one.
    const ast::Expr& real_part = ast::as<ast::UnaryOp>(*value) ? *ast::as<ast::UnaryOp>(*value)->operand : *value;
    if (is_imaginary(real_part)) error(real_part.span, "real number required in complex literal");
    ast::ExprP imag_value = number(imag);
    if (!is_imaginary(*imag_value)) error(imag_value->span, "imaginary number required in complex literal");
    ast::BinOpKind op = ctx->PLUS() ? ast::BinOpKind::Add : ast::BinOpKind::Sub;
    return make(s, ast::BinOp{std::move(value), op, std::move(imag_value)});
}

ast::PatternP Builder::literal_pattern(P::Literal_patternContext* ctx) {
    ast::Span s = span(ctx);
    if (ctx->NONE()) return make_pattern(s, ast::MatchSingleton{ast::Constant::Kind::None});
    if (ctx->TRUE()) return make_pattern(s, ast::MatchSingleton{ast::Constant::Kind::True});
    if (ctx->FALSE()) return make_pattern(s, ast::MatchSingleton{ast::Constant::Kind::False});
    return make_pattern(s, ast::MatchValue{literal_value(ctx)});
}

ast::PatternP Builder::mapping_pattern(P::Mapping_patternContext* ctx) {
    ast::MatchMapping m;
    for (auto* item : ctx->key_value_pattern()) {
        if (auto* lit = item->literal_pattern()) {
            m.keys.push_back(literal_value(lit));
        } else {
            m.keys.push_back(dotted_name(item->NAME()));
        }
        m.patterns.push_back(pattern(item->pattern()));
    }
    if (auto* rest = ctx->double_star_pattern()) {
        // `**_` is no capture target in CPython's grammar.
        if (rest->NAME()->getText() == "_") error(span(rest->NAME()), "invalid syntax");
        else m.rest = rest->NAME()->getText();
    }
    return make_pattern(span(ctx), std::move(m));
}

// `Cls(p, q, attr=r)`. Positional patterns after a keyword pattern are CPython's invalid_class_pattern: the
// error spans the first run of them.
ast::PatternP Builder::class_pattern(P::Name_or_attrContext* name, P::Class_argumentsContext* args, ast::Span s) {
    ast::MatchClass c;
    c.cls = dotted_name(name->NAME());
    auto items = args->class_argument();
    size_t first_keyword = items.size();
    for (size_t i = 0; i < items.size(); ++i) {
        if (items[i]->EQUAL()) {
            if (first_keyword == items.size()) first_keyword = i;
            continue;
        }
        if (first_keyword == items.size()) continue;
        size_t last = i;
        while (last + 1 < items.size() && !items[last + 1]->EQUAL()) ++last;
        error(span_between(items[i]->getStart(), last_real_token(items[last])),
              "positional patterns follow keyword patterns");
        return make_pattern(s, std::move(c));
    }
    for (auto* item : items) {
        if (item->EQUAL()) {
            c.kwd_attrs.push_back(item->NAME()->getText());
            c.kwd_patterns.push_back(pattern(item->pattern()));
        } else {
            c.patterns.push_back(pattern(item->pattern()));
        }
    }
    return make_pattern(s, std::move(c));
}

}  // namespace pyco::parse
