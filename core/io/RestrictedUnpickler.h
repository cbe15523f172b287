#pragma once
// numpy object arrays stored as pickles: AlphaTensor keeps each rectangular scheme as an object
// array of shape (3,) holding u, v, w, which np.save writes with pickle (protocol 3; numpy 2
// uses 4).
//
// A pickle is a program: it can name any Python callable and call it. This reader is a
// restricted stack machine that executes nothing. It knows only the opcodes numpy's pickles
// use, accepts only the globals numpy.core.multiarray._reconstruct (also numpy._core.multiarray),
// numpy.ndarray and numpy.dtype, and reads REDUCE and BUILD on them as building plain data.
// Anything else is a LoadError naming what was found.

#include <string_view>
#include <vector>

#include "core/io/NpyArray.h"

namespace tg {

// The arrays held by a pickled object array of shape (3,) whose elements are 2-d numeric arrays;
// the views point into `pickle`. Throws LoadError (message without the file name) for an
// unknown opcode, a refused global (checked for the whole pickle before anything is built),
// stack underflow, a memo index never stored, a truncated pickle, more objects than a real
// pickle builds, or a structure that is not such an object array.
[[nodiscard]] std::vector<NpyArray> unpickleObjectArray(std::string_view pickle);

}  // namespace tg
