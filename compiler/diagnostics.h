// Diagnostics are values collected by every stage and printed one way:
//   app.py:3:5: error: message
//       source line
//       ^~~~
// Python's own compile-time errors keep Python's class and words ("SyntaxError: 'await' outside async function").
#pragma once

#include <string>
#include <vector>

#include "ast.h"

namespace pyco {

struct Diagnostic {
    std::string file;   // as the user named it
    ast::Span span;     // line 1-based, col 0-based in code points; end may equal start
    std::string message;
    std::string hint;   // optional second line, printed as "note: ..."
};

class Diagnostics {
public:
    void error(const std::string& file, ast::Span span, std::string message, std::string hint = {});
    // The text of a file that diagnostics may point into, for their source lines and carets.
    void add_source(const std::string& file, std::string text);
    bool has_errors() const { return !items_.empty(); }
    const std::vector<Diagnostic>& items() const { return items_; }
    // Renders every diagnostic with its source line and caret (from the sources added).
    std::string render() const;

private:
    std::vector<Diagnostic> items_;
    std::vector<std::pair<std::string, std::string>> sources_;
};

// Renders one diagnostic (used by render and by the driver for errors that have no source, such as a missing file).
std::string render_diagnostic(const Diagnostic& d, const std::string& source);

}  // namespace pyco
