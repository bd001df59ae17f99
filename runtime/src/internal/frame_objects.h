// Private to the runtime: frames and code objects as Python values (f_code, f_lineno, f_back; co_filename,
// co_name, ...), for traceback objects' tb_frame, sys._getframe and the traceback module. pyco's frames live on
// the C++ stack, so a frame object is a snapshot of a frame and the frames below it when it was taken: its
// f_lineno does not move on afterwards, and it has no f_locals or f_globals.
#pragma once

#include <vector>

#include "pyco/exceptions.h"

namespace pyco {

// The frame object of chain[0], whose f_back is chain[1] and so on (an empty chain gives None).
Object frame_object(std::vector<TracebackEntry> chain);
// The running frame and its callers, innermost first, skipping `depth` of them.
std::vector<TracebackEntry> stack_snapshot(size_t depth);
// The same from `top` (a suspended greenlet's innermost frame) and the frames below it.
std::vector<TracebackEntry> frame_chain(const Frame* top, size_t depth = 0);
// The entries of a frame object (innermost first); null when `o` is not one.
const std::vector<TracebackEntry>* frame_entries(const Object& o);
// The code object of a compiled function's CodeInfo.
Object code_object(const CodeInfo* code);
// The line an entry is at (its position's line, else the function's first line).
int entry_lineno(const TracebackEntry& e);
// The entries of a traceback object, innermost first; null when `o` is not one.
const std::vector<TracebackEntry>* traceback_entries(const Object& o);

}  // namespace pyco
