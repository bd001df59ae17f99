#include "api_json.h"

#include <llvm/Support/JSON.h>

namespace pyco::cxx {

namespace json = llvm::json;

// toJSON and fromJSON are the names llvm::json finds by argument-dependent lookup, for the elements of
// std::vector and for ObjectMapper's fields.

json::Value toJSON(Kind kind) { return kind_name(kind); }

bool fromJSON(const json::Value& value, Kind& kind, json::Path path) {
    auto name = value.getAsString();
    if (name && kind_from_name(*name, kind)) return true;
    path.report("expected the name of a Kind");
    return false;
}

json::Value toJSON(const Type& t) {
    return json::Object{{"kind", t.kind},          {"spelling", t.spelling},   {"bits", t.bits},
                        {"signed", t.is_signed},   {"const_ref", t.is_const_ref}, {"ref", t.is_ref},
                        {"const", t.is_const},     {"args", t.args},           {"record", t.record},
                        {"unsupported", t.unsupported}};
}

bool fromJSON(const json::Value& value, Type& t, json::Path path) {
    json::ObjectMapper o(value, path);
    return o && o.map("kind", t.kind) && o.map("spelling", t.spelling) && o.map("bits", t.bits) &&
           o.map("signed", t.is_signed) && o.map("const_ref", t.is_const_ref) && o.map("ref", t.is_ref) &&
           o.map("const", t.is_const) && o.map("args", t.args) && o.map("record", t.record) &&
           o.map("unsupported", t.unsupported);
}

json::Value toJSON(const Param& p) {
    return json::Object{
        {"name", p.name}, {"type", p.type}, {"has_default", p.has_default}, {"default", p.default_text}};
}

bool fromJSON(const json::Value& value, Param& p, json::Path path) {
    json::ObjectMapper o(value, path);
    return o && o.map("name", p.name) && o.map("type", p.type) && o.map("has_default", p.has_default) &&
           o.map("default", p.default_text);
}

json::Value toJSON(const Function& f) {
    return json::Object{{"name", f.name},           {"qualified", f.qualified},     {"result", f.result},
                        {"params", f.params},       {"noexcept", f.is_noexcept},    {"variadic", f.is_variadic},
                        {"static", f.is_static},    {"const", f.is_const},          {"file", f.file},
                        {"line", f.line},           {"column", f.column},          {"declaration", f.declaration},
                        {"unsupported", f.unsupported}};
}

bool fromJSON(const json::Value& value, Function& f, json::Path path) {
    json::ObjectMapper o(value, path);
    return o && o.map("name", f.name) && o.map("qualified", f.qualified) && o.map("result", f.result) &&
           o.map("params", f.params) && o.map("noexcept", f.is_noexcept) && o.map("variadic", f.is_variadic) &&
           o.map("static", f.is_static) && o.map("const", f.is_const) && o.map("file", f.file) &&
           o.map("line", f.line) && o.map("column", f.column) && o.map("declaration", f.declaration) &&
           o.map("unsupported", f.unsupported);
}

json::Value toJSON(const Enumerator& e) { return json::Object{{"name", e.name}, {"value", e.value}}; }

bool fromJSON(const json::Value& value, Enumerator& e, json::Path path) {
    json::ObjectMapper o(value, path);
    return o && o.map("name", e.name) && o.map("value", e.value);
}

json::Value toJSON(const Enum& e) {
    return json::Object{{"name", e.name},     {"qualified", e.qualified}, {"scoped", e.scoped},
                        {"underlying", e.underlying}, {"values", e.values}, {"file", e.file},
                        {"line", e.line}};
}

bool fromJSON(const json::Value& value, Enum& e, json::Path path) {
    json::ObjectMapper o(value, path);
    return o && o.map("name", e.name) && o.map("qualified", e.qualified) && o.map("scoped", e.scoped) &&
           o.map("underlying", e.underlying) && o.map("values", e.values) && o.map("file", e.file) &&
           o.map("line", e.line);
}

json::Value toJSON(const Field& f) { return json::Object{{"name", f.name}, {"type", f.type}}; }

bool fromJSON(const json::Value& value, Field& f, json::Path path) {
    json::ObjectMapper o(value, path);
    return o && o.map("name", f.name) && o.map("type", f.type);
}

json::Value toJSON(const Record& r) {
    return json::Object{{"name", r.name},
                        {"qualified", r.qualified},
                        {"is_value", r.is_value},
                        {"fields", r.fields},
                        {"methods", r.methods},
                        {"constructors", r.constructors},
                        {"default_constructible", r.default_constructible},
                        {"copyable", r.copyable},
                        {"file", r.file},
                        {"line", r.line}};
}

bool fromJSON(const json::Value& value, Record& r, json::Path path) {
    json::ObjectMapper o(value, path);
    return o && o.map("name", r.name) && o.map("qualified", r.qualified) && o.map("is_value", r.is_value) &&
           o.map("fields", r.fields) && o.map("methods", r.methods) && o.map("constructors", r.constructors) &&
           o.map("default_constructible", r.default_constructible) && o.map("copyable", r.copyable) &&
           o.map("file", r.file) && o.map("line", r.line);
}

json::Value api_to_json_value(const Api& api) {
    return json::Object{{"header", api.header},       {"ns", api.ns},         {"functions", api.functions},
                        {"enums", api.enums},         {"records", api.records}, {"files", api.files}};
}

bool api_from_json_value(const json::Value& value, Api& api, std::string& error) {
    json::Path::Root root("api");
    json::ObjectMapper o(value, root);
    bool ok = o && o.map("header", api.header) && o.map("ns", api.ns) && o.map("functions", api.functions) &&
              o.map("enums", api.enums) && o.map("records", api.records) && o.map("files", api.files);
    if (!ok) error = llvm::toString(root.getError());
    return ok;
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
