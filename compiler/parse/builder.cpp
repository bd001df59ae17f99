#include "builder.h"

#include "PythonLexer.h"
#include "literals.h"

namespace pyco::parse {

using antlr4::Token;
using antlr4::tree::TerminalNode;
using P = PythonParser;

namespace {

// Deeper expressions than this are rejected as CPython does (it overflows its own compiler stack near here).
constexpr int kMaxExprDepth = 1000;
constexpr int kMaxFStringNesting = 8;
// CPython 3.11 compiles nested statements recursively and stops with RecursionError at 3000 levels (its recursion
// limit times 3); an elif chain nests one If per elif. Measured: 2999 elifs fail at module level, 2998 inside one
// block. Each elif is a level of recursion in pyco's passes too: 100k of them overflowed pyco's stack.
constexpr int kMaxStmtDepth = 2999;
// CPython's compiler keeps one block per loop, try, with item, ... and allows 20 (CO_MAXBLOCKS).
constexpr size_t kMaxStaticBlocks = 20;

void advance(std::string_view text, int& line, int& col) {
    for (char ch : text) {
        if (ch == '\n') ++line, col = 0;
        else if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) ++col;
    }
}

bool is_layout(size_t type) {
    return type == P::NEWLINE || type == P::INDENT || type == P::DEDENT || type == Token::EOF;
}

Token* token_of(antlr4::tree::ParseTree* p) {
    auto* t = dynamic_cast<TerminalNode*>(p);
    return t ? t->getSymbol() : nullptr;
}

const char* describe(const ast::Expr& e) {
    using namespace ast;
    return std::visit(
        [](const auto& n) -> const char* {
            using T = std::decay_t<decltype(n)>;
            if constexpr (std::is_same_v<T, Call>) return "function call";
            else if constexpr (std::is_same_v<T, Constant>) {
                switch (n.kind) {
                case Constant::Kind::None: return "None";
                case Constant::Kind::True: return "True";
                case Constant::Kind::False: return "False";
                case Constant::Kind::Ellipsis: return "ellipsis";
                default: return "literal";
                }
            } else if constexpr (std::is_same_v<T, JoinedStr> || std::is_same_v<T, FormattedValue>)
                return "f-string expression";
            else if constexpr (std::is_same_v<T, Compare>) return "comparison";
            else if constexpr (std::is_same_v<T, IfExp>) return "conditional expression";
            else if constexpr (std::is_same_v<T, Lambda>) return "lambda";
            else if constexpr (std::is_same_v<T, Await>) return "await expression";
            else if constexpr (std::is_same_v<T, Yield> || std::is_same_v<T, YieldFrom>) return "yield expression";
            else if constexpr (std::is_same_v<T, NamedExpr>) return "named expression";
            else if constexpr (std::is_same_v<T, Dict>) return "dict literal";
            else if constexpr (std::is_same_v<T, Set>) return "set display";
            else if constexpr (std::is_same_v<T, ListComp>) return "list comprehension";
            else if constexpr (std::is_same_v<T, SetComp>) return "set comprehension";
            else if constexpr (std::is_same_v<T, DictComp>) return "dict comprehension";
            else if constexpr (std::is_same_v<T, GeneratorExp>) return "generator expression";
            else return "expression";
        },
        e.node);
}

ast::BinOpKind binop_of(size_t type) {
    switch (type) {
    case P::PLUS: case P::PLUSEQUAL: return ast::BinOpKind::Add;
    case P::MINUS: case P::MINEQUAL: return ast::BinOpKind::Sub;
    case P::STAR: case P::STAREQUAL: return ast::BinOpKind::Mult;
    case P::AT: case P::ATEQUAL: return ast::BinOpKind::MatMult;
    case P::SLASH: case P::SLASHEQUAL: return ast::BinOpKind::Div;
    case P::PERCENT: case P::PERCENTEQUAL: return ast::BinOpKind::Mod;
    case P::DOUBLESTAR: case P::DOUBLESTAREQUAL: return ast::BinOpKind::Pow;
    case P::LEFTSHIFT: case P::LEFTSHIFTEQUAL: return ast::BinOpKind::LShift;
    case P::RIGHTSHIFT: case P::RIGHTSHIFTEQUAL: return ast::BinOpKind::RShift;
    case P::VBAR: case P::VBAREQUAL: return ast::BinOpKind::BitOr;
    case P::CIRCUMFLEX: case P::CIRCUMFLEXEQUAL: return ast::BinOpKind::BitXor;
    case P::AMPER: case P::AMPEREQUAL: return ast::BinOpKind::BitAnd;
    default: return ast::BinOpKind::FloorDiv;
    }
}

struct DepthGuard {
    int& depth;
    explicit DepthGuard(int& d) : depth(d) { ++depth; }
    ~DepthGuard() { --depth; }
};

}  // namespace

static bool has_comma(antlr4::ParserRuleContext* ctx);

// ---------------------------------------------------------------- spans and helpers

ast::Span Builder::span(Token* t) {
    ast::Span s;
    s.line = int(t->getLine());
    s.col = int(t->getCharPositionInLine());
    s.end_line = s.line;
    s.end_col = s.col;
    if (t->getType() != Token::EOF && !is_layout(t->getType())) advance(t->getText(), s.end_line, s.end_col);
    return s;
}

ast::Span Builder::span_between(Token* first, Token* last) {
    ast::Span a = span(first), b = span(last);
    return {a.line, a.col, b.end_line, b.end_col};
}

Token* Builder::last_real_token(Ctx* ctx) {
    Token* stop = ctx->getStop();
    Token* start = ctx->getStart();
    if (!stop) return start;
    size_t index = stop->getTokenIndex();
    while (is_layout(stop->getType()) && index > start->getTokenIndex()) stop = tokens_.get(--index);
    return stop;
}

ast::Span Builder::span(Ctx* ctx) { return span_between(ctx->getStart(), last_real_token(ctx)); }

void Builder::error(ast::Span s, const std::string& message) {
    failed_ = true;
    diags_.error(file_, s, "SyntaxError: " + message);
}

// CPython 3.11 refuses decimal literals longer than sys.get_int_max_str_digits() (4300 by default) when it
// parses them, reporting column 0 of the literal's line; prefixed literals are exempt.
void Builder::check_int_digits(ast::Span s, std::string_view text, const NumberLiteral& n) {
    constexpr size_t limit = 4300;
    bool prefixed = text.size() > 1 && text[0] == '0' && std::isalpha((unsigned char)text[1]);
    if (n.kind != ast::Constant::Kind::Int || prefixed || n.value.size() <= limit) return;
    error({s.line, 0, s.line, 0}, "Exceeds the limit (4300 digits) for integer string conversion: value has " +
                                      std::to_string(n.value.size()) +
                                      " digits; use sys.set_int_max_str_digits() to increase the limit - Consider "
                                      "hexadecimal for huge integer literals to avoid decimal conversion limits.");
}

static ast::ExprP placeholder(ast::Span s) {
    auto e = std::make_unique<ast::Expr>();
    e->span = s;
    e->node = ast::Constant{};
    return e;
}

bool Builder::set_context(ast::Expr& e, ast::ExprContext ctx, const char* verb, bool assign_hint) {
    using namespace ast;
    if (auto* n = as<Name>(e)) return n->ctx = ctx, true;
    if (auto* a = as<Attribute>(e)) return a->ctx = ctx, true;
    if (auto* s = as<Subscript>(e)) return s->ctx = ctx, true;
    if (auto* s = as<Starred>(e)) {
        if (ctx == ExprContext::Del) {
            error(e.span, "cannot delete starred");
            return false;
        }
        s->ctx = ctx;
        return set_context(*s->value, ctx, verb, false);
    }
    auto elements = [&](std::vector<ExprP>& elts) {
        bool ok = true;
        int starred = 0;
        for (auto& x : elts) {
            if (as<Starred>(*x)) ++starred;
            ok = set_context(*x, ctx, verb, false) && ok;
        }
        if (ok && starred > 1 && ctx == ExprContext::Store) {
            error(e.span, "multiple starred expressions in assignment");
            return false;
        }
        return ok;
    };
    if (auto* t = as<Tuple>(e)) return t->ctx = ctx, elements(t->elts);
    if (auto* l = as<List>(e)) return l->ctx = ctx, elements(l->elts);
    std::string what = describe(e);
    bool hint = assign_hint && (as<Call>(e) || as<Constant>(e) || as<BinOp>(e) || as<UnaryOp>(e) ||
                                as<BoolOp>(e) || as<Compare>(e) || as<JoinedStr>(e));
    error(e.span, std::string("cannot ") + verb + " " + what +
                      (hint ? " here. Maybe you meant '==' instead of '='?" : ""));
    return false;
}

// ---------------------------------------------------------------- statements

ast::Body Builder::module(P::File_inputContext* ctx) {
    ast::Body body;
    for (auto* s : ctx->stmt()) stmt(s, body);
    return body;
}

ast::ExprP Builder::fstring_expr(P::Fstring_exprContext* ctx) {
    if (ctx->yield_expr()) return yield_expr(ctx->yield_expr());
    auto e = testlist_star_expr(ctx->testlist_star_expr());
    if (ast::as<ast::Starred>(*e)) error(e->span, "f-string: can't use starred expression here");
    return e;
}

void Builder::stmt(P::StmtContext* ctx, ast::Body& out) {
    if (auto* c = ctx->compound_stmt()) {
        if (auto s = compound_stmt(c)) out.push_back(std::move(s));
        return;
    }
    for (auto* s : ctx->simple_stmts()->simple_stmt()) simple_stmt(s, out);
}

ast::Body Builder::block(P::BlockContext* ctx) {
    DepthGuard guard(block_depth_);
    ast::Body body;
    if (auto* simple = ctx->simple_stmts()) {
        for (auto* s : simple->simple_stmt()) simple_stmt(s, body);
    } else {
        for (auto* s : ctx->stmt()) stmt(s, body);
    }
    return body;
}

static void no_starred(Builder* b, const ast::ExprP& e, void (Builder::*err)(ast::Span, const std::string&)) {
    if (e && ast::as<ast::Starred>(*e)) (b->*err)(e->span, "can't use starred expression here");
}

void Builder::simple_stmt(P::Simple_stmtContext* ctx, ast::Body& out) {
    ast::Span s = span(ctx);
    if (auto* c = ctx->expr_stmt()) {
        out.push_back(expr_stmt(c));
    } else if (auto* c = ctx->del_stmt()) {
        ast::Delete d;
        auto* list = c->exprlist();
        for (auto* child : list->children) {
            if (token_of(child)) continue;
            auto e = element(child);
            set_context(*e, ast::ExprContext::Del, "delete", false);
            d.targets.push_back(std::move(e));
        }
        out.push_back(make_stmt(s, std::move(d)));
    } else if (ctx->pass_stmt()) {
        out.push_back(make_stmt(s, ast::Pass{}));
    } else if (ctx->break_stmt()) {
        out.push_back(make_stmt(s, ast::Break{}));
    } else if (ctx->continue_stmt()) {
        out.push_back(make_stmt(s, ast::Continue{}));
    } else if (auto* c = ctx->return_stmt()) {
        ast::Return r;
        if (c->testlist_star_expr()) r.value = testlist_star_expr(c->testlist_star_expr());
        no_starred(this, r.value, &Builder::error);
        out.push_back(make_stmt(s, std::move(r)));
    } else if (auto* c = ctx->raise_stmt()) {
        ast::Raise r;
        auto tests = c->test();
        if (!tests.empty()) r.exc = test(tests[0]);
        if (tests.size() > 1) r.cause = test(tests[1]);
        out.push_back(make_stmt(s, std::move(r)));
    } else if (auto* c = ctx->global_stmt()) {
        ast::Global g;
        for (auto* n : c->NAME()) g.names.push_back(n->getText());
        out.push_back(make_stmt(s, std::move(g)));
    } else if (auto* c = ctx->nonlocal_stmt()) {
        ast::Nonlocal g;
        for (auto* n : c->NAME()) g.names.push_back(n->getText());
        out.push_back(make_stmt(s, std::move(g)));
    } else if (auto* c = ctx->assert_stmt()) {
        ast::Assert a;
        auto tests = c->test();
        a.test = test(tests[0]);
        if (tests.size() > 1) a.msg = test(tests[1]);
        out.push_back(make_stmt(s, std::move(a)));
    } else if (auto* c = ctx->import_stmt()) {
        out.push_back(import_stmt(c));
    } else if (auto* c = ctx->yield_stmt()) {
        out.push_back(make_stmt(s, ast::ExprStmt{yield_expr(c->yield_expr())}));
    }
}

ast::StmtP Builder::expr_stmt(P::Expr_stmtContext* ctx) {
    ast::Span s = span(ctx);
    auto first = testlist_star_expr(ctx->testlist_star_expr(0));
    if (auto* ann = ctx->annassign()) {
        ast::AnnAssign a;
        bool parenthesized = ctx->getStart()->getType() == P::LPAR;
        if (ast::as<ast::Tuple>(*first)) error(first->span, "only single target (not tuple) can be annotated");
        else if (ast::as<ast::List>(*first)) error(first->span, "only single target (not list) can be annotated");
        else if (!ast::as<ast::Name>(*first) && !ast::as<ast::Attribute>(*first) && !ast::as<ast::Subscript>(*first))
            error(first->span, "illegal target for annotation");
        else set_context(*first, ast::ExprContext::Store, "assign to", false);
        a.simple = ast::as<ast::Name>(*first) && !parenthesized;
        a.target = std::move(first);
        a.annotation = test(ann->test());
        if (ann->yield_expr()) a.value = yield_expr(ann->yield_expr());
        else if (ann->testlist_star_expr()) a.value = testlist_star_expr(ann->testlist_star_expr());
        return make_stmt(s, std::move(a));
    }
    if (auto* aug = ctx->augassign()) {
        ast::AugAssign a;
        if (!ast::as<ast::Name>(*first) && !ast::as<ast::Attribute>(*first) && !ast::as<ast::Subscript>(*first))
            error(first->span, std::string("'") + describe(*first) + "' is an illegal expression for augmented assignment");
        else set_context(*first, ast::ExprContext::Store, "assign to", false);
        a.target = std::move(first);
        a.op = binop_of(token_of(aug->children[0])->getType());
        a.value = ctx->yield_expr().empty() ? testlist_star_expr(ctx->testlist_star_expr(1))
                                            : yield_expr(ctx->yield_expr(0));
        return make_stmt(s, std::move(a));
    }
    if (ctx->EQUAL().empty()) {
        no_starred(this, first, &Builder::error);
        return make_stmt(s, ast::ExprStmt{std::move(first)});
    }
    // a = b = value: every part after the first '=' in source order.
    std::vector<ast::ExprP> parts;
    parts.push_back(std::move(first));
    bool after_first = false;
    for (auto* child : ctx->children) {
        if (auto* t = dynamic_cast<P::Testlist_star_exprContext*>(child)) {
            if (after_first) parts.push_back(testlist_star_expr(t));
            after_first = true;
        } else if (auto* y = dynamic_cast<P::Yield_exprContext*>(child)) {
            parts.push_back(yield_expr(y));
        }
    }
    ast::Assign a;
    a.value = std::move(parts.back());
    parts.pop_back();
    no_starred(this, a.value, &Builder::error);
    bool single = parts.size() == 1;
    for (auto& t : parts) {
        set_context(*t, ast::ExprContext::Store, "assign to", single);
        a.targets.push_back(std::move(t));
    }
    return make_stmt(s, std::move(a));
}

ast::StmtP Builder::import_stmt(P::Import_stmtContext* ctx) {
    ast::Span s = span(ctx);
    if (auto* imp = ctx->import_name()) {
        ast::Import i;
        for (auto* d : imp->dotted_as_names()->dotted_as_name()) {
            ast::Alias a;
            a.name = d->dotted_name()->getText();
            if (d->NAME()) a.asname = d->NAME()->getText();
            a.span = span(d);
            i.names.push_back(std::move(a));
        }
        return make_stmt(s, std::move(i));
    }
    auto* from = ctx->import_from();
    ast::ImportFrom f;
    for (auto* d : from->import_dots()) f.level += d->ELLIPSIS() ? 3 : 1;
    if (from->dotted_name()) f.module = from->dotted_name()->getText();
    if (from->STAR()) {
        f.names.push_back({"*", std::nullopt, span(from->STAR())});
    } else {
        for (auto* n : from->import_as_names()->import_as_name()) {
            ast::Alias a;
            a.name = n->NAME(0)->getText();
            if (n->AS()) a.asname = n->NAME(1)->getText();
            a.span = span(n);
            f.names.push_back(std::move(a));
        }
    }
    return make_stmt(s, std::move(f));
}

ast::StmtP Builder::compound_stmt(P::Compound_stmtContext* ctx) {
    if (auto* c = ctx->if_stmt()) return if_stmt(c);
    if (auto* c = ctx->while_stmt()) return while_stmt(c);
    if (auto* c = ctx->for_stmt()) return for_stmt(c, nullptr);
    if (auto* c = ctx->try_stmt()) return try_stmt(c);
    if (auto* c = ctx->with_stmt()) return with_stmt(c, nullptr);
    if (auto* c = ctx->funcdef()) return funcdef(c, nullptr);
    if (auto* c = ctx->classdef()) return classdef(c);
    if (auto* c = ctx->decorated()) return decorated(c);
    if (auto* c = ctx->async_stmt()) {
        Token* async_tok = c->ASYNC()->getSymbol();
        if (c->funcdef()) return funcdef(c->funcdef(), async_tok);
        if (c->with_stmt()) return with_stmt(c->with_stmt(), async_tok);
        return for_stmt(c->for_stmt(), async_tok);
    }
    return match_stmt(ctx->match_stmt());
}

ast::StmtP Builder::if_stmt(P::If_stmtContext* ctx) {
    // Children: IF test COLON block (ELIF test COLON block)* (ELSE COLON block)?
    // Built from the end so that each elif becomes an If nested in the previous orelse.
    auto tests = ctx->namedexpr_test();
    auto blocks = ctx->block();
    Token* end = last_real_token(ctx);
    ast::Body orelse;
    size_t n = tests.size();
    if (ctx->ELSE()) orelse = block(blocks.back());
    auto elifs = ctx->ELIF();
    if (block_depth_ + int(elifs.size()) >= kMaxStmtDepth) {
        Token* at = elifs[size_t(std::max(0, kMaxStmtDepth - block_depth_ - 1))]->getSymbol();
        failed_ = true;
        diags_.error(file_, span_between(at, at), "RecursionError: maximum recursion depth exceeded during compilation");
        return make_stmt(span(ctx), ast::Pass{});
    }
    for (size_t i = n; i-- > 0;) {
        ast::If node;
        node.test = namedexpr_test(tests[i]);
        node.body = block(blocks[i]);
        node.orelse = std::move(orelse);
        Token* start = i == 0 ? ctx->IF()->getSymbol() : elifs[i - 1]->getSymbol();
        auto st = make_stmt(span_between(start, end), std::move(node));
        if (i == 0) return st;
        orelse.clear();
        orelse.push_back(std::move(st));
    }
    return nullptr;
}

ast::StmtP Builder::while_stmt(P::While_stmtContext* ctx) {
    ast::While w;
    w.test = namedexpr_test(ctx->namedexpr_test());
    w.body = block(ctx->block(0));
    if (ctx->ELSE()) w.orelse = block(ctx->block(1));
    return make_stmt(span(ctx), std::move(w));
}

ast::StmtP Builder::for_stmt(P::For_stmtContext* ctx, Token* async_tok) {
    ast::For f;
    f.target = exprlist(ctx->exprlist());
    set_context(*f.target, ast::ExprContext::Store, "assign to", false);
    f.iter = testlist_star_expr(ctx->testlist_star_expr());
    f.body = block(ctx->block(0));
    if (ctx->ELSE()) f.orelse = block(ctx->block(1));
    f.is_async = async_tok != nullptr;
    return make_stmt(span_between(async_tok ? async_tok : ctx->getStart(), last_real_token(ctx)), std::move(f));
}

ast::StmtP Builder::try_stmt(P::Try_stmtContext* ctx) {
    ast::Try t;
    // Blocks in order: try body, one per except clause (inside the clause), else, finally.
    auto blocks = ctx->block();
    t.body = block(blocks[0]);
    size_t next = 1;
    bool plain = false, star = false;
    auto clauses = ctx->except_clause();
    for (size_t i = 0; i < clauses.size(); ++i) {
        auto* c = clauses[i];
        ast::ExceptHandler h;
        h.span = span(c);
        if (c->STAR()) {
            if (plain) error(span(c), "cannot have both 'except' and 'except*' on the same 'try'");
            star = true;
            if (!c->test()) error(span(c->COLON()), "expected one or more exception types");
        } else {
            if (star) error(span(c), "cannot have both 'except' and 'except*' on the same 'try'");
            plain = true;
        }
        if (c->test()) h.type = test(c->test());
        else if (i + 1 < clauses.size()) error(span(c->EXCEPT()), "default 'except:' must be last");
        if (c->NAME()) h.name = c->NAME()->getText();
        h.body = block(c->block());
        t.handlers.push_back(std::move(h));
    }
    t.is_star = star;
    // else/finally blocks follow, in source order.
    for (auto* child : ctx->children) {
        Token* tok = token_of(child);
        if (!tok) continue;
        if (tok->getType() == P::ELSE) t.orelse = block(blocks[next++]);
        else if (tok->getType() == P::FINALLY) t.finalbody = block(blocks[next++]);
    }
    return make_stmt(span(ctx), std::move(t));
}

ast::StmtP Builder::with_stmt(P::With_stmtContext* ctx, Token* async_tok) {
    ast::Span whole = span_between(async_tok ? async_tok : ctx->getStart(), last_real_token(ctx));
    // Each item is a block of CPython's compiler wherever the statement is, so more than 20 items always fail.
    // (pyco's code generator also recursed once per item.)
    if (ctx->with_item().size() > kMaxStaticBlocks) {
        error(whole, "too many statically nested blocks");
        return make_stmt(whole, ast::Pass{});
    }
    ast::With w;
    for (auto* item : ctx->with_item()) {
        ast::WithItem wi;
        wi.context_expr = test(item->test());
        if (item->expr()) {
            wi.optional_vars = binary_chain(item->expr());
            set_context(*wi.optional_vars, ast::ExprContext::Store, "assign to", false);
        }
        w.items.push_back(std::move(wi));
    }
    w.body = block(ctx->block());
    w.is_async = async_tok != nullptr;
    return make_stmt(whole, std::move(w));
}

ast::Arg Builder::param(P::TfpdefContext* d) {
    ast::Arg arg;
    arg.name = d->NAME()->getText();
    if (d->test()) arg.annotation = test(d->test());
    else if (d->star_expr()) arg.annotation = star_expr(d->star_expr());
    arg.span = span(d);
    return arg;
}

ast::Arg Builder::param(P::VfpdefContext* d) {
    ast::Arg arg;
    arg.name = d->NAME()->getText();
    arg.span = span(d);
    return arg;
}

namespace {
P::TfpdefContext* param_of(P::Tfpdef_itemContext* item) { return item->tfpdef(); }
P::VfpdefContext* param_of(P::Vfpdef_itemContext* item) { return item->vfpdef(); }
}  // namespace

ast::Arguments Builder::typedargs(P::TypedargslistContext* ctx) {
    return ctx ? parameters(ctx->tfpdef_item()) : ast::Arguments{};
}

ast::Arguments Builder::varargs(P::VarargslistContext* ctx) {
    return ctx ? parameters(ctx->vfpdef_item()) : ast::Arguments{};
}

// A def's parameters and a lambda's follow the same rules; only a def's may be annotated.
template <class Item>
ast::Arguments Builder::parameters(const std::vector<Item*>& items) {
    ast::Arguments a;
    bool star = false, kwarg = false, slash = false, bare_star = false;
    ast::Span bare_star_span;
    for (auto* item : items) {
        ast::Span s = span(item);
        if (kwarg) {
            error(s, "arguments cannot follow var-keyword argument");
            break;
        }
        if (item->SLASH()) {
            if (slash) error(s, "/ may appear only once");
            else if (star) error(s, "/ must be ahead of *");
            else if (a.args.empty()) error(s, "at least one argument must precede /");
            slash = true;
            for (auto& arg : a.args) a.posonlyargs.push_back(std::move(arg));
            a.args.clear();
            continue;
        }
        if (item->DOUBLESTAR()) {
            if (bare_star) error(bare_star_span, "named arguments must follow bare *"), bare_star = false;
            a.kwarg = param(param_of(item));
            kwarg = true;
            continue;
        }
        if (item->STAR()) {
            if (star) error(s, "* argument may appear only once");
            star = true;
            if (param_of(item)) a.vararg = param(param_of(item));
            else bare_star = true, bare_star_span = s;
            continue;
        }
        bare_star = false;
        ast::Arg arg = param(param_of(item));
        ast::ExprP def = item->test() ? test(item->test()) : nullptr;
        if (star) {
            a.kwonlyargs.push_back(std::move(arg));
            a.kw_defaults.push_back(std::move(def));
        } else {
            if (def) a.defaults.push_back(std::move(def));
            else if (!a.defaults.empty()) error(arg.span, "non-default argument follows default argument");
            a.args.push_back(std::move(arg));
        }
    }
    if (bare_star) error(bare_star_span, "named arguments must follow bare *");
    return a;
}

ast::StmtP Builder::funcdef(P::FuncdefContext* ctx, Token* async_tok) {
    ast::FunctionDef f;
    f.name = ctx->NAME()->getText();
    f.name_span = span(ctx->NAME());
    f.args = typedargs(ctx->parameters()->typedargslist());
    if (ctx->test()) f.returns = test(ctx->test());
    f.body = block(ctx->block());
    f.is_async = async_tok != nullptr;
    return make_stmt(span_between(async_tok ? async_tok : ctx->getStart(), last_real_token(ctx)), std::move(f));
}

ast::StmtP Builder::classdef(P::ClassdefContext* ctx) {
    ast::ClassDef c;
    c.name = ctx->NAME()->getText();
    if (auto* args = ctx->arglist()) {
        ast::Call call;
        call_args(args, call, span(args));
        c.bases = std::move(call.args);
        c.keywords = std::move(call.keywords);
    }
    c.body = block(ctx->block());
    return make_stmt(span(ctx), std::move(c));
}

ast::StmtP Builder::decorated(P::DecoratedContext* ctx) {
    std::vector<ast::ExprP> decorators;
    for (auto* d : ctx->decorators()->decorator()) decorators.push_back(namedexpr_test(d->namedexpr_test()));
    ast::StmtP st;
    if (ctx->classdef()) st = classdef(ctx->classdef());
    else if (ctx->funcdef()) st = funcdef(ctx->funcdef(), nullptr);
    else st = funcdef(ctx->async_funcdef()->funcdef(), ctx->async_funcdef()->ASYNC()->getSymbol());
    if (auto* f = ast::as<ast::FunctionDef>(*st)) f->decorator_list = std::move(decorators);
    else if (auto* c = ast::as<ast::ClassDef>(*st)) c->decorator_list = std::move(decorators);
    return st;
}

// ---------------------------------------------------------------- expressions

ast::ExprP Builder::element(PT* child) {
    if (auto* c = dynamic_cast<P::Namedexpr_testContext*>(child)) return namedexpr_test(c);
    if (auto* c = dynamic_cast<P::TestContext*>(child)) return test(c);
    if (auto* c = dynamic_cast<P::Star_exprContext*>(child)) return star_expr(c);
    if (auto* c = dynamic_cast<P::ExprContext*>(child)) return binary_chain(c);
    if (auto* c = dynamic_cast<P::Or_testContext*>(child)) return or_test(c);
    auto* ctx = dynamic_cast<Ctx*>(child);
    return placeholder(ctx ? span(ctx) : ast::Span{});
}

// A comma-separated list: one element without a trailing comma is itself, otherwise a Tuple.
static bool has_comma(antlr4::ParserRuleContext* ctx) {
    for (auto* c : ctx->children)
        if (auto* t = dynamic_cast<TerminalNode*>(c); t && t->getSymbol()->getType() == P::COMMA) return true;
    return false;
}

ast::ExprP Builder::testlist_star_expr(P::Testlist_star_exprContext* ctx) { return element_list(ctx); }

ast::ExprP Builder::exprlist(P::ExprlistContext* ctx) { return element_list(ctx); }

ast::ExprP Builder::element_list(Ctx* ctx) {
    if (!has_comma(ctx)) return element(ctx->children[0]);
    return display<ast::Tuple>(span(ctx), ctx->children);
}

ast::ExprP Builder::yield_expr(P::Yield_exprContext* ctx) {
    if (ctx->FROM()) return make(span(ctx), ast::YieldFrom{test(ctx->test())});
    ast::Yield y;
    if (ctx->testlist_star_expr()) y.value = testlist_star_expr(ctx->testlist_star_expr());
    return make(span(ctx), std::move(y));
}

ast::ExprP Builder::star_expr(P::Star_exprContext* ctx) {
    return make(span(ctx), ast::Starred{binary_chain(ctx->expr()), ast::ExprContext::Load});
}

ast::ExprP Builder::namedexpr_test(P::Namedexpr_testContext* ctx) {
    if (!ctx->COLONEQUAL()) return test(ctx->test());
    auto target = make(span(ctx->NAME()), ast::Name{ctx->NAME()->getText(), ast::ExprContext::Store});
    return make(span(ctx), ast::NamedExpr{std::move(target), test(ctx->test())});
}

ast::ExprP Builder::test(P::TestContext* ctx) {
    DepthGuard guard(depth_);
    if (depth_ > kMaxExprDepth) {
        if (depth_ == kMaxExprDepth + 1) {
            failed_ = true;
            diags_.error(file_, span(ctx), "RecursionError: maximum recursion depth exceeded during compilation");
        }
        return placeholder(span(ctx));
    }
    if (auto* l = ctx->lambdef()) return lambdef(l, l->varargslist(), test(l->test()));
    auto ors = ctx->or_test();
    if (ors.size() == 1) return or_test(ors[0]);
    ast::IfExp e;
    e.body = or_test(ors[0]);
    e.test = or_test(ors[1]);
    e.orelse = test(ctx->test());
    return make(span(ctx), std::move(e));
}

ast::ExprP Builder::test_nocond(P::Test_nocondContext* ctx) {
    if (auto* o = ctx->or_test()) return or_test(o);
    auto* l = ctx->lambdef_nocond();
    return lambdef(l, l->varargslist(), test_nocond(l->test_nocond()));
}

ast::ExprP Builder::lambdef(Ctx* ctx, P::VarargslistContext* args, ast::ExprP body) {
    ast::Lambda l;
    l.args = varargs(args);
    l.body = std::move(body);
    return make(span(ctx), std::move(l));
}

ast::ExprP Builder::or_test(P::Or_testContext* ctx) {
    return bool_op(ctx, ast::BoolOpKind::Or, ctx->and_test(), &Builder::and_test);
}

ast::ExprP Builder::and_test(P::And_testContext* ctx) {
    return bool_op(ctx, ast::BoolOpKind::And, ctx->not_test(), &Builder::not_test);
}

template <class Part>
ast::ExprP Builder::bool_op(Ctx* ctx, ast::BoolOpKind kind, const std::vector<Part*>& parts,
                            ast::ExprP (Builder::*operand)(Part*)) {
    if (parts.size() == 1) return (this->*operand)(parts[0]);
    ast::BoolOp b{kind, {}};
    for (auto* p : parts) b.values.push_back((this->*operand)(p));
    return make(span(ctx), std::move(b));
}

ast::ExprP Builder::not_test(P::Not_testContext* ctx) {
    if (ctx->comparison()) return comparison(ctx->comparison());
    DepthGuard guard(depth_);
    return make(span(ctx), ast::UnaryOp{ast::UnaryOpKind::Not, not_test(ctx->not_test())});
}

ast::ExprP Builder::comparison(P::ComparisonContext* ctx) {
    auto exprs = ctx->expr();
    if (exprs.size() == 1) return binary_chain(exprs[0]);
    ast::Compare c;
    c.left = binary_chain(exprs[0]);
    for (auto* op : ctx->comp_op()) {
        size_t t0 = token_of(op->children[0])->getType();
        bool two = op->children.size() == 2;
        ast::CmpOpKind k;
        switch (t0) {
        case P::LESS: k = ast::CmpOpKind::Lt; break;
        case P::GREATER: k = ast::CmpOpKind::Gt; break;
        case P::EQEQUAL: k = ast::CmpOpKind::Eq; break;
        case P::GREATEREQUAL: k = ast::CmpOpKind::GtE; break;
        case P::LESSEQUAL: k = ast::CmpOpKind::LtE; break;
        case P::NOTEQUAL: k = ast::CmpOpKind::NotEq; break;
        case P::IN: k = ast::CmpOpKind::In; break;
        case P::NOT: k = ast::CmpOpKind::NotIn; break;
        default: k = two ? ast::CmpOpKind::IsNot : ast::CmpOpKind::Is; break;
        }
        c.ops.push_back(k);
    }
    for (size_t i = 1; i < exprs.size(); ++i) c.comparators.push_back(binary_chain(exprs[i]));
    return make(span(ctx), std::move(c));
}

ast::ExprP Builder::operand(PT* child) {
    if (auto* c = dynamic_cast<P::FactorContext*>(child)) return factor(c);
    return binary_chain(static_cast<Ctx*>(child));
}

// expr | xor_expr | and_expr | shift_expr | arith_expr | term: operand (op operand)*, folded to the left.
ast::ExprP Builder::binary_chain(Ctx* ctx) {
    auto& ch = ctx->children;
    if (ch.size() == 1) return operand(ch[0]);
    if (int(ch.size() / 2) + depth_ > kMaxExprDepth) {
        failed_ = true;
        diags_.error(file_, span(ctx), "RecursionError: maximum recursion depth exceeded during compilation");
        return placeholder(span(ctx));
    }
    Token* first = ctx->getStart();
    auto left = operand(ch[0]);
    for (size_t i = 1; i + 1 < ch.size(); i += 2) {
        auto op = binop_of(token_of(ch[i])->getType());
        auto right = operand(ch[i + 1]);
        // The operation ends where its right operand's text does, closing parentheses included.
        ast::Span end = span(static_cast<Ctx*>(ch[i + 1]));
        ast::Span s{int(first->getLine()), int(first->getCharPositionInLine()), end.end_line, end.end_col};
        left = make(s, ast::BinOp{std::move(left), op, std::move(right)});
    }
    return left;
}

ast::ExprP Builder::factor(P::FactorContext* ctx) {
    if (ctx->power()) return power(ctx->power());
    DepthGuard guard(depth_);
    size_t t = token_of(ctx->children[0])->getType();
    auto op = t == P::PLUS ? ast::UnaryOpKind::UAdd : t == P::MINUS ? ast::UnaryOpKind::USub : ast::UnaryOpKind::Invert;
    return make(span(ctx), ast::UnaryOp{op, factor(ctx->factor())});
}

ast::ExprP Builder::power(P::PowerContext* ctx) {
    auto base = await_primary(ctx->await_primary());
    if (!ctx->factor()) return base;
    DepthGuard guard(depth_);
    return make(span(ctx), ast::BinOp{std::move(base), ast::BinOpKind::Pow, factor(ctx->factor())});
}

ast::ExprP Builder::await_primary(P::Await_primaryContext* ctx) {
    if (!ctx->AWAIT()) return primary(ctx->primary());
    return make(span(ctx), ast::Await{primary(ctx->primary())});
}

ast::ExprP Builder::primary(P::PrimaryContext* ctx) {
    if (int(ctx->trailer().size()) + depth_ > kMaxExprDepth) {
        failed_ = true;
        diags_.error(file_, span(ctx), "RecursionError: maximum recursion depth exceeded during compilation");
        return placeholder(span(ctx));
    }
    auto e = atom(ctx->atom());
    Token* first = ctx->getStart();
    for (auto* t : ctx->trailer()) {
        ast::Span s = span_between(first, last_real_token(t));
        if (t->NAME()) {
            e = make(s, ast::Attribute{std::move(e), t->NAME()->getText(), ast::ExprContext::Load});
        } else if (t->LPAR()) {
            ast::Call call;
            call.func = std::move(e);
            if (t->arglist()) call_args(t->arglist(), call, span(t));
            e = make(s, std::move(call));
        } else {
            auto* list = t->subscriptlist();
            ast::ExprP index;
            auto subs = list->subscript_();
            // `a[*b]` indexes with a tuple, as `a[*b,]` does (PEP 646, Python 3.11).
            if (subs.size() == 1 && !has_comma(list) && !subs[0]->star_expr()) {
                index = subscript(subs[0]);
            } else {
                ast::Tuple tuple;
                for (auto* sub : subs) tuple.elts.push_back(subscript(sub));
                index = make(span(list), std::move(tuple));
            }
            e = make(s, ast::Subscript{std::move(e), std::move(index), ast::ExprContext::Load});
        }
    }
    return e;
}

ast::ExprP Builder::subscript(P::Subscript_Context* ctx) {
    if (!ctx->COLON()) return element(ctx->children[0]);
    // test? COLON test? sliceop?  -- the tests before and after the first colon.
    ast::Slice s;
    bool after_colon = false;
    for (auto* c : ctx->children) {
        if (token_of(c)) {
            after_colon = true;
            continue;
        }
        if (auto* t = dynamic_cast<P::TestContext*>(c)) (after_colon ? s.upper : s.lower) = test(t);
        else if (auto* op = dynamic_cast<P::SliceopContext*>(c); op && op->test()) s.step = test(op->test());
    }
    return make(span(ctx), std::move(s));
}

void Builder::call_args(P::ArglistContext* ctx, ast::Call& call, ast::Span parens) {
    auto args = ctx->argument();
    bool seen_keyword = false, seen_kwunpack = false;
    for (auto* a : args) {
        if (a->EQUAL()) {
            ast::Keyword k;
            k.arg = a->NAME()->getText();
            k.value = test(a->test());
            k.span = span(a);
            call.keywords.push_back(std::move(k));
            seen_keyword = true;
        } else if (a->DOUBLESTAR()) {
            ast::Keyword k;
            k.value = test(a->test());
            k.span = span(a);
            call.keywords.push_back(std::move(k));
            seen_kwunpack = true;
        } else if (a->STAR()) {
            if (seen_kwunpack) error(span(a), "iterable argument unpacking follows keyword argument unpacking");
            call.args.push_back(make(span(a), ast::Starred{test(a->test()), ast::ExprContext::Load}));
        } else {
            if (seen_kwunpack) error(span(a), "positional argument follows keyword argument unpacking");
            else if (seen_keyword) error(span(a), "positional argument follows keyword argument");
            if (a->COLONEQUAL()) {
                auto target = make(span(a->NAME()), ast::Name{a->NAME()->getText(), ast::ExprContext::Store});
                call.args.push_back(make(span(a), ast::NamedExpr{std::move(target), test(a->test())}));
            } else if (a->comp_for()) {
                if (args.size() > 1 || has_comma(ctx)) error(span(a), "Generator expression must be parenthesized");
                ast::GeneratorExp g;
                g.elt = test(a->test());
                g.generators = comp_for(a->comp_for());
                call.args.push_back(make(parens, std::move(g)));
            } else {
                call.args.push_back(test(a->test()));
            }
        }
    }
}

std::vector<ast::Comprehension> Builder::comp_for(P::Comp_forContext* ctx) {
    std::vector<ast::Comprehension> gens;
    for (auto* clause : ctx->comp_clause()) {
        ast::Comprehension c;
        c.is_async = clause->ASYNC() != nullptr;
        c.target = exprlist(clause->exprlist());
        set_context(*c.target, ast::ExprContext::Store, "assign to", false);
        c.iter = or_test(clause->or_test());
        for (auto* cif : clause->comp_if()) c.ifs.push_back(test_nocond(cif->test_nocond()));
        gens.push_back(std::move(c));
    }
    return gens;
}

ast::ExprP Builder::atom(P::AtomContext* ctx) {
    ast::Span s = span(ctx);
    if (ctx->NAME()) return make(s, ast::Name{ctx->getText(), ast::ExprContext::Load});
    if (ctx->NUMBER()) {
        std::string text = ctx->getText();
        auto n = convert_number(text);
        check_int_digits(s, text, n);
        return make(s, ast::Constant{n.kind, std::move(n.value)});
    }
    if (!ctx->STRING().empty()) return strings(ctx, ctx->STRING());
    if (ctx->ELLIPSIS()) return make(s, ast::Constant{ast::Constant::Kind::Ellipsis, ""});
    if (ctx->NONE()) return make(s, ast::Constant{ast::Constant::Kind::None, ""});
    if (ctx->TRUE()) return make(s, ast::Constant{ast::Constant::Kind::True, ""});
    if (ctx->FALSE()) return make(s, ast::Constant{ast::Constant::Kind::False, ""});
    DepthGuard guard(depth_);
    if (ctx->LPAR()) {
        if (ctx->yield_expr()) return yield_expr(ctx->yield_expr());
        auto* list = ctx->testlist_comp();
        if (!list) return make(s, ast::Tuple{});
        if (list->comp_for()) return comprehension<ast::GeneratorExp>(s, list->children[0], list->comp_for());
        if (!has_comma(list)) {
            auto e = element(list->children[0]);
            if (ast::as<ast::Starred>(*e)) error(e->span, "cannot use starred expression here");
            return e;
        }
        return display<ast::Tuple>(s, list->children);
    }
    if (ctx->LSQB()) {
        auto* list = ctx->testlist_comp();
        if (!list) return make(s, ast::List{});
        if (list->comp_for()) return comprehension<ast::ListComp>(s, list->children[0], list->comp_for());
        return display<ast::List>(s, list->children);
    }
    // braces
    auto* dm = ctx->dictorsetmaker();
    if (!dm) return make(s, ast::Dict{});
    auto items = dm->dict_item();
    if (!items.empty()) {
        auto* comp = dm->comp_for();
        if (comp) {
            if (items[0]->DOUBLESTAR()) {
                error(span(items[0]), "dict unpacking cannot be used in dict comprehension");
                return placeholder(s);
            }
            ast::DictComp d;
            d.key = test(items[0]->test(0));
            d.value = test(items[0]->test(1));
            d.generators = comp_for(comp);
            return make(s, std::move(d));
        }
        ast::Dict d;
        for (auto* it : items) {
            if (it->DOUBLESTAR()) {
                d.keys.push_back(nullptr);
                d.values.push_back(binary_chain(it->expr()));
            } else {
                d.keys.push_back(test(it->test(0)));
                d.values.push_back(test(it->test(1)));
            }
        }
        return make(s, std::move(d));
    }
    if (dm->comp_for()) return comprehension<ast::SetComp>(s, dm->children[0], dm->comp_for());
    return display<ast::Set>(s, dm->children);
}

// A tuple, list or set display: its elements are the children that are not tokens (commas, brackets).
template <class Display>
ast::ExprP Builder::display(ast::Span s, const std::vector<PT*>& children) {
    Display d;
    for (auto* c : children)
        if (!token_of(c)) d.elts.push_back(element(c));
    return make(s, std::move(d));
}

template <class Comp>
ast::ExprP Builder::comprehension(ast::Span s, PT* elt, P::Comp_forContext* clauses) {
    Comp g;
    g.elt = element(elt);
    if (ast::as<ast::Starred>(*g.elt)) error(g.elt->span, "iterable unpacking cannot be used in comprehension");
    g.generators = comp_for(clauses);
    return make(s, std::move(g));
}

// ---------------------------------------------------------------- strings and f-strings

void Builder::position_of(Token* tok, const std::string& text, size_t offset, int& line, int& col) {
    line = int(tok->getLine());
    col = int(tok->getCharPositionInLine());
    advance(std::string_view(text).substr(0, offset), line, col);
}

ast::ExprP Builder::strings(Ctx* ctx, const std::vector<TerminalNode*>& tokens) {
    ast::Span whole = span(ctx);
    bool any_bytes = false, any_str = false, any_f = false;
    std::vector<ast::ExprP> pieces;  // Constant(Str) and FormattedValue, adjacent constants merged
    std::string bytes_value;
    auto add_literal = [&](std::string value) {
        if (value.empty()) return;
        if (!pieces.empty()) {
            if (auto* c = ast::as<ast::Constant>(*pieces.back())) {
                c->value += value;
                return;
            }
        }
        pieces.push_back(make(whole, ast::Constant{ast::Constant::Kind::Str, std::move(value)}));
    };
    for (auto* node : tokens) {
        Token* tok = node->getSymbol();
        std::string text = tok->getText();
        StringPrefix p = string_prefix(text);
        size_t begin = p.prefix_len + p.quote_len;
        size_t end = text.size() - p.quote_len;
        if (end < begin) end = begin;
        (p.bytes ? any_bytes : any_str) = true;
        if (p.fstring) {
            any_f = true;
            std::vector<ast::ExprP> parts;
            fstring_pieces(tok, text, begin, end, p.raw, parts, whole, 0);
            for (auto& part : parts) {
                if (auto* c = ast::as<ast::Constant>(*part)) add_literal(std::move(c->value));
                else pieces.push_back(std::move(part));
            }
            continue;
        }
        std::string body = text.substr(begin, end - begin), value, message;
        size_t offset = 0;
        if (p.raw) {
            value = body;
            if (p.bytes) {
                for (size_t i = 0; i < body.size(); ++i)
                    if (static_cast<unsigned char>(body[i]) >= 0x80) {
                        message = "bytes can only contain ASCII literal characters";
                        break;
                    }
            }
        } else if (!decode_escapes(body, p.bytes, value, message, offset)) {
            // message set
        }
        if (!message.empty()) {
            ast::Span ts = span(tok);  // CPython points just past the literal
            error(p.bytes && message[0] == 'b' ? ts : ast::Span{ts.end_line, ts.end_col, ts.end_line, ts.end_col},
                  message);
            continue;
        }
        if (p.bytes) bytes_value += value;
        else add_literal(std::move(value));
    }
    if (any_bytes && any_str) {
        error({whole.end_line, whole.end_col, whole.end_line, whole.end_col}, "cannot mix bytes and nonbytes literals");
        return placeholder(whole);
    }
    if (any_bytes) return make(whole, ast::Constant{ast::Constant::Kind::Bytes, std::move(bytes_value)});
    if (!any_f) {
        std::string value;
        if (!pieces.empty()) value = std::move(ast::as<ast::Constant>(*pieces[0])->value);
        return make(whole, ast::Constant{ast::Constant::Kind::Str, std::move(value)});
    }
    return make(whole, ast::JoinedStr{std::move(pieces)});
}

// Splits text[begin, end) of an f-string token into literal pieces and replacement fields, as CPython 3.11's
// fstring_find_literal / fstring_find_expr do. `depth` is 0 for the string itself, 1 inside a format spec.
void Builder::fstring_pieces(Token* tok, const std::string& text, size_t begin, size_t end, bool raw,
                             std::vector<ast::ExprP>& out, ast::Span whole, int depth) {
    std::string lit;
    // CPython 3.11 reports errors inside an f-string at the end of the string token.
    auto fail = [&](size_t, const std::string& message) {
        ast::Span s = span(tok);
        error({s.end_line, s.end_col, s.end_line, s.end_col}, message);
    };
    auto flush = [&]() -> bool {
        if (lit.empty()) return true;
        std::string value, message;
        size_t offset = 0;
        if (raw) value = lit;
        else if (!decode_escapes(lit, false, value, message, offset)) {
            ast::Span s = span(tok);
            error({s.end_line, s.end_col, s.end_line, s.end_col}, message);
            lit.clear();
            return false;
        }
        lit.clear();
        if (!value.empty()) out.push_back(make(whole, ast::Constant{ast::Constant::Kind::Str, std::move(value)}));
        return true;
    };
    size_t i = begin;
    while (i < end) {
        char c = text[i];
        if (c == '\\' && !raw && i + 1 < end) {
            if (text[i + 1] == '{' || text[i + 1] == '}') {
                lit += c;
                ++i;
                continue;
            }
            if (text[i + 1] == 'N' && i + 2 < end && text[i + 2] == '{') {
                size_t close = text.find('}', i);
                if (close == std::string::npos || close >= end) close = end - 1;
                lit.append(text, i, close + 1 - i);
                i = close + 1;
                continue;
            }
            lit += c;
            lit += text[i + 1];
            i += 2;
            continue;
        }
        if (c == '}') {
            if (i + 1 < end && text[i + 1] == '}' && depth == 0) {
                lit += '}';
                i += 2;
                continue;
            }
            return fail(i, "f-string: single '}' is not allowed");
        }
        if (c != '{') {
            lit += c;
            ++i;
            continue;
        }
        if (i + 1 < end && text[i + 1] == '{' && depth == 0) {
            lit += '{';
            i += 2;
            continue;
        }
        // A replacement field.
        if (depth >= 2) return fail(i, "f-string: expressions nested too deeply");
        if (!flush()) return;
        size_t expr_start = ++i;
        std::vector<char> stack;
        char quote = 0;
        bool triple = false;
        for (; i < end; ++i) {
            char ch = text[i];
            if (ch == '\\') return fail(i, "f-string expression part cannot include a backslash");
            if (quote) {
                if (ch == quote) {
                    if (!triple) quote = 0;
                    else if (i + 2 < end && text[i + 1] == quote && text[i + 2] == quote) quote = 0, i += 2;
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                quote = ch;
                triple = i + 2 < end && text[i + 1] == ch && text[i + 2] == ch;
                if (triple) i += 2;
                continue;
            }
            if (ch == '(' || ch == '[' || ch == '{') {
                if (stack.size() >= 200) return fail(i, "f-string: too many nested parenthesis");
                stack.push_back(ch);
                continue;
            }
            if (ch == ')' || ch == ']' || ch == '}') {
                if (stack.empty()) {
                    if (ch == '}') break;
                    return fail(i, std::string("f-string: unmatched '") + ch + "'");
                }
                char open = stack.back();
                stack.pop_back();
                if ((open == '(' && ch != ')') || (open == '[' && ch != ']') || (open == '{' && ch != '}'))
                    return fail(i, std::string("f-string: closing parenthesis '") + ch +
                                       "' does not match opening parenthesis '" + open + "'");
                continue;
            }
            if (ch == '#') return fail(i, "f-string expression part cannot include '#'");
            if (!stack.empty()) continue;
            char next = i + 1 < end ? text[i + 1] : 0;
            if ((ch == '=' || ch == '!' || ch == '<' || ch == '>') && next == '=') {
                ++i;
                continue;
            }
            if (ch == '!' || ch == ':' || ch == '=') break;
        }
        if (quote) return fail(i, "f-string: unterminated string");
        if (i >= end) return fail(i, "f-string: expecting '}'");
        std::string expr_text = text.substr(expr_start, i - expr_start);
        if (expr_text.find_first_not_of(" \t\n\r\f") == std::string::npos)
            return fail(i, "f-string: empty expression not allowed");
        int conversion = -1;
        ast::ExprP spec;
        std::string debug_text;
        bool debug = false;
        if (text[i] == '=') {
            debug = true;
            ++i;
            while (i < end && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) ++i;
            debug_text = text.substr(expr_start, i - expr_start);
        }
        if (i < end && text[i] == '!') {
            ++i;
            if (i >= end || text[i] == '}' || text[i] == ':') return fail(i, "f-string: missing conversion character");
            char conv = text[i];
            if (conv != 's' && conv != 'r' && conv != 'a')
                return fail(i, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            if (i + 1 >= end || (text[i + 1] != '}' && text[i + 1] != ':')) return fail(i, "f-string: expecting '}'");
            conversion = conv;
            ++i;
        }
        if (i < end && text[i] == ':') {
            size_t spec_start = ++i;
            int nest = 0;
            for (; i < end; ++i) {
                if (text[i] == '{') ++nest;
                else if (text[i] == '}') {
                    if (nest == 0) break;
                    --nest;
                }
            }
            if (i >= end) return fail(i, "f-string: expecting '}'");
            std::vector<ast::ExprP> spec_parts;
            fstring_pieces(tok, text, spec_start, i, raw, spec_parts, whole, depth + 1);
            spec = make(whole, ast::JoinedStr{std::move(spec_parts)});
        }
        if (i >= end || text[i] != '}') return fail(i, "f-string: expecting '}'");
        ++i;
        int line, col;
        position_of(tok, text, expr_start, line, col);
        if (fstring_nesting_ >= kMaxFStringNesting) return fail(expr_start, "f-string: expressions nested too deeply");
        ast::ExprP value = parse_fstring_field(file_, expr_text, line, col, diags_, fstring_nesting_ + 1);
        if (!value) {
            failed_ = true;
            return;
        }
        if (debug) {
            out.push_back(make(whole, ast::Constant{ast::Constant::Kind::Str, debug_text}));
            if (conversion == -1 && !spec) conversion = 'r';
        }
        out.push_back(make(whole, ast::FormattedValue{std::move(value), conversion, std::move(spec)}));
    }
    flush();
}

}  // namespace pyco::parse
