// The linecache module: the lines of source files by name, for warnings and traceback. The program's own files
// come from the sources compiled into it (internal/source_lines.h), others from the disk; pyco does not look
// files up along sys.path or through module loaders (module_globals is accepted and ignored).
#include "internal/module_args.h"
#include "internal/module_registry.h"
#include "internal/source_lines.h"
#include "internal/values.h"

namespace pyco {
namespace {

std::string filename_arg(const Object& v) { return is_str(v) ? std::string(str_view(v)) : std::string(); }

Object lc_getline(const Args& a) {
    std::vector<Object> v = clinic_args("getline", a, {"filename", "lineno", "module_globals"}, 2);
    std::string name = filename_arg(v[0]);
    if (name.empty()) return str_("");
    return str_(source_line_at(name, int_as_int64(v[1])));
}

Object lc_getlines(const Args& a) {
    std::vector<Object> v = clinic_args("getlines", a, {"filename", "module_globals"}, 1);
    std::string name = filename_arg(v[0]);
    std::vector<Object> out;
    if (!name.empty())
        for (const std::string& line : source_lines(name)) out.push_back(str_(line));
    return list_from(std::move(out));
}

Object lc_clearcache(const Args& a) {
    check_nargs("clearcache", a, 0, 0);
    clear_source_cache();
    return None();
}

// The cache is dropped whole: a file read again is read as it is now.
Object lc_checkcache(const Args& a) {
    clinic_args("checkcache", a, {"filename"}, 0);
    clear_source_cache();
    return None();
}

}  // namespace

void init_linecache_module(ModuleObj& m) {
    module_add_functions(m, {{"getline", lc_getline},
                             {"getlines", lc_getlines},
                             {"clearcache", lc_clearcache},
                             {"checkcache", lc_checkcache}});
}

}  // namespace pyco
