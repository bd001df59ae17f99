// CPython 3.11's report of an uncaught exception (Python/pythonrun.c and Python/traceback.c, the printer behind
// the default sys.excepthook): the traceback with source lines and caret lines, chained exceptions, exception
// groups in their box, notes, and the "Did you mean" suggestions of Python/suggestions.c.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <optional>
#include <unordered_set>

#include <fmt/format.h>

#include "pyco/builtins.h"
#include "pyco/classes.h"
#include "pyco/exceptions.h"
#include "pyco/module.h"
#include "pyco/ops.h"
#include "internal/class_lookup.h"
#include "internal/values.h"

namespace pyco {

// ---- "Did you mean" (Python/suggestions.c) ----

namespace {

constexpr size_t kMaxCandidateItems = 750;
constexpr size_t kMaxStringSize = 40;
constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;

// A case flip costs less than any other substitution.
size_t substitution_cost(char a, char b) {
    if ((a & 31) != (b & 31)) return kMoveCost;
    if (a == b) return 0;
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c; };
    return lower(a) == lower(b) ? kCaseCost : kMoveCost;
}

// Weighted Levenshtein distance over the UTF-8 bytes, giving up (max_cost + 1) as soon as it must exceed
// max_cost. One row of the matrix is updated in place.
size_t levenshtein(std::string_view a, std::string_view b, size_t max_cost) {
    while (!a.empty() && !b.empty() && a.front() == b.front()) a.remove_prefix(1), b.remove_prefix(1);
    while (!a.empty() && !b.empty() && a.back() == b.back()) a.remove_suffix(1), b.remove_suffix(1);
    if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
    if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
    if (b.size() < a.size()) std::swap(a, b);  // the shorter one indexes the row
    if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;

    size_t row[kMaxStringSize];
    for (size_t i = 0; i < a.size(); ++i) row[i] = (i + 1) * kMoveCost;
    size_t result = 0;
    for (size_t bi = 0; bi < b.size(); ++bi) {
        size_t distance = result = bi * kMoveCost;
        size_t minimum = SIZE_MAX;
        for (size_t ai = 0; ai < a.size(); ++ai) {
            size_t substitute = distance + substitution_cost(b[bi], a[ai]);
            distance = row[ai];
            size_t insert_delete = std::min(result, distance) + kMoveCost;
            result = std::min(insert_delete, substitute);
            row[ai] = result;
            minimum = std::min(minimum, result);
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

}  // namespace

std::string suggest_name(std::string_view name, const std::vector<std::string>& candidates) {
    if (candidates.size() >= kMaxCandidateItems) return {};
    const std::string* best = nullptr;
    int64_t best_distance = INT64_MAX;
    for (const std::string& c : candidates) {
        if (c == name) continue;
        // No more than a third of the characters involved may need to change; don't take worse matches.
        int64_t max_distance = int64_t(name.size() + c.size() + 3) * int64_t(kMoveCost) / 6;
        max_distance = std::min(max_distance, best_distance - 1);
        if (max_distance < 0) continue;
        int64_t d = int64_t(levenshtein(name, c, size_t(max_distance)));
        if (d > max_distance) continue;
        if (!best || d < best_distance) best = &c, best_distance = d;
    }
    return best ? *best : std::string();
}

// CPython searches dir(o); for a module, also the names of the real module that pyco does not provide.
std::vector<std::string> attribute_names(const Object& o) {
    std::vector<std::string> out;
    Object names = dir(o);
    for (const Object& n : list_items(names))
        if (is_str(n)) out.emplace_back(str_view(n));
    if (isinstance_exact(o, ModuleType)) {
        const auto& extra = o.as<ModuleObj>()->extra_names;
        out.insert(out.end(), extra.begin(), extra.end());
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
    }
    return out;
}

// Only exactly AttributeError and NameError get one (CPython checks the exact type).
std::string exception_suggestion(const Object& exc) {
    const auto* e = exc.as<ExceptionObj>();
    std::string s;
    if (exc.type() == &AttributeErrorType && !e->obj.null() && !e->name.null() && is_str(e->name)) {
        try {
            s = suggest_name(str_view(e->name), attribute_names(e->obj));
        } catch (const PyExc&) {
            s.clear();
        }
    } else if (exc.type() == &NameErrorType) {
        s = e->suggestion;
    }
    return s.empty() ? s : ". Did you mean: '" + s + "'?";
}

// In the builtins dict's order: of two equally close names, CPython suggests the first.
const std::vector<std::string>& builtin_names_for_suggestions() {
    static const std::vector<std::string> names = {
#define PYCO_BUILTIN(name, kind) #name,
#include "pyco/builtins.def"
#undef PYCO_BUILTIN
    };
    return names;
}


// ---- display width (traceback.py's _display_width) ----

namespace {

struct CodeRange {
    char32_t first, last;
};

// Code points whose East Asian Width is W or F in CPython 3.11's unicodedata (Unicode 14): a terminal shows
// them two columns wide, so the caret line counts them twice.
const CodeRange kWideRanges[] = {
    {0x378, 0x379}, {0x380, 0x383}, {0x38B, 0x38B}, {0x38D, 0x38D}, {0x3A2, 0x3A2},
    {0x530, 0x530}, {0x557, 0x558}, {0x58B, 0x58C}, {0x590, 0x590}, {0x5C8, 0x5CF},
    {0x5EB, 0x5EE}, {0x5F5, 0x5FF}, {0x70E, 0x70E}, {0x74B, 0x74C}, {0x7B2, 0x7BF},
    {0x7FB, 0x7FC}, {0x82E, 0x82F}, {0x83F, 0x83F}, {0x85C, 0x85D}, {0x85F, 0x85F},
    {0x86B, 0x86F}, {0x88F, 0x88F}, {0x892, 0x897}, {0x984, 0x984}, {0x98D, 0x98E},
    {0x991, 0x992}, {0x9A9, 0x9A9}, {0x9B1, 0x9B1}, {0x9B3, 0x9B5}, {0x9BA, 0x9BB},
    {0x9C5, 0x9C6}, {0x9C9, 0x9CA}, {0x9CF, 0x9D6}, {0x9D8, 0x9DB}, {0x9DE, 0x9DE},
    {0x9E4, 0x9E5}, {0x9FF, 0xA00}, {0xA04, 0xA04}, {0xA0B, 0xA0E}, {0xA11, 0xA12},
    {0xA29, 0xA29}, {0xA31, 0xA31}, {0xA34, 0xA34}, {0xA37, 0xA37}, {0xA3A, 0xA3B},
    {0xA3D, 0xA3D}, {0xA43, 0xA46}, {0xA49, 0xA4A}, {0xA4E, 0xA50}, {0xA52, 0xA58},
    {0xA5D, 0xA5D}, {0xA5F, 0xA65}, {0xA77, 0xA80}, {0xA84, 0xA84}, {0xA8E, 0xA8E},
    {0xA92, 0xA92}, {0xAA9, 0xAA9}, {0xAB1, 0xAB1}, {0xAB4, 0xAB4}, {0xABA, 0xABB},
    {0xAC6, 0xAC6}, {0xACA, 0xACA}, {0xACE, 0xACF}, {0xAD1, 0xADF}, {0xAE4, 0xAE5},
    {0xAF2, 0xAF8}, {0xB00, 0xB00}, {0xB04, 0xB04}, {0xB0D, 0xB0E}, {0xB11, 0xB12},
    {0xB29, 0xB29}, {0xB31, 0xB31}, {0xB34, 0xB34}, {0xB3A, 0xB3B}, {0xB45, 0xB46},
    {0xB49, 0xB4A}, {0xB4E, 0xB54}, {0xB58, 0xB5B}, {0xB5E, 0xB5E}, {0xB64, 0xB65},
    {0xB78, 0xB81}, {0xB84, 0xB84}, {0xB8B, 0xB8D}, {0xB91, 0xB91}, {0xB96, 0xB98},
    {0xB9B, 0xB9B}, {0xB9D, 0xB9D}, {0xBA0, 0xBA2}, {0xBA5, 0xBA7}, {0xBAB, 0xBAD},
    {0xBBA, 0xBBD}, {0xBC3, 0xBC5}, {0xBC9, 0xBC9}, {0xBCE, 0xBCF}, {0xBD1, 0xBD6},
    {0xBD8, 0xBE5}, {0xBFB, 0xBFF}, {0xC0D, 0xC0D}, {0xC11, 0xC11}, {0xC29, 0xC29},
    {0xC3A, 0xC3B}, {0xC45, 0xC45}, {0xC49, 0xC49}, {0xC4E, 0xC54}, {0xC57, 0xC57},
    {0xC5B, 0xC5C}, {0xC5E, 0xC5F}, {0xC64, 0xC65}, {0xC70, 0xC76}, {0xC8D, 0xC8D},
    {0xC91, 0xC91}, {0xCA9, 0xCA9}, {0xCB4, 0xCB4}, {0xCBA, 0xCBB}, {0xCC5, 0xCC5},
    {0xCC9, 0xCC9}, {0xCCE, 0xCD4}, {0xCD7, 0xCDC}, {0xCDF, 0xCDF}, {0xCE4, 0xCE5},
    {0xCF0, 0xCF0}, {0xCF3, 0xCFF}, {0xD0D, 0xD0D}, {0xD11, 0xD11}, {0xD45, 0xD45},
    {0xD49, 0xD49}, {0xD50, 0xD53}, {0xD64, 0xD65}, {0xD80, 0xD80}, {0xD84, 0xD84},
    {0xD97, 0xD99}, {0xDB2, 0xDB2}, {0xDBC, 0xDBC}, {0xDBE, 0xDBF}, {0xDC7, 0xDC9},
    {0xDCB, 0xDCE}, {0xDD5, 0xDD5}, {0xDD7, 0xDD7}, {0xDE0, 0xDE5}, {0xDF0, 0xDF1},
    {0xDF5, 0xE00}, {0xE3B, 0xE3E}, {0xE5C, 0xE80}, {0xE83, 0xE83}, {0xE85, 0xE85},
    {0xE8B, 0xE8B}, {0xEA4, 0xEA4}, {0xEA6, 0xEA6}, {0xEBE, 0xEBF}, {0xEC5, 0xEC5},
    {0xEC7, 0xEC7}, {0xECE, 0xECF}, {0xEDA, 0xEDB}, {0xEE0, 0xEFF}, {0xF48, 0xF48},
    {0xF6D, 0xF70}, {0xF98, 0xF98}, {0xFBD, 0xFBD}, {0xFCD, 0xFCD}, {0xFDB, 0xFFF},
    {0x10C6, 0x10C6}, {0x10C8, 0x10CC}, {0x10CE, 0x10CF}, {0x1100, 0x115F}, {0x1249, 0x1249},
    {0x124E, 0x124F}, {0x1257, 0x1257}, {0x1259, 0x1259}, {0x125E, 0x125F}, {0x1289, 0x1289},
    {0x128E, 0x128F}, {0x12B1, 0x12B1}, {0x12B6, 0x12B7}, {0x12BF, 0x12BF}, {0x12C1, 0x12C1},
    {0x12C6, 0x12C7}, {0x12D7, 0x12D7}, {0x1311, 0x1311}, {0x1316, 0x1317}, {0x135B, 0x135C},
    {0x137D, 0x137F}, {0x139A, 0x139F}, {0x13F6, 0x13F7}, {0x13FE, 0x13FF}, {0x169D, 0x169F},
    {0x16F9, 0x16FF}, {0x1716, 0x171E}, {0x1737, 0x173F}, {0x1754, 0x175F}, {0x176D, 0x176D},
    {0x1771, 0x1771}, {0x1774, 0x177F}, {0x17DE, 0x17DF}, {0x17EA, 0x17EF}, {0x17FA, 0x17FF},
    {0x181A, 0x181F}, {0x1879, 0x187F}, {0x18AB, 0x18AF}, {0x18F6, 0x18FF}, {0x191F, 0x191F},
    {0x192C, 0x192F}, {0x193C, 0x193F}, {0x1941, 0x1943}, {0x196E, 0x196F}, {0x1975, 0x197F},
    {0x19AC, 0x19AF}, {0x19CA, 0x19CF}, {0x19DB, 0x19DD}, {0x1A1C, 0x1A1D}, {0x1A5F, 0x1A5F},
    {0x1A7D, 0x1A7E}, {0x1A8A, 0x1A8F}, {0x1A9A, 0x1A9F}, {0x1AAE, 0x1AAF}, {0x1ACF, 0x1AFF},
    {0x1B4D, 0x1B4F}, {0x1B7F, 0x1B7F}, {0x1BF4, 0x1BFB}, {0x1C38, 0x1C3A}, {0x1C4A, 0x1C4C},
    {0x1C89, 0x1C8F}, {0x1CBB, 0x1CBC}, {0x1CC8, 0x1CCF}, {0x1CFB, 0x1CFF}, {0x1F16, 0x1F17},
    {0x1F1E, 0x1F1F}, {0x1F46, 0x1F47}, {0x1F4E, 0x1F4F}, {0x1F58, 0x1F58}, {0x1F5A, 0x1F5A},
    {0x1F5C, 0x1F5C}, {0x1F5E, 0x1F5E}, {0x1F7E, 0x1F7F}, {0x1FB5, 0x1FB5}, {0x1FC5, 0x1FC5},
    {0x1FD4, 0x1FD5}, {0x1FDC, 0x1FDC}, {0x1FF0, 0x1FF1}, {0x1FF5, 0x1FF5}, {0x1FFF, 0x1FFF},
    {0x2065, 0x2065}, {0x2072, 0x2073}, {0x208F, 0x208F}, {0x209D, 0x209F}, {0x20C1, 0x20CF},
    {0x20F1, 0x20FF}, {0x218C, 0x218F}, {0x231A, 0x231B}, {0x2329, 0x232A}, {0x23E9, 0x23EC},
    {0x23F0, 0x23F0}, {0x23F3, 0x23F3}, {0x2427, 0x243F}, {0x244B, 0x245F}, {0x25FD, 0x25FE},
    {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F}, {0x2693, 0x2693}, {0x26A1, 0x26A1},
    {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5}, {0x26CE, 0x26CE}, {0x26D4, 0x26D4},
    {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5}, {0x26FA, 0x26FA}, {0x26FD, 0x26FD},
    {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728}, {0x274C, 0x274C}, {0x274E, 0x274E},
    {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797}, {0x27B0, 0x27B0}, {0x27BF, 0x27BF},
    {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55}, {0x2B74, 0x2B75}, {0x2B96, 0x2B96},
    {0x2CF4, 0x2CF8}, {0x2D26, 0x2D26}, {0x2D28, 0x2D2C}, {0x2D2E, 0x2D2F}, {0x2D68, 0x2D6E},
    {0x2D71, 0x2D7E}, {0x2D97, 0x2D9F}, {0x2DA7, 0x2DA7}, {0x2DAF, 0x2DAF}, {0x2DB7, 0x2DB7},
    {0x2DBF, 0x2DBF}, {0x2DC7, 0x2DC7}, {0x2DCF, 0x2DCF}, {0x2DD7, 0x2DD7}, {0x2DDF, 0x2DDF},
    {0x2E5E, 0x303E}, {0x3040, 0x3247}, {0x3250, 0x4DBF}, {0x4E00, 0xA4CF}, {0xA62C, 0xA63F},
    {0xA6F8, 0xA6FF}, {0xA7CB, 0xA7CF}, {0xA7D2, 0xA7D2}, {0xA7D4, 0xA7D4}, {0xA7DA, 0xA7F1},
    {0xA82D, 0xA82F}, {0xA83A, 0xA83F}, {0xA878, 0xA87F}, {0xA8C6, 0xA8CD}, {0xA8DA, 0xA8DF},
    {0xA954, 0xA95E}, {0xA960, 0xA97F}, {0xA9CE, 0xA9CE}, {0xA9DA, 0xA9DD}, {0xA9FF, 0xA9FF},
    {0xAA37, 0xAA3F}, {0xAA4E, 0xAA4F}, {0xAA5A, 0xAA5B}, {0xAAC3, 0xAADA}, {0xAAF7, 0xAB00},
    {0xAB07, 0xAB08}, {0xAB0F, 0xAB10}, {0xAB17, 0xAB1F}, {0xAB27, 0xAB27}, {0xAB2F, 0xAB2F},
    {0xAB6C, 0xAB6F}, {0xABEE, 0xABEF}, {0xABFA, 0xD7AF}, {0xD7C7, 0xD7CA}, {0xD7FC, 0xD7FF},
    {0xF900, 0xFAFF}, {0xFB07, 0xFB12}, {0xFB18, 0xFB1C}, {0xFB37, 0xFB37}, {0xFB3D, 0xFB3D},
    {0xFB3F, 0xFB3F}, {0xFB42, 0xFB42}, {0xFB45, 0xFB45}, {0xFBC3, 0xFBD2}, {0xFD90, 0xFD91},
    {0xFDC8, 0xFDCE}, {0xFDD0, 0xFDEF}, {0xFE10, 0xFE1F}, {0xFE30, 0xFE6F}, {0xFE75, 0xFE75},
    {0xFEFD, 0xFEFE}, {0xFF00, 0xFF60}, {0xFFBF, 0xFFC1}, {0xFFC8, 0xFFC9}, {0xFFD0, 0xFFD1},
    {0xFFD8, 0xFFD9}, {0xFFDD, 0xFFE7}, {0xFFEF, 0xFFF8}, {0xFFFE, 0xFFFF}, {0x1000C, 0x1000C},
    {0x10027, 0x10027}, {0x1003B, 0x1003B}, {0x1003E, 0x1003E}, {0x1004E, 0x1004F}, {0x1005E, 0x1007F},
    {0x100FB, 0x100FF}, {0x10103, 0x10106}, {0x10134, 0x10136}, {0x1018F, 0x1018F}, {0x1019D, 0x1019F},
    {0x101A1, 0x101CF}, {0x101FE, 0x1027F}, {0x1029D, 0x1029F}, {0x102D1, 0x102DF}, {0x102FC, 0x102FF},
    {0x10324, 0x1032C}, {0x1034B, 0x1034F}, {0x1037B, 0x1037F}, {0x1039E, 0x1039E}, {0x103C4, 0x103C7},
    {0x103D6, 0x103FF}, {0x1049E, 0x1049F}, {0x104AA, 0x104AF}, {0x104D4, 0x104D7}, {0x104FC, 0x104FF},
    {0x10528, 0x1052F}, {0x10564, 0x1056E}, {0x1057B, 0x1057B}, {0x1058B, 0x1058B}, {0x10593, 0x10593},
    {0x10596, 0x10596}, {0x105A2, 0x105A2}, {0x105B2, 0x105B2}, {0x105BA, 0x105BA}, {0x105BD, 0x105FF},
    {0x10737, 0x1073F}, {0x10756, 0x1075F}, {0x10768, 0x1077F}, {0x10786, 0x10786}, {0x107B1, 0x107B1},
    {0x107BB, 0x107FF}, {0x10806, 0x10807}, {0x10809, 0x10809}, {0x10836, 0x10836}, {0x10839, 0x1083B},
    {0x1083D, 0x1083E}, {0x10856, 0x10856}, {0x1089F, 0x108A6}, {0x108B0, 0x108DF}, {0x108F3, 0x108F3},
    {0x108F6, 0x108FA}, {0x1091C, 0x1091E}, {0x1093A, 0x1093E}, {0x10940, 0x1097F}, {0x109B8, 0x109BB},
    {0x109D0, 0x109D1}, {0x10A04, 0x10A04}, {0x10A07, 0x10A0B}, {0x10A14, 0x10A14}, {0x10A18, 0x10A18},
    {0x10A36, 0x10A37}, {0x10A3B, 0x10A3E}, {0x10A49, 0x10A4F}, {0x10A59, 0x10A5F}, {0x10AA0, 0x10ABF},
    {0x10AE7, 0x10AEA}, {0x10AF7, 0x10AFF}, {0x10B36, 0x10B38}, {0x10B56, 0x10B57}, {0x10B73, 0x10B77},
    {0x10B92, 0x10B98}, {0x10B9D, 0x10BA8}, {0x10BB0, 0x10BFF}, {0x10C49, 0x10C7F}, {0x10CB3, 0x10CBF},
    {0x10CF3, 0x10CF9}, {0x10D28, 0x10D2F}, {0x10D3A, 0x10E5F}, {0x10E7F, 0x10E7F}, {0x10EAA, 0x10EAA},
    {0x10EAE, 0x10EAF}, {0x10EB2, 0x10EFF}, {0x10F28, 0x10F2F}, {0x10F5A, 0x10F6F}, {0x10F8A, 0x10FAF},
    {0x10FCC, 0x10FDF}, {0x10FF7, 0x10FFF}, {0x1104E, 0x11051}, {0x11076, 0x1107E}, {0x110C3, 0x110CC},
    {0x110CE, 0x110CF}, {0x110E9, 0x110EF}, {0x110FA, 0x110FF}, {0x11135, 0x11135}, {0x11148, 0x1114F},
    {0x11177, 0x1117F}, {0x111E0, 0x111E0}, {0x111F5, 0x111FF}, {0x11212, 0x11212}, {0x1123F, 0x1127F},
    {0x11287, 0x11287}, {0x11289, 0x11289}, {0x1128E, 0x1128E}, {0x1129E, 0x1129E}, {0x112AA, 0x112AF},
    {0x112EB, 0x112EF}, {0x112FA, 0x112FF}, {0x11304, 0x11304}, {0x1130D, 0x1130E}, {0x11311, 0x11312},
    {0x11329, 0x11329}, {0x11331, 0x11331}, {0x11334, 0x11334}, {0x1133A, 0x1133A}, {0x11345, 0x11346},
    {0x11349, 0x1134A}, {0x1134E, 0x1134F}, {0x11351, 0x11356}, {0x11358, 0x1135C}, {0x11364, 0x11365},
    {0x1136D, 0x1136F}, {0x11375, 0x113FF}, {0x1145C, 0x1145C}, {0x11462, 0x1147F}, {0x114C8, 0x114CF},
    {0x114DA, 0x1157F}, {0x115B6, 0x115B7}, {0x115DE, 0x115FF}, {0x11645, 0x1164F}, {0x1165A, 0x1165F},
    {0x1166D, 0x1167F}, {0x116BA, 0x116BF}, {0x116CA, 0x116FF}, {0x1171B, 0x1171C}, {0x1172C, 0x1172F},
    {0x11747, 0x117FF}, {0x1183C, 0x1189F}, {0x118F3, 0x118FE}, {0x11907, 0x11908}, {0x1190A, 0x1190B},
    {0x11914, 0x11914}, {0x11917, 0x11917}, {0x11936, 0x11936}, {0x11939, 0x1193A}, {0x11947, 0x1194F},
    {0x1195A, 0x1199F}, {0x119A8, 0x119A9}, {0x119D8, 0x119D9}, {0x119E5, 0x119FF}, {0x11A48, 0x11A4F},
    {0x11AA3, 0x11AAF}, {0x11AF9, 0x11BFF}, {0x11C09, 0x11C09}, {0x11C37, 0x11C37}, {0x11C46, 0x11C4F},
    {0x11C6D, 0x11C6F}, {0x11C90, 0x11C91}, {0x11CA8, 0x11CA8}, {0x11CB7, 0x11CFF}, {0x11D07, 0x11D07},
    {0x11D0A, 0x11D0A}, {0x11D37, 0x11D39}, {0x11D3B, 0x11D3B}, {0x11D3E, 0x11D3E}, {0x11D48, 0x11D4F},
    {0x11D5A, 0x11D5F}, {0x11D66, 0x11D66}, {0x11D69, 0x11D69}, {0x11D8F, 0x11D8F}, {0x11D92, 0x11D92},
    {0x11D99, 0x11D9F}, {0x11DAA, 0x11EDF}, {0x11EF9, 0x11FAF}, {0x11FB1, 0x11FBF}, {0x11FF2, 0x11FFE},
    {0x1239A, 0x123FF}, {0x1246F, 0x1246F}, {0x12475, 0x1247F}, {0x12544, 0x12F8F}, {0x12FF3, 0x12FFF},
    {0x1342F, 0x1342F}, {0x13439, 0x143FF}, {0x14647, 0x167FF}, {0x16A39, 0x16A3F}, {0x16A5F, 0x16A5F},
    {0x16A6A, 0x16A6D}, {0x16ABF, 0x16ABF}, {0x16ACA, 0x16ACF}, {0x16AEE, 0x16AEF}, {0x16AF6, 0x16AFF},
    {0x16B46, 0x16B4F}, {0x16B5A, 0x16B5A}, {0x16B62, 0x16B62}, {0x16B78, 0x16B7C}, {0x16B90, 0x16E3F},
    {0x16E9B, 0x16EFF}, {0x16F4B, 0x16F4E}, {0x16F88, 0x16F8E}, {0x16FA0, 0x1BBFF}, {0x1BC6B, 0x1BC6F},
    {0x1BC7D, 0x1BC7F}, {0x1BC89, 0x1BC8F}, {0x1BC9A, 0x1BC9B}, {0x1BCA4, 0x1CEFF}, {0x1CF2E, 0x1CF2F},
    {0x1CF47, 0x1CF4F}, {0x1CFC4, 0x1CFFF}, {0x1D0F6, 0x1D0FF}, {0x1D127, 0x1D128}, {0x1D1EB, 0x1D1FF},
    {0x1D246, 0x1D2DF}, {0x1D2F4, 0x1D2FF}, {0x1D357, 0x1D35F}, {0x1D379, 0x1D3FF}, {0x1D455, 0x1D455},
    {0x1D49D, 0x1D49D}, {0x1D4A0, 0x1D4A1}, {0x1D4A3, 0x1D4A4}, {0x1D4A7, 0x1D4A8}, {0x1D4AD, 0x1D4AD},
    {0x1D4BA, 0x1D4BA}, {0x1D4BC, 0x1D4BC}, {0x1D4C4, 0x1D4C4}, {0x1D506, 0x1D506}, {0x1D50B, 0x1D50C},
    {0x1D515, 0x1D515}, {0x1D51D, 0x1D51D}, {0x1D53A, 0x1D53A}, {0x1D53F, 0x1D53F}, {0x1D545, 0x1D545},
    {0x1D547, 0x1D549}, {0x1D551, 0x1D551}, {0x1D6A6, 0x1D6A7}, {0x1D7CC, 0x1D7CD}, {0x1DA8C, 0x1DA9A},
    {0x1DAA0, 0x1DAA0}, {0x1DAB0, 0x1DEFF}, {0x1DF1F, 0x1DFFF}, {0x1E007, 0x1E007}, {0x1E019, 0x1E01A},
    {0x1E022, 0x1E022}, {0x1E025, 0x1E025}, {0x1E02B, 0x1E0FF}, {0x1E12D, 0x1E12F}, {0x1E13E, 0x1E13F},
    {0x1E14A, 0x1E14D}, {0x1E150, 0x1E28F}, {0x1E2AF, 0x1E2BF}, {0x1E2FA, 0x1E2FE}, {0x1E300, 0x1E7DF},
    {0x1E7E7, 0x1E7E7}, {0x1E7EC, 0x1E7EC}, {0x1E7EF, 0x1E7EF}, {0x1E7FF, 0x1E7FF}, {0x1E8C5, 0x1E8C6},
    {0x1E8D7, 0x1E8FF}, {0x1E94C, 0x1E94F}, {0x1E95A, 0x1E95D}, {0x1E960, 0x1EC70}, {0x1ECB5, 0x1ED00},
    {0x1ED3E, 0x1EDFF}, {0x1EE04, 0x1EE04}, {0x1EE20, 0x1EE20}, {0x1EE23, 0x1EE23}, {0x1EE25, 0x1EE26},
    {0x1EE28, 0x1EE28}, {0x1EE33, 0x1EE33}, {0x1EE38, 0x1EE38}, {0x1EE3A, 0x1EE3A}, {0x1EE3C, 0x1EE41},
    {0x1EE43, 0x1EE46}, {0x1EE48, 0x1EE48}, {0x1EE4A, 0x1EE4A}, {0x1EE4C, 0x1EE4C}, {0x1EE50, 0x1EE50},
    {0x1EE53, 0x1EE53}, {0x1EE55, 0x1EE56}, {0x1EE58, 0x1EE58}, {0x1EE5A, 0x1EE5A}, {0x1EE5C, 0x1EE5C},
    {0x1EE5E, 0x1EE5E}, {0x1EE60, 0x1EE60}, {0x1EE63, 0x1EE63}, {0x1EE65, 0x1EE66}, {0x1EE6B, 0x1EE6B},
    {0x1EE73, 0x1EE73}, {0x1EE78, 0x1EE78}, {0x1EE7D, 0x1EE7D}, {0x1EE7F, 0x1EE7F}, {0x1EE8A, 0x1EE8A},
    {0x1EE9C, 0x1EEA0}, {0x1EEA4, 0x1EEA4}, {0x1EEAA, 0x1EEAA}, {0x1EEBC, 0x1EEEF}, {0x1EEF2, 0x1EFFF},
    {0x1F004, 0x1F004}, {0x1F02C, 0x1F02F}, {0x1F094, 0x1F09F}, {0x1F0AF, 0x1F0B0}, {0x1F0C0, 0x1F0C0},
    {0x1F0CF, 0x1F0D0}, {0x1F0F6, 0x1F0FF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F1AE, 0x1F1E5},
    {0x1F200, 0x1F320}, {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA},
    {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440},
    {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A},
    {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC},
    {0x1F6D0, 0x1F6D2}, {0x1F6D5, 0x1F6DF}, {0x1F6EB, 0x1F6EF}, {0x1F6F4, 0x1F6FF}, {0x1F774, 0x1F77F},
    {0x1F7D9, 0x1F7FF}, {0x1F80C, 0x1F80F}, {0x1F848, 0x1F84F}, {0x1F85A, 0x1F85F}, {0x1F888, 0x1F88F},
    {0x1F8AE, 0x1F8AF}, {0x1F8B2, 0x1F8FF}, {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF},
    {0x1FA54, 0x1FA5F}, {0x1FA6E, 0x1FAFF}, {0x1FB93, 0x1FB93}, {0x1FBCB, 0x1FBEF}, {0x1FBFA, 0xE0000},
    {0xE0002, 0xE001F}, {0xE0080, 0xE00FF}, {0xE01F0, 0xEFFFF}, {0xFFFFE, 0xFFFFF}, {0x10FFFE, 0x10FFFF},
};

int char_width(char32_t c) {
    if (c < 0x1100) return 1;
    auto it = std::upper_bound(std::begin(kWideRanges), std::end(kWideRanges), c,
                               [](char32_t v, const CodeRange& r) { return v < r.first; });
    return it != std::begin(kWideRanges) && c <= std::prev(it)->last ? 2 : 1;
}

// Columns taken by the first `n` code points of `s`.
int64_t display_width(std::u32string_view s, int64_t n) {
    int64_t w = 0;
    for (int64_t i = 0; i < n && i < int64_t(s.size()); ++i) w += char_width(s[size_t(i)]);
    return w;
}

// Lenient UTF-8 decoding (the embedded source is valid UTF-8; a stray byte counts as one code point).
std::u32string decode_utf8(std::string_view s) {
    std::u32string out;
    for (size_t i = 0; i < s.size();) {
        unsigned char b = s[i];
        int n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 1;
        if (i + size_t(n) > s.size()) n = 1;
        char32_t c = n == 1 ? b : char32_t(b & (0x7F >> n));
        for (int k = 1; k < n; ++k) c = (c << 6) | (char32_t(s[i + size_t(k)]) & 0x3F);
        out.push_back(c);
        i += size_t(n);
    }
    return out;
}

// ---- source lines ----

// Line `lineno` (1-based) of the embedded source, without its line ending.
std::optional<std::string_view> source_line(const SourceFile* file, int lineno) {
    if (!file || !file->text || lineno < 1) return std::nullopt;
    const char* p = file->text;
    for (int i = 1; i < lineno; ++i) {
        p = std::strchr(p, '\n');
        if (!p) return std::nullopt;
        ++p;
    }
    if (!*p) return std::nullopt;
    const char* end = std::strchr(p, '\n');
    size_t n = end ? size_t(end - p) : std::strlen(p);
    if (n && p[n - 1] == '\r') --n;
    return std::string_view(p, n);
}

bool is_indent_char(char32_t c) { return c == ' ' || c == '\t' || c == '\f'; }
bool is_space_char(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// ---- printing context (pythonrun.c's exception_print_context) ----

constexpr int kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;
constexpr int kRecursiveCutoff = 3;
constexpr size_t kTracebackLimit = 1000;  // sys.tracebacklimit's default: the innermost 1000 entries

struct PrintContext {
    TracebackFormat options;
    std::string out;
    std::unordered_set<const Obj*> seen;
    int group_depth = 0;
    bool need_close = false;

    std::string indent() const { return std::string(size_t(2 * group_depth), ' '); }
    const char* margin() const { return group_depth ? "| " : ""; }
    void indented_margin() { out += indent(); out += margin(); }
};

// The caret line under the failing expression: `^` under it, or `~` under the operands and `^` under the
// operator when the compiler found anchors. Left out when the expression spans the whole printed line.
void format_carets(PrintContext& ctx, const Pos& pos, std::u32string_view line, size_t indent, size_t printed) {
    if (pos.col < 0 || pos.end_col < 0 || pos.end_line < pos.line) return;
    int64_t start = pos.col, end = pos.end_col;
    bool anchors = pos.anchor_left >= 0 && pos.anchor_right >= 0;
    if (pos.end_line != pos.line) {
        // Several lines: up to the last non-blank character of the first.
        end = int64_t(line.size());
        while (end > 0 && is_space_char(line[size_t(end - 1)])) --end;
        anchors = false;
    }
    end = std::min<int64_t>(end, int64_t(line.size()));
    if (start < int64_t(indent) || start > end) return;
    if (end - start == int64_t(printed) && !anchors) return;

    int64_t dp_start = display_width(line, start), dp_end = display_width(line, end);
    ctx.indented_margin();
    ctx.out += "    ";
    ctx.out.append(size_t(dp_start - int64_t(indent)), ' ');
    if (anchors) {
        std::u32string_view segment = line.substr(size_t(start), size_t(end - start));
        int64_t left = display_width(segment, pos.anchor_left), right = display_width(segment, pos.anchor_right);
        ctx.out.append(size_t(left), '~');
        ctx.out.append(size_t(std::max<int64_t>(right - left, 0)), '^');
        ctx.out.append(size_t(std::max<int64_t>(dp_end - dp_start - right, 0)), '~');
    } else {
        ctx.out.append(size_t(dp_end - dp_start), '^');
    }
    ctx.out += '\n';
}

int entry_line(const TracebackEntry& e) {
    return e.code->positions ? e.code->positions[e.pos].line : e.code->firstlineno;
}
const char* entry_path(const TracebackEntry& e) { return e.code->file ? e.code->file->path : "<unknown>"; }

// One frame: `  File "...", line N, in name`, the source line without its indentation (trailing blanks are
// kept, as the C printer does), then the carets.
void format_entry(PrintContext& ctx, const TracebackEntry& e, bool strip_trailing = false) {
    int lineno = entry_line(e);
    ctx.indented_margin();
    ctx.out += fmt::format("  File \"{}\", line {}, in {}\n", entry_path(e), lineno, e.code->name);
    std::optional<std::string_view> raw = source_line(e.code->file, lineno);
    if (!raw) return;
    if (strip_trailing) {
        while (!raw->empty() && is_space_char(char32_t(raw->back()))) raw->remove_suffix(1);
        if (raw->find_first_not_of(" \t\f") == std::string_view::npos) return;
    }
    std::u32string line = decode_utf8(*raw);
    size_t indent = 0;
    while (indent < line.size() && is_indent_char(line[indent])) ++indent;
    ctx.indented_margin();
    ctx.out += "    ";
    ctx.out += raw->substr(indent);  // the indentation is ASCII: as many bytes as code points
    ctx.out += '\n';
    if (e.code->positions) format_carets(ctx, e.code->positions[e.pos], line, indent, line.size() - indent);
}

void format_repeated(PrintContext& ctx, int count) {
    count -= kRecursiveCutoff;
    ctx.indented_margin();
    ctx.out += fmt::format("  [Previous line repeated {} more time{}]\n", count, count > 1 ? "s" : "");
}

// The entries the report shows, outermost first: the innermost 1000 (sys.tracebacklimit's default) for the C
// printer; with traceback.py's `limit`, the outermost `limit` (or the innermost -limit when negative).
std::vector<const TracebackEntry*> shown_entries(const PrintContext& ctx, const std::vector<TracebackEntry>& tb) {
    std::vector<const TracebackEntry*> out;
    for (size_t i = tb.size(); i-- > 0;) out.push_back(&tb[i]);
    if (!ctx.options.has_limit) {
        if (out.size() > kTracebackLimit) out.erase(out.begin(), out.end() - ptrdiff_t(kTracebackLimit));
        return out;
    }
    int64_t limit = ctx.options.limit;
    if (limit >= 0) {
        if (size_t(limit) < out.size()) out.resize(size_t(limit));
    } else if (size_t(-limit) < out.size()) {
        out.erase(out.begin(), out.end() - ptrdiff_t(-limit));
    }
    return out;
}

// The entries outermost first, runs of the same file, line and function cut after three.
void format_entries(PrintContext& ctx, const std::vector<const TracebackEntry*>& entries) {
    const TracebackEntry* last = nullptr;
    int count = 0;
    for (const TracebackEntry* e : entries) {
        bool same = last && std::strcmp(entry_path(*last), entry_path(*e)) == 0 &&
                    entry_line(*last) == entry_line(*e) && std::strcmp(last->code->name, e->code->name) == 0;
        if (!same) {
            if (count > kRecursiveCutoff) format_repeated(ctx, count);
            last = e;
            count = 0;
        }
        if (++count <= kRecursiveCutoff) format_entry(ctx, *e, ctx.options.python_style);
    }
    if (count > kRecursiveCutoff) format_repeated(ctx, count);
}

void format_traceback(PrintContext& ctx, const std::vector<TracebackEntry>& tb, const char* header_margin,
                      const char* header) {
    std::vector<const TracebackEntry*> entries = shown_entries(ctx, tb);
    if (entries.empty()) return;  // traceback.py prints no header over an empty (limited) stack
    ctx.out += ctx.indent();
    ctx.out += header_margin;
    ctx.out += header;
    format_entries(ctx, entries);
}

// "asyncio.exceptions.CancelledError": the module is shown unless it is builtins or __main__.
std::string type_display_name(const Type* t) {
    if (t->module == "builtins" || t->module == "__main__") return t->name;
    return t->module + "." + t->name;
}

std::string message_text(const Object& exc) {
    std::string s = type_display_name(exc.type());
    try {
        std::string text = str_utf8(exc);
        if (!text.empty()) s += ": " + text;
    } catch (const PyExc&) {
        s += ": <exception str() failed>";
    }
    return s + exception_suggestion(exc);
}

// Each note's lines behind the margin, a newline after each note.
void format_notes(PrintContext& ctx, const Object& exc) {
    const Object& notes = exc.as<ExceptionObj>()->notes;
    if (notes.null()) return;
    if (!isinstance(notes, ListType) && !isinstance(notes, TupleType)) {
        ctx.indented_margin();
        ctx.out += repr_utf8(notes) + "\n";
        return;
    }
    int64_t n = len(notes);
    for (int64_t i = 0; i < n; ++i) {
        std::string note;
        try {
            note = str_utf8(getitem(notes, int_(i)));
        } catch (const PyExc&) {
            note = "<note str() failed>";
        }
        size_t at = 0;
        while (at < note.size()) {
            size_t nl = note.find('\n', at);
            size_t stop = nl == std::string::npos ? note.size() : nl + 1;
            ctx.indented_margin();
            ctx.out.append(note, at, stop - at);
            at = stop;
        }
        ctx.out += '\n';
    }
}

void format_one(PrintContext& ctx, const Object& exc) {
    const auto* e = exc.as<ExceptionObj>();
    bool group = exc.type()->is_subtype_of(&BaseExceptionGroupType);
    if (!e->tb.empty()) {
        const char* header_margin = group && ctx.group_depth == 1 ? "+ " : ctx.margin();
        format_traceback(ctx, e->tb, header_margin,
                         group ? "Exception Group Traceback (most recent call last):\n"
                               : "Traceback (most recent call last):\n");
    }
    ctx.indented_margin();
    ctx.out += message_text(exc) + "\n";
    format_notes(ctx, exc);
}

void format_recursive(PrintContext& ctx, const Object& exc);

void format_chained(PrintContext& ctx, const Object& exc, const char* message) {
    bool need_close = ctx.need_close;
    format_recursive(ctx, exc);
    ctx.need_close = need_close;
    ctx.indented_margin();
    ctx.out += '\n';
    ctx.indented_margin();
    ctx.out += message;
    ctx.indented_margin();
    ctx.out += '\n';
}

// The cause, else (unless suppressed) the context, each printed before the exception itself.
void format_cause_and_context(PrintContext& ctx, const Object& exc) {
    if (!ctx.options.chain) return;
    const auto* e = exc.as<ExceptionObj>();
    if (!e->cause.null()) {
        if (!ctx.seen.count(e->cause.ptr()))
            format_chained(ctx, e->cause, "The above exception was the direct cause of the following exception:\n");
        return;
    }
    if (e->suppress_context || e->context.null() || ctx.seen.count(e->context.ptr())) return;
    format_chained(ctx, e->context, "During handling of the above exception, another exception occurred:\n");
}

// An exception group: its own report, then each sub-exception in a numbered box one level deeper.
void format_group(PrintContext& ctx, const Object& exc) {
    if (ctx.group_depth > kMaxGroupDepth) {
        ctx.indented_margin();
        ctx.out += fmt::format("... (max_group_depth is {})\n", kMaxGroupDepth);
        return;
    }
    if (ctx.group_depth == 0) ctx.group_depth = 1;
    format_one(ctx, exc);
    std::vector<Object> items = exception_group_items(exc);
    int total = int(items.size());
    int shown = total <= kMaxGroupWidth ? total : kMaxGroupWidth + 1;
    ctx.need_close = false;
    for (int i = 0; i < shown; ++i) {
        bool last = i == shown - 1;
        if (last) ctx.need_close = true;  // a nested group may draw the closing line instead
        bool truncated = i >= kMaxGroupWidth;
        ctx.out += ctx.indent();
        ctx.out += i == 0 ? "+-" : "  ";
        ctx.out += truncated ? std::string("+---------------- ... ----------------\n")
                             : fmt::format("+---------------- {} ----------------\n", i + 1);
        ++ctx.group_depth;
        if (!truncated) {
            format_recursive(ctx, items[size_t(i)]);
        } else {
            int remaining = total - kMaxGroupWidth;
            ctx.indented_margin();
            ctx.out += fmt::format("and {} more exception{}\n", remaining, remaining > 1 ? "s" : "");
        }
        if (last && ctx.need_close) {
            ctx.out += ctx.indent();
            ctx.out += "+------------------------------------\n";
            ctx.need_close = false;
        }
        --ctx.group_depth;
    }
    if (ctx.group_depth == 1) ctx.group_depth = 0;
}

void format_recursive(PrintContext& ctx, const Object& exc) {
    ctx.seen.insert(exc.ptr());
    format_cause_and_context(ctx, exc);
    if (exc.type()->is_subtype_of(&BaseExceptionGroupType)) format_group(ctx, exc);
    else format_one(ctx, exc);
}

}  // namespace

std::string format_exception_only(const Object& exc) { return message_text(exc); }

std::string format_exception(const Object& exc) { return format_exception(exc, TracebackFormat{}); }

std::string format_exception(const Object& exc, const TracebackFormat& options) {
    PrintContext ctx;
    ctx.options = options;
    format_recursive(ctx, exc);
    return ctx.out;
}

std::string format_traceback_entries(const std::vector<TracebackEntry>& innermost_first,
                                     const TracebackFormat& options) {
    PrintContext ctx;
    ctx.options = options;
    format_entries(ctx, shown_entries(ctx, innermost_first));
    return ctx.out;
}

std::string format_traceback_entry(const TracebackEntry& e) {
    PrintContext ctx;
    format_entry(ctx, e, true);
    return ctx.out;
}

void print_exception(const Object& exc) {
    std::string text = format_exception(exc);
    flush_stdout();  // what the program printed comes first, as CPython flushes stdout before the report
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
}

}  // namespace pyco
