// Everything generated code needs: include this one header (it is also the precompiled header).
#pragma once

#include <optional>


#include "builtins.h"
#include "statement_protocols.h"
#include "call.h"
#include "classes.h"
#include "coroutine.h"
#include "exceptions.h"
#include "frame.h"
#include "generator.h"
#include "module.h"
#include "variables.h"
#include "object.h"
#include "ops.h"
#include "program.h"
#include "type.h"
