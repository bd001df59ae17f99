// The contract between pyco's compiler and its runtime: the one header generated code includes, and the
// precompiled header the driver builds (docs/design.md, "Public headers").
//
// Generated code uses exactly these `pyco::` names, grouped by what they do; each is declared in the header
// named beside its group. A unit test (testsuite/unit/compiler/test_abi.cpp) fails when codegen starts
// emitting a name that is not listed here, so the contract cannot grow unnoticed. Anything else in the public
// headers is for embedders; what the runtime uses on itself lives in runtime/src/internal/.
//
// Values (object.h, ops.h, type.h):
//   Object None bool_ Ellipsis int_ int_from_string float_ complex_ str_ bytes_ list_ dict_ slice_
//   immortal list_append list_extend list_to_tuple dict_set dict_update join_strs
// Operations (ops.h):
//   BinOp CmpOp UnOp binop inplace_binop unop compare not_ truthy contains is_ iter next unpack
//   getattr setattr delattr getitem setitem delitem repr str ascii format type_object
// Calls and functions (call.h):
//   Args FuncInfo FunctionObj call call_ex bind_args make_function set_annotations make_cell
//   builtin
// Variables (variables.h):
//   load_local load_global load_cell cell_ref delete_local raise_name_error class_namespace_set
//   class_namespace_get class_namespace_del module_namespace locals_add
// Frames, positions and exceptions (frame.h, exceptions.h):
//   SourceFile CodeInfo Pos Frame FrameGuard loop_tick HandlingGuard PyExc raise raise_ raise_from reraise rethrow
//   exception_matches exception_group_split prep_reraise_star AssertionErrorType RuntimeErrorType
// Coroutines and generators (coroutine.h, generator.h):
//   Coro AsyncGen Gen enter yield_now is_asyncio_sleep_zero add_sleep_frame yield_from_send delegated
//   generator_return_value_or_none
// with, async with, async for (statement_protocols.h):
//   with_enter with_exit async_with_enter async_with_exit async_next is_stop_async_iteration
// The match statement (pattern_match.h):
//   match_sequence match_mapping match_item_from_end match_keys match_rest match_class len
// Classes (classes.h):
//   PreparedClass prepare_class build_class super_zero
// Modules (module.h):
//   ModuleDef GlobalSlot import_module import_top import_for_from import_from import_star
//   raise_relative_import_error load_module_name ModuleAttrCache getattr_cached
// The program (program.h; the program unit that program/program.cpp writes):
//   run_main
// Embedding: the typed C++ functions `pyco translate --embed` adds to a module's unit (embed.h, convert.h;
// docs/embedding.md):
//   embed Call guarded Coroutine py Any Int Float Bool Str Bytes List Dict Tuple Optional
#pragma once

// Generated code holds std::optional guards and std::vector results of unpacking.
#include <optional>
#include <vector>

#include "builtins.h"
#include "call.h"
#include "classes.h"
#include "coroutine.h"
#include "exceptions.h"
#include "frame.h"
#include "generator.h"
#include "module.h"
#include "object.h"
#include "ops.h"
#include "pattern_match.h"
#include "program.h"
#include "statement_protocols.h"
#include "type.h"
#include "variables.h"
