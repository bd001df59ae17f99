// Variables in generated code: the errors of unbound free variables (the inline loads are in variables.h).
#include "pyco/variables.h"

#include <fmt/format.h>

#include "pyco/module.h"
#include "pyco/ops.h"

namespace pyco {

void raise_unbound_free(const char* name) {
    raise(NameErrorType,
          fmt::format("cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                      name));
}

}  // namespace pyco
