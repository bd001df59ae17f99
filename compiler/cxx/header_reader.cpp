// libTooling lives in this file alone: one translation unit of Clang's headers costs about 20 s and 800 MB to
// compile (docs/toolchain.md), so the reader's three parts stay together: the Clang invocation (end of file),
// the walk over the declarations (Collector) and the classification of types (TypeReader).
#include "header_reader.h"

#include <dlfcn.h>

#include <clang/AST/ASTConsumer.h>
#include <clang/AST/ASTContext.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/DeclTemplate.h>
#include <clang/AST/QualTypeNames.h>
#include <clang/Basic/SourceManager.h>
#include <clang/Driver/Driver.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/FrontendAction.h>
#include <clang/Lex/Lexer.h>
#include <clang/Sema/Sema.h>
#include <clang/Tooling/ArgumentsAdjusters.h>
#include <clang/Tooling/CompilationDatabase.h>
#include <clang/Tooling/Tooling.h>
#include <cctype>
#include <filesystem>
#include <map>
#include <set>

namespace pyco::cxx {

namespace fs = std::filesystem;
using namespace clang;

namespace {

// ---- Types -------------------------------------------------------------------------------------------------

// The innermost sugar node of class T in a type's chain of sugar (typedefs, elaborations, aliases, decays).
template <class T>
const T* find_sugar(QualType type, const ASTContext& ctx) {
    for (;;) {
        if (const auto* found = dyn_cast<T>(type.getTypePtr())) return found;
        QualType next = type.getSingleStepDesugaredType(ctx);
        if (next == type) return nullptr;
        type = next;
    }
}

// Declarations in namespace `ns` (a top-level one, seen through inline namespaces such as std::__cxx11).
bool in_top_namespace(const Decl* decl, StringRef ns) {
    const DeclContext* dc = decl->getDeclContext();
    while (dc && dc->isInlineNamespace()) dc = dc->getParent();
    const auto* nd = dyn_cast_or_null<NamespaceDecl>(dc);
    return nd && nd->getName() == ns && nd->getParent()->getRedeclContext()->isTranslationUnit();
}

bool is_pyco(const NamedDecl* decl, StringRef name) {
    return decl->getIdentifier() && decl->getName() == name && in_top_namespace(decl, "pyco");
}

// A pack (std::tuple's) becomes its elements.
std::vector<TemplateArgument> flatten(ArrayRef<TemplateArgument> args) {
    std::vector<TemplateArgument> flat;
    for (const TemplateArgument& arg : args) {
        if (arg.getKind() == TemplateArgument::Pack) flat.insert(flat.end(), arg.pack_begin(), arg.pack_end());
        else flat.push_back(arg);
    }
    return flat;
}

// Template arguments as the header wrote them (int64_t stays int64_t), seen through alias templates; the
// arguments it left to their defaults (allocators, std::less) from the specialization.
std::vector<TemplateArgument> written_args(QualType type, const ClassTemplateSpecializationDecl* spec,
                                           const ASTContext& ctx) {
    std::vector<TemplateArgument> all = flatten(spec->getTemplateArgs().asArray());
    for (const TemplateSpecializationType* tst = find_sugar<TemplateSpecializationType>(type, ctx); tst;) {
        if (!tst->isTypeAlias()) {
            std::vector<TemplateArgument> written = flatten(tst->template_arguments());
            if (written.size() < all.size()) written.insert(written.end(), all.begin() + written.size(), all.end());
            return written;
        }
        tst = find_sugar<TemplateSpecializationType>(tst->getAliasedType(), ctx);
    }
    return all;
}

const CXXMethodDecl* find_method(const CXXRecordDecl* record, StringRef name) {
    for (const Decl* member : record->decls())
        if (const auto* m = dyn_cast<CXXMethodDecl>(member); m && m->getIdentifier() && m->getName() == name) return m;
    return nullptr;
}

bool declares(const CXXRecordDecl* record, StringRef name) {
    if (!record || !record->hasDefinition()) return false;
    return !record->getDefinition()->lookup(&record->getASTContext().Idents.get(name)).empty();
}

// A coroutine's return type: a return type of a function declaration is not instantiated, so promise_type is
// looked up in the class template's pattern when the specialization has no definition.
bool has_promise_type(const CXXRecordDecl* record) {
    if (declares(record, "promise_type")) return true;
    const auto* spec = dyn_cast<ClassTemplateSpecializationDecl>(record);
    return spec && declares(spec->getSpecializedTemplate()->getTemplatedDecl(), "promise_type");
}

// Public, non-static data members only, with no user-declared constructor but the special ones, no base and
// nothing virtual: a struct whose fields the generated code can copy to and from a Python object.
bool is_value_record(const CXXRecordDecl* def) {
    if (def->getNumBases() > 0 || def->isPolymorphic() || def->isAbstract()) return false;
    for (const FieldDecl* field : def->fields())
        if (field->getAccess() != AS_public) return false;
    for (const Decl* member : def->decls()) {
        if (const auto* tmpl = dyn_cast<FunctionTemplateDecl>(member);
            tmpl && isa<CXXConstructorDecl>(tmpl->getTemplatedDecl()))
            return false;
        const auto* ctor = dyn_cast<CXXConstructorDecl>(member);
        if (ctor && !ctor->isImplicit() && !ctor->isDefaultConstructor() && !ctor->isCopyOrMoveConstructor())
            return false;
    }
    return true;
}

class TypeReader {
public:
    explicit TypeReader(const ASTContext& ctx) : ctx_(ctx), policy_(ctx.getPrintingPolicy()) {
        policy_.SuppressUnwrittenScope = true;  // std::__cxx11::basic_string is std::basic_string
        policy_.SuppressTagKeyword = true;
    }

    // A parameter, result or field type: references are taken off and noted.
    Type read(QualType type) const {
        if (const auto* ref = type->getAs<LValueReferenceType>()) {
            QualType pointee = ref->getPointeeType();
            bool is_const = pointee.isConstQualified();
            Type out = read_value(pointee.getLocalUnqualifiedType());
            (is_const ? out.is_const_ref : out.is_ref) = true;
            return out;
        }
        if (type->getAs<RValueReferenceType>()) return unsupported(type, "rvalue reference '" + written(type) + "'");
        return read_value(type.getLocalUnqualifiedType());
    }

    // C++ as generated code writes it, wherever it stands: every name fully qualified (a header may say
    // `vector<Point>` after `using namespace std;`). The header's own names keep the leading "::", so that no
    // name of the generated code can hide them; the standard and C libraries' are written as everyone writes
    // them: "std::vector<::shapes::Point>", "std::map<int64_t, std::string>".
    std::string spell(QualType type) const {
        std::string text = TypeName::getFullyQualifiedName(type, ctx_, policy_, /*WithGlobalNsPrefix=*/true);
        auto name_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
        std::string out;
        for (size_t i = 0; i < text.size();) {
            // Clang writes "< ::x" to keep clear of the "<:" digraph, which C++11 no longer reads there.
            if (text.compare(i, 4, "< ::") == 0) {
                out += '<';
                i += 2;
                continue;
            }
            if (text.compare(i, 2, "::") == 0 && (i == 0 || !name_char(text[i - 1]))) {
                size_t end = i + 2;
                while (end < text.size() && name_char(text[end])) ++end;
                if (is_system_name(text.substr(i + 2, end - i - 2))) i += 2;
            }
            out += text.substr(i, 1);
            ++i;
        }
        return out;
    }

    // As the header wrote it, for messages; with a declarator name, as a declaration: "int values[3]".
    std::string written(QualType type, const std::string& name = "") const {
        std::string text;
        llvm::raw_string_ostream out(text);
        type.print(out, ctx_.getPrintingPolicy(), name);
        return out.str();
    }

    std::string qualified_name(const NamedDecl* decl) const {
        std::string text;
        llvm::raw_string_ostream out(text);
        decl->printQualifiedName(out, policy_);
        return "::" + out.str();
    }

    // An enum's or a record's key in Api: C's `typedef struct { ... } Vec2;` is known by its typedef's name.
    std::string tag_name(const TagDecl* tag) const {
        if (const TypedefNameDecl* alias = tag->getTypedefNameForAnonDecl()) return qualified_name(alias);
        return qualified_name(tag);
    }

private:
    // A global name that only system headers declare: std, int64_t, size_t.
    bool is_system_name(const std::string& name) const {
        if (name == "std") return true;
        auto [known, inserted] = system_names_.try_emplace(name, false);
        if (!inserted) return known->second;
        DeclContextLookupResult found = ctx_.getTranslationUnitDecl()->lookup(&ctx_.Idents.get(name));
        bool system = !found.empty();
        for (const NamedDecl* decl : found)
            system = system && ctx_.getSourceManager().isInSystemHeader(decl->getLocation());
        known->second = system;
        return system;
    }

    Type unsupported(QualType type, std::string why) const {
        Type out;
        out.spelling = spell(type);
        out.unsupported = std::move(why);
        return out;
    }

    Type read_value(QualType type) const {
        if (const auto* decayed = find_sugar<DecayedType>(type, ctx_)) type = decayed->getOriginalType();
        if (const auto* deduced = find_sugar<DeducedType>(type, ctx_)) {
            if (!deduced->isDeduced()) return unsupported(type, "undeduced '" + written(type) + "'");
            type = deduced->getDeducedType();
        }
        QualType canonical = type.getCanonicalType();
        if (canonical->isDependentType()) return unsupported(type, "unbound template '" + written(type) + "'");
        Type out;
        out.spelling = spell(type);
        if (canonical->isVoidType()) {
            out.kind = Kind::Void;
        } else if (canonical->isBooleanType()) {
            out.kind = Kind::Bool;
        } else if (const auto* enum_type = canonical->getAs<EnumType>()) {
            out.kind = Kind::Enum;
            out.record = tag_name(enum_type->getDecl());
        } else if (canonical->isIntegerType() || canonical->isRealFloatingType()) {
            // By size and signedness: the canonical type of int64_t is `long`, its spelling says nothing.
            out.kind = canonical->isIntegerType() ? Kind::Int : Kind::Float;
            out.bits = int(ctx_.getTypeSize(canonical));
            out.is_signed = canonical->isSignedIntegerType();
        } else if (canonical->isPointerType()) {
            return read_pointer(type, canonical);
        } else if (canonical->isArrayType()) {
            return unsupported(type, "array '" + written(type) + "'");
        } else if (const CXXRecordDecl* record = canonical->getAsCXXRecordDecl()) {
            return read_record(type, record);
        } else if (canonical->isFunctionType()) {
            return unsupported(type, "function type '" + written(type) + "'");
        } else {
            return unsupported(type, "type '" + written(type) + "'");
        }
        return out;
    }

    Type read_pointer(QualType type, QualType canonical) const {
        QualType pointee = canonical->getPointeeType();
        if (pointee.isConstQualified() && pointee->isCharType()) {
            Type out;
            out.kind = Kind::CString;
            out.spelling = spell(type);
            return out;
        }
        return unsupported(type, "raw pointer '" + written(type) + "'");
    }

    Type read_record(QualType type, const CXXRecordDecl* record) const {
        if (record->isUnion()) return unsupported(type, "union '" + written(type) + "'");
        const auto* spec = dyn_cast<ClassTemplateSpecializationDecl>(record);
        if (record->isInStdNamespace()) return read_std(type, record, spec);
        if (is_pyco(record, "Object")) return with_args(type, Kind::PycoObject, {});
        if (spec && is_pyco(record, "Task")) {
            std::vector<TemplateArgument> args = written_args(type, spec, ctx_);
            return with_args(type, Kind::Awaitable, {args.empty() ? void_type() : element(args[0])});
        }
        if (has_promise_type(record)) return with_args(type, Kind::Awaitable, {await_result(type, record)});
        // The reader leaves class templates out, so no Record could describe one of their specializations.
        if (spec) return unsupported(type, "class template specialization '" + written(type) + "'");
        if (!record->hasDefinition()) return unsupported(type, "incomplete type '" + written(type) + "'");
        Type out = with_args(type, is_value_record(record->getDefinition()) ? Kind::Struct : Kind::Class, {});
        out.record = tag_name(record);
        return out;
    }

    static Type void_type() {
        Type out;
        out.kind = Kind::Void;
        out.spelling = "void";
        return out;
    }

    Type with_args(QualType type, Kind kind, std::vector<Type> args) const {
        Type out;
        out.kind = kind;
        out.spelling = spell(type);
        out.args = std::move(args);
        return out;
    }

    // A container's element: a `const T` element (std::span<const T>) is T, marked const.
    Type element(const TemplateArgument& arg) const {
        if (arg.getKind() != TemplateArgument::Type) {
            Type out;
            out.unsupported = "template argument that is not a type";
            return out;
        }
        QualType type = arg.getAsType();
        if (!type.isConstQualified()) return read(type);
        Type out = read(type.getLocalUnqualifiedType());
        out.is_const = true;
        return out;
    }

    Type read_std(QualType type, const CXXRecordDecl* record, const ClassTemplateSpecializationDecl* spec) const {
        StringRef name = record->getName();
        if (!spec || spec->getTemplateArgs().size() == 0)
            return unsupported(type, "standard type '" + written(type) + "'");
        std::vector<TemplateArgument> args = written_args(type, spec, ctx_);
        auto of_chars = [&](Kind kind) {
            bool chars = args[0].getKind() == TemplateArgument::Type && args[0].getAsType()->isCharType();
            if (chars) return with_args(type, kind, {});
            return unsupported(type, "string of other than char '" + written(type) + "'");
        };
        if (name == "basic_string") return of_chars(Kind::String);
        if (name == "basic_string_view") return of_chars(Kind::StringView);
        if (name == "span") return read_span(type, spec, args);
        if (name == "function") return read_function_type(type, args);
        static const std::map<StringRef, std::pair<Kind, size_t>> containers = {
            {"vector", {Kind::Vector, 1}}, {"optional", {Kind::Optional, 1}}, {"map", {Kind::Map, 2}},
            {"unordered_map", {Kind::UnorderedMap, 2}}, {"pair", {Kind::Pair, 2}}, {"tuple", {Kind::Tuple, 0}}};
        auto found = containers.find(name);
        if (found == containers.end()) return unsupported(type, "standard type '" + written(type) + "'");
        auto [kind, count] = found->second;
        if (count == 0) count = args.size();
        std::vector<Type> elements;
        for (size_t i = 0; i < count && i < args.size(); ++i) elements.push_back(element(args[i]));
        return with_args(type, kind, std::move(elements));
    }

    // Only a span of dynamic extent takes a sequence of any length.
    Type read_span(QualType type, const ClassTemplateSpecializationDecl* spec,
                   const std::vector<TemplateArgument>& args) const {
        const TemplateArgumentList& all = spec->getTemplateArgs();
        if (all.size() > 1 && all[1].getKind() == TemplateArgument::Integral && !all[1].getAsIntegral().isAllOnes())
            return unsupported(type, "fixed-extent span '" + written(type) + "'");
        return with_args(type, Kind::Span, {element(args[0])});
    }

    Type read_function_type(QualType type, const std::vector<TemplateArgument>& args) const {
        const FunctionProtoType* proto = nullptr;
        if (!args.empty() && args[0].getKind() == TemplateArgument::Type)
            proto = args[0].getAsType()->getAs<FunctionProtoType>();
        if (!proto) return unsupported(type, "std::function without a signature '" + written(type) + "'");
        if (proto->isVariadic()) return unsupported(type, "variadic std::function '" + written(type) + "'");
        std::vector<Type> signature{read(proto->getReturnType())};
        for (QualType param : proto->getParamTypes()) signature.push_back(read(param));
        return with_args(type, Kind::Function, std::move(signature));
    }

    // What `co_await` gives: pyco::Task<T> says; otherwise await_resume's type, read from the definition or,
    // when the specialization has none, from the pattern (a `T await_resume()` is the template's argument).
    Type await_result(QualType type, const CXXRecordDecl* record) const {
        Type none = void_type();
        if (record->hasDefinition())
            if (const CXXMethodDecl* resume = find_method(record->getDefinition(), "await_resume");
                resume && !resume->getReturnType()->isDependentType())
                return read(resume->getReturnType());
        const auto* spec = dyn_cast<ClassTemplateSpecializationDecl>(record);
        if (!spec) return none;
        const CXXRecordDecl* pattern = spec->getSpecializedTemplate()->getTemplatedDecl();
        const CXXMethodDecl* resume =
            pattern->hasDefinition() ? find_method(pattern->getDefinition(), "await_resume") : nullptr;
        if (!resume) return none;
        QualType result = resume->getReturnType();
        if (!result->isDependentType()) return read(result);
        const auto* param = result->getAs<TemplateTypeParmType>();
        std::vector<TemplateArgument> args = written_args(type, spec, ctx_);
        if (!param || param->getDepth() != 0 || param->getIndex() >= args.size()) return none;
        return element(args[param->getIndex()]);
    }

    const ASTContext& ctx_;
    PrintingPolicy policy_;
    mutable std::map<std::string, bool> system_names_;
};

// ---- Declarations ------------------------------------------------------------------------------------------

bool hidden_namespace(const NamespaceDecl* ns) {
    if (ns->isAnonymousNamespace()) return true;
    StringRef name = ns->getName();
    return name == "detail" || name == "internal" || ns->isStdNamespace();
}

bool is_mappable_function(const FunctionDecl* fn) {
    return !fn->isDeleted() && !fn->isOverloadedOperator() && !isa<CXXConversionDecl>(fn) &&
           !isa<CXXDestructorDecl>(fn) && fn->getLiteralIdentifier() == nullptr && fn->getIdentifier() != nullptr;
}

// The first declaration a program sees: a friend declaration inside a class is found only by ADL.
bool is_first_visible_decl(const FunctionDecl* fn) {
    for (const FunctionDecl* prev = fn->getPreviousDecl(); prev; prev = prev->getPreviousDecl())
        if (prev->getFriendObjectKind() == Decl::FOK_None) return false;
    return fn->getFriendObjectKind() == Decl::FOK_None;
}

class Collector {
public:
    Collector(ASTContext& ctx, Sema& sema, const ReadRequest& request, const std::string& header_path)
        : ctx_(ctx), sema_(sema), sm_(ctx.getSourceManager()), request_(request), types_(ctx),
          header_dir_(fs::path(header_path).parent_path().string()),
          chosen_ns_(StringRef(request.ns).ltrim(':').str()) {}

    Api collect() {
        api_.header = request_.header;
        api_.ns = request_.ns;
        walk(ctx_.getTranslationUnitDecl(), false);
        add_unmatched_templates(templates_, api_.functions);
        mark_undeclared_types();
        return std::move(api_);
    }

private:
    void walk(const DeclContext* dc, bool in_chosen) {
        for (const Decl* decl : dc->decls()) {
            if (const auto* ns = dyn_cast<NamespaceDecl>(decl)) {
                if (!hidden_namespace(ns)) walk(ns, in_chosen || types_.qualified_name(ns) == "::" + chosen_ns_);
            } else if (const auto* linkage = dyn_cast<LinkageSpecDecl>(decl)) {
                walk(linkage, in_chosen);
            } else if (!decl->isImplicit() && wanted(decl, in_chosen)) {
                add_declaration(decl);
            }
        }
    }

    // The header's own declarations; with a namespace chosen, that namespace's in the header and in the files of
    // its folder. Never a system header's.
    bool wanted(const Decl* decl, bool in_chosen) const {
        SourceLocation loc = sm_.getExpansionLoc(decl->getLocation());
        if (loc.isInvalid() || sm_.isInSystemHeader(loc)) return false;
        if (chosen_ns_.empty()) return sm_.isInMainFile(loc);
        return in_chosen && (sm_.isInMainFile(loc) || is_under(header_dir_, file_name(loc)));
    }

    void add_declaration(const Decl* decl) {
        if (const auto* fn = dyn_cast<FunctionDecl>(decl)) {
            // A specialization of a function template is not callable by its name alone.
            bool plain = fn->getTemplatedKind() == FunctionDecl::TK_NonTemplate;
            if (plain && !isa<CXXMethodDecl>(fn) && is_mappable_function(fn) && is_first_visible_decl(fn))
                api_.functions.push_back(read_function(fn));
        } else if (const auto* tmpl = dyn_cast<FunctionTemplateDecl>(decl)) {
            if (tmpl->isFirstDecl() && is_mappable_function(tmpl->getTemplatedDecl())) templates_.push_back(tmpl);
        } else if (const auto* en = dyn_cast<EnumDecl>(decl)) {
            if (en->isThisDeclarationADefinition() && !named(en).empty()) api_.enums.push_back(read_enum(en));
        } else if (const auto* rec = dyn_cast<CXXRecordDecl>(decl)) {
            if (is_readable_record(rec)) add_record(rec);
        }
    }

    static bool is_readable_record(const CXXRecordDecl* rec) {
        return rec->isThisDeclarationADefinition() && !named(rec).empty() && !rec->isUnion() && !rec->isLambda() &&
               !isa<ClassTemplateSpecializationDecl>(rec) && !rec->getDescribedClassTemplate();
    }

    static std::string named(const TagDecl* tag) {
        if (tag->getIdentifier()) return tag->getName().str();
        const TypedefNameDecl* alias = tag->getTypedefNameForAnonDecl();
        return alias ? alias->getName().str() : "";
    }

    // ---- functions

    Function read_function(const FunctionDecl* fn) {
        const FunctionDecl* latest = fn->getMostRecentDecl();  // it holds every default argument
        Function out;
        out.name = fn->getNameAsString();
        out.qualified = types_.qualified_name(fn);
        const auto* ctor = dyn_cast<CXXConstructorDecl>(fn);
        out.result = ctor ? types_.read(ctx_.getRecordType(ctor->getParent())) : types_.read(fn->getReturnType());
        for (unsigned i = 0; i < latest->getNumParams(); ++i) out.params.push_back(read_param(fn, i));
        const auto* proto = fn->getType()->getAs<FunctionProtoType>();
        out.is_noexcept = proto && proto->isNothrow();
        out.is_variadic = fn->isVariadic();
        if (const auto* method = dyn_cast<CXXMethodDecl>(fn)) {
            out.is_static = method->isStatic();
            out.is_const = method->isConst();
            if (method->getRefQualifier() == RQ_RValue) out.unsupported = "method of rvalues only ('&&')";
        }
        if (out.is_variadic) out.unsupported = "variadic";
        if (fn->isConsteval()) out.unsupported = "consteval";
        locate(fn, out.file, out.line, &out.column);
        out.declaration = declaration_text(fn, out);
        return out;
    }

    Param read_param(const FunctionDecl* fn, unsigned index) {
        const ParmVarDecl* param = fn->getMostRecentDecl()->getParamDecl(index);
        Param out;
        out.type = types_.read(param->getOriginalType());
        for (const FunctionDecl* redecl : fn->redecls())  // a declaration may leave names out that another gives
            if (out.name.empty()) out.name = redecl->getParamDecl(index)->getNameAsString();
        if (param->hasDefaultArg() && !param->hasUninstantiatedDefaultArg()) {
            out.has_default = true;
            out.default_text = default_text(param);
        }
        return out;
    }

    std::string default_text(const ParmVarDecl* param) const {
        CharSourceRange range = CharSourceRange::getTokenRange(param->getDefaultArgRange());
        std::string text = Lexer::getSourceText(sm_.getExpansionRange(range), sm_, ctx_.getLangOpts()).str();
        if (!text.empty() || !param->getDefaultArg()) return text;
        llvm::raw_string_ostream out(text);  // written by a macro Clang cannot see through: print the expression
        param->getDefaultArg()->printPretty(out, nullptr, ctx_.getPrintingPolicy());
        return out.str();
    }

    std::string declaration_text(const FunctionDecl* fn, const Function& info) const {
        std::string text;
        const auto* method = dyn_cast<CXXMethodDecl>(fn);
        if (info.is_static) text += "static ";
        if (!isa<CXXConstructorDecl>(fn)) text += types_.written(fn->getReturnType()) + " ";
        text += method ? method->getParent()->getNameAsString() + "::" + info.name : info.name;
        text += "(";
        for (size_t i = 0; i < info.params.size(); ++i) {
            const Param& p = info.params[i];
            if (i) text += ", ";
            text += types_.written(fn->getMostRecentDecl()->getParamDecl(unsigned(i))->getOriginalType(), p.name);
            if (p.has_default) text += " = " + p.default_text;
        }
        if (info.is_variadic) text += info.params.empty() ? "..." : ", ...";
        text += ")";
        if (info.is_const) text += " const";
        if (info.is_noexcept) text += " noexcept";
        return text;
    }

    // Templates are not read (only an instantiation could be called), but a name the header offers only as a
    // template is reported, so that using it says why it cannot be.
    void add_unmatched_templates(const std::vector<const FunctionTemplateDecl*>& templates,
                                 std::vector<Function>& into) {
        std::set<std::string> plain;
        for (const Function& fn : into) plain.insert(fn.qualified);
        for (const FunctionTemplateDecl* tmpl : templates) {
            std::string qualified = types_.qualified_name(tmpl->getTemplatedDecl());
            if (plain.count(qualified)) continue;
            Function fn = read_function(tmpl->getTemplatedDecl());
            std::string params;
            llvm::raw_string_ostream out(params);
            tmpl->getTemplateParameters()->print(out, ctx_, ctx_.getPrintingPolicy());
            fn.declaration = out.str() + fn.declaration;
            fn.unsupported = "function template";
            into.push_back(std::move(fn));
        }
    }

    // ---- enums and records

    Enum read_enum(const EnumDecl* en) {
        Enum out;
        out.name = named(en);
        out.qualified = types_.tag_name(en);
        out.scoped = en->isScoped();
        out.underlying = types_.read(en->getIntegerType());
        for (const EnumConstantDecl* value : en->enumerators()) {
            llvm::APSInt v = value->getInitVal().extOrTrunc(64);
            int64_t bits = v.isSigned() ? v.getSExtValue() : int64_t(v.getZExtValue());
            out.values.push_back({value->getNameAsString(), bits});
        }
        locate(en, out.file, out.line, nullptr);
        return out;
    }

    void add_record(const CXXRecordDecl* rec) {
        Record out;
        out.name = named(rec);
        out.qualified = types_.tag_name(rec);
        out.is_value = is_value_record(rec);
        locate(rec, out.file, out.line, nullptr);
        std::vector<const Decl*> nested;
        std::vector<const FunctionTemplateDecl*> method_templates, ctor_templates;
        for (const Decl* member : rec->decls()) {
            if (member->getAccess() != AS_public || member->isImplicit()) continue;
            read_member(member, out, nested, method_templates, ctor_templates);
        }
        add_unmatched_templates(method_templates, out.methods);
        if (!out.is_value && out.constructors.empty()) add_unmatched_templates(ctor_templates, out.constructors);
        auto* def = const_cast<CXXRecordDecl*>(rec);
        out.default_constructible = is_usable(rec->isAbstract() ? nullptr : sema_.LookupDefaultConstructor(def));
        out.copyable = is_usable(rec->isAbstract() ? nullptr : sema_.LookupCopyingConstructor(def, Qualifiers::Const));
        api_.records.push_back(std::move(out));
        for (const Decl* decl : nested) add_declaration(decl);  // after their enclosing record
    }

    static bool is_usable(const CXXConstructorDecl* ctor) {
        return ctor && !ctor->isDeleted() && ctor->getAccess() == AS_public;
    }

    void read_member(const Decl* member, Record& out, std::vector<const Decl*>& nested,
                     std::vector<const FunctionTemplateDecl*>& method_templates,
                     std::vector<const FunctionTemplateDecl*>& ctor_templates) {
        if (const auto* field = dyn_cast<FieldDecl>(member)) {
            if (field->getIdentifier()) out.fields.push_back({field->getNameAsString(), types_.read(field->getType())});
        } else if (const auto* ctor = dyn_cast<CXXConstructorDecl>(member)) {
            if (!out.is_value && !ctor->isDeleted() && !ctor->isCopyOrMoveConstructor())
                out.constructors.push_back(read_function(ctor));
        } else if (const auto* method = dyn_cast<CXXMethodDecl>(member)) {
            if (is_mappable_function(method)) out.methods.push_back(read_function(method));
        } else if (const auto* tmpl = dyn_cast<FunctionTemplateDecl>(member)) {
            if (isa<CXXConstructorDecl>(tmpl->getTemplatedDecl())) ctor_templates.push_back(tmpl);
            else if (is_mappable_function(tmpl->getTemplatedDecl())) method_templates.push_back(tmpl);
        } else if (isa<EnumDecl>(member) || isa<CXXRecordDecl>(member)) {
            // A coroutine's promise_type is the machinery of its return type, nothing a program calls.
            const auto* named = cast<NamedDecl>(member);
            if (!named->getIdentifier() || named->getName() != "promise_type") nested.push_back(member);
        }
    }

    // ---- after the walk

    // A type the header uses but does not declare (a detail:: one, another header's) cannot be mapped: the
    // generator would find no description of it.
    void mark_undeclared_types() {
        auto fix_function = [&](Function& fn) {
            mark_undeclared(fn.result);
            for (Param& p : fn.params) mark_undeclared(p.type);
        };
        for (Function& fn : api_.functions) fix_function(fn);
        for (Record& rec : api_.records) {
            for (Field& field : rec.fields) mark_undeclared(field.type);
            for (Function& fn : rec.methods) fix_function(fn);
            for (Function& fn : rec.constructors) fix_function(fn);
        }
    }

    void mark_undeclared(Type& type) {
        for (Type& arg : type.args) mark_undeclared(arg);
        bool declared = type.kind == Kind::Enum ? find_enum(api_, type.record) != nullptr
                                                : find_record(api_, type.record) != nullptr;
        if ((type.kind == Kind::Enum || type.kind == Kind::Struct || type.kind == Kind::Class) && !declared) {
            type.kind = Kind::Unsupported;
            type.unsupported = "'" + type.record + "' is not declared in the API read from the header";
        }
    }

    // ---- places

    std::string file_name(SourceLocation loc) const {
        PresumedLoc presumed = sm_.getPresumedLoc(loc);
        return presumed.isValid() ? presumed.getFilename() : "";
    }

    // The header is named as the request named it, so that a diagnostic shows the path the user wrote.
    void locate(const Decl* decl, std::string& file, int& line, int* column) const {
        SourceLocation loc = sm_.getExpansionLoc(decl->getLocation());
        PresumedLoc presumed = sm_.getPresumedLoc(loc);
        if (presumed.isInvalid()) return;
        file = sm_.isInMainFile(loc) ? request_.header : presumed.getFilename();
        line = int(presumed.getLine());
        if (column) *column = int(presumed.getColumn());
    }

    static bool is_under(const std::string& dir, const std::string& file) {
        std::string prefix = fs::path(dir).lexically_normal().string();
        if (!prefix.empty() && prefix.back() != '/') prefix += '/';
        return fs::path(file).lexically_normal().string().rfind(prefix, 0) == 0;
    }

    ASTContext& ctx_;
    Sema& sema_;
    const SourceManager& sm_;
    const ReadRequest& request_;
    TypeReader types_;
    std::string header_dir_, chosen_ns_;
    Api api_;
    std::vector<const FunctionTemplateDecl*> templates_;
};

// ---- The Clang invocation ----------------------------------------------------------------------------------

// Clang's first error, kept as the message a reader error gives; nothing is printed.
class FirstError : public DiagnosticConsumer {
public:
    std::string text;

    // The base class is not called: it counts, and Clang prints "N errors generated" when a count is not 0.
    void HandleDiagnostic(DiagnosticsEngine::Level level, const Diagnostic& info) override {
        if (level < DiagnosticsEngine::Error || !text.empty()) return;
        llvm::SmallString<200> message;
        info.FormatDiagnostic(message);
        text = "error: " + message.str().str();
        if (!info.hasSourceManager() || info.getLocation().isInvalid()) return;
        PresumedLoc at = info.getSourceManager().getPresumedLoc(info.getLocation());
        if (at.isValid()) text = std::string(at.getFilename()) + ":" + std::to_string(at.getLine()) + ":" +
                                 std::to_string(at.getColumn()) + ": " + text;
    }
};

// The files of the header's folder and the -I folders that the parse opened: the header first.
std::vector<std::string> opened_files(const SourceManager& sm, const std::string& header,
                                      const std::vector<std::string>& folders) {
    std::set<std::string> found;
    for (auto it = sm.fileinfo_begin(); it != sm.fileinfo_end(); ++it) {
        StringRef real = it->first->tryGetRealPathName();
        std::string path = (real.empty() ? it->first->getName() : real).str();
        std::error_code ec;
        std::string canonical = fs::weakly_canonical(path, ec).string();
        if (ec || canonical == header) continue;
        for (const std::string& folder : folders) {
            std::string prefix = folder.back() == '/' ? folder : folder + "/";
            if (canonical.rfind(prefix, 0) == 0) found.insert(canonical);
        }
    }
    std::vector<std::string> files{header};
    files.insert(files.end(), found.begin(), found.end());
    return files;
}

struct Reading {
    const ReadRequest& request;
    std::string header_path;           // absolute, canonical
    std::vector<std::string> folders;  // the header's and the -I ones, canonical
    std::optional<Api> api;
};

class ReadConsumer : public ASTConsumer {
public:
    ReadConsumer(CompilerInstance& ci, Reading& reading) : ci_(ci), reading_(reading) {}

    void HandleTranslationUnit(ASTContext& ctx) override {
        if (ctx.getDiagnostics().hasErrorOccurred()) return;
        Collector collector(ctx, ci_.getSema(), reading_.request, reading_.header_path);
        reading_.api = collector.collect();
        reading_.api->files = opened_files(ctx.getSourceManager(), reading_.header_path, reading_.folders);
    }

private:
    CompilerInstance& ci_;
    Reading& reading_;
};

class ReadAction : public ASTFrontendAction {
public:
    explicit ReadAction(Reading& reading) : reading_(reading) {}

protected:
    std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance& ci, StringRef) override {
        return std::make_unique<ReadConsumer>(ci, reading_);
    }

private:
    Reading& reading_;
};

class ReadActionFactory : public tooling::FrontendActionFactory {
public:
    explicit ReadActionFactory(Reading& reading) : reading_(reading) {}
    std::unique_ptr<FrontendAction> create() override { return std::make_unique<ReadAction>(reading_); }

private:
    Reading& reading_;
};

// Clang's own headers (stddef.h, ...) are found through the resource dir. ClangTool guesses it from the running
// executable, which is pyco, not Clang: derive it from where the loaded libclang-cpp lives, as the clang binary
// beside it would, else use the folder CMake found when pyco was built.
std::string resource_dir() {
    static const std::string dir = [] {
        Dl_info info{};
        if (dladdr(reinterpret_cast<void*>(&tooling::getClangSyntaxOnlyAdjuster), &info) && info.dli_fname) {
            std::error_code ec;
            fs::path library = fs::canonical(info.dli_fname, ec);
            std::string guess = ec ? "" : clang::driver::Driver::GetResourcesPath(library.string());
            if (!guess.empty() && fs::exists(fs::path(guess) / "include" / "stddef.h", ec)) return guess;
        }
        return std::string(PYCO_CLANG_RESOURCE_DIR);
    }();
    return dir;
}

std::string canonical_path(const std::string& path) {
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(fs::absolute(path, ec), ec);
    return canonical.string();
}

std::vector<std::string> compiler_flags(const ReadRequest& request) {
    std::vector<std::string> flags;
    for (const std::string& dir : request.include_dirs) flags.push_back("-I" + canonical_path(dir));
    for (const std::string& define : request.defines) flags.push_back("-D" + define);
    return flags;
}

}  // namespace

std::optional<Api> read_header(const ReadRequest& request, std::string& error) {
    std::error_code ec;
    if (!fs::is_regular_file(request.header, ec)) {
        error = request.header + ": error: cannot open file";
        return std::nullopt;
    }
    Reading reading{request, canonical_path(request.header), {}, std::nullopt};
    reading.folders.push_back(fs::path(reading.header_path).parent_path().string());
    for (const std::string& dir : request.include_dirs) reading.folders.push_back(canonical_path(dir));

    tooling::FixedCompilationDatabase database(fs::current_path(ec).string(), compiler_flags(request));
    tooling::ClangTool tool(database, {reading.header_path});
    tool.setPrintErrorMessage(false);
    FirstError diagnostics;
    tool.setDiagnosticConsumer(&diagnostics);
    // Inserted by adjusters, not given as flags: CommonOptionsParser-style parsing drops every flag after a
    // `-x` it does not expect (docs/toolchain.md).
    tool.appendArgumentsAdjuster(
        tooling::getInsertArgumentAdjuster({"-x", "c++", "-std=c++20"}, tooling::ArgumentInsertPosition::BEGIN));
    tool.appendArgumentsAdjuster(
        tooling::getInsertArgumentAdjuster({"-resource-dir=" + resource_dir()}, tooling::ArgumentInsertPosition::END));
    ReadActionFactory factory(reading);
    int status = tool.run(&factory);
    if (status == 0 && reading.api) return reading.api;
    error = diagnostics.text.empty() ? request.header + ": error: cannot parse the header" : diagnostics.text;
    if (error.rfind(reading.header_path, 0) == 0) error = request.header + error.substr(reading.header_path.size());
    return std::nullopt;
}

}  // namespace pyco::cxx
