#include "api_json.h"

#include <llvm/Support/JSON.h>
#include <type_traits>

namespace pyco::cxx {

namespace json = llvm::json;

namespace {

using Key = llvm::StringLiteral;

// Each struct's JSON keys, listed once for both directions: `field(key, member)` for every member.
template <class T, class F>
void fields(T& t, F&& field) {
    if constexpr (std::is_same_v<std::remove_const_t<T>, Type>) {
        field(Key("kind"), t.kind);
        field(Key("spelling"), t.spelling);
        field(Key("bits"), t.bits);
        field(Key("signed"), t.is_signed);
        field(Key("const_ref"), t.is_const_ref);
        field(Key("ref"), t.is_ref);
        field(Key("const"), t.is_const);
        field(Key("args"), t.args);
        field(Key("record"), t.record);
        field(Key("unsupported"), t.unsupported);
    } else if constexpr (std::is_same_v<std::remove_const_t<T>, Param>) {
        field(Key("name"), t.name);
        field(Key("type"), t.type);
        field(Key("has_default"), t.has_default);
        field(Key("default"), t.default_text);
    } else if constexpr (std::is_same_v<std::remove_const_t<T>, Function>) {
        field(Key("name"), t.name);
        field(Key("qualified"), t.qualified);
        field(Key("result"), t.result);
        field(Key("params"), t.params);
        field(Key("noexcept"), t.is_noexcept);
        field(Key("variadic"), t.is_variadic);
        field(Key("static"), t.is_static);
        field(Key("const"), t.is_const);
        field(Key("file"), t.file);
        field(Key("line"), t.line);
        field(Key("column"), t.column);
        field(Key("declaration"), t.declaration);
        field(Key("unsupported"), t.unsupported);
    } else if constexpr (std::is_same_v<std::remove_const_t<T>, Enumerator>) {
        field(Key("name"), t.name);
        field(Key("value"), t.value);
    } else if constexpr (std::is_same_v<std::remove_const_t<T>, Enum>) {
        field(Key("name"), t.name);
        field(Key("qualified"), t.qualified);
        field(Key("scoped"), t.scoped);
        field(Key("underlying"), t.underlying);
        field(Key("values"), t.values);
        field(Key("file"), t.file);
        field(Key("line"), t.line);
    } else if constexpr (std::is_same_v<std::remove_const_t<T>, Field>) {
        field(Key("name"), t.name);
        field(Key("type"), t.type);
    } else if constexpr (std::is_same_v<std::remove_const_t<T>, Record>) {
        field(Key("name"), t.name);
        field(Key("qualified"), t.qualified);
        field(Key("is_value"), t.is_value);
        field(Key("fields"), t.fields);
        field(Key("methods"), t.methods);
        field(Key("constructors"), t.constructors);
        field(Key("default_constructible"), t.default_constructible);
        field(Key("copyable"), t.copyable);
        field(Key("file"), t.file);
        field(Key("line"), t.line);
    } else {
        static_assert(std::is_same_v<std::remove_const_t<T>, Api>);
        field(Key("header"), t.header);
        field(Key("ns"), t.ns);
        field(Key("functions"), t.functions);
        field(Key("enums"), t.enums);
        field(Key("records"), t.records);
        field(Key("files"), t.files);
    }
}

template <class T>
json::Value to_object(const T& t) {
    json::Object object;
    fields(t, [&](Key key, const auto& member) { object[key] = json::Value(member); });
    return object;
}

template <class T>
bool from_object(const json::Value& value, T& t, json::Path path) {
    json::ObjectMapper mapper(value, path);
    bool ok = bool(mapper);
    fields(t, [&](Key key, auto& member) { ok = ok && mapper.map(key, member); });
    return ok;
}

}  // namespace

// toJSON and fromJSON are the names llvm::json finds by argument-dependent lookup, for the elements of a
// std::vector and for ObjectMapper's members.

json::Value toJSON(Kind kind) { return kind_name(kind); }

bool fromJSON(const json::Value& value, Kind& kind, json::Path path) {
    auto name = value.getAsString();
    if (name && kind_from_name(*name, kind)) return true;
    path.report("expected the name of a Kind");
    return false;
}

json::Value toJSON(const Type& t) { return to_object(t); }
json::Value toJSON(const Param& p) { return to_object(p); }
json::Value toJSON(const Function& f) { return to_object(f); }
json::Value toJSON(const Enumerator& e) { return to_object(e); }
json::Value toJSON(const Enum& e) { return to_object(e); }
json::Value toJSON(const Field& f) { return to_object(f); }
json::Value toJSON(const Record& r) { return to_object(r); }

bool fromJSON(const json::Value& value, Type& t, json::Path path) { return from_object(value, t, path); }
bool fromJSON(const json::Value& value, Param& p, json::Path path) { return from_object(value, p, path); }
bool fromJSON(const json::Value& value, Function& f, json::Path path) { return from_object(value, f, path); }
bool fromJSON(const json::Value& value, Enumerator& e, json::Path path) { return from_object(value, e, path); }
bool fromJSON(const json::Value& value, Enum& e, json::Path path) { return from_object(value, e, path); }
bool fromJSON(const json::Value& value, Field& f, json::Path path) { return from_object(value, f, path); }
bool fromJSON(const json::Value& value, Record& r, json::Path path) { return from_object(value, r, path); }

json::Value api_to_json_value(const Api& api) { return to_object(api); }

bool api_from_json_value(const json::Value& value, Api& api, std::string& error) {
    json::Path::Root root("api");
    if (from_object(value, api, root)) return true;
    error = llvm::toString(root.getError());
    return false;
}

std::string api_to_json(const Api& api) {
    std::string text;
    llvm::raw_string_ostream out(text);
    out << api_to_json_value(api);
    return out.str();
}

std::optional<Api> api_from_json(std::string_view text, std::string& error) {
    llvm::Expected<json::Value> value = json::parse(llvm::StringRef(text.data(), text.size()));
    if (!value) {
        error = llvm::toString(value.takeError());
        return std::nullopt;
    }
    Api api;
    if (!api_from_json_value(*value, api, error)) return std::nullopt;
    return api;
}

}  // namespace pyco::cxx
