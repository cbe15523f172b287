#pragma once
// numpy object arrays as pickles: AlphaTensor stores each rectangular scheme as an object array
// of shape (3,) holding u, v, w, which np.save writes with pickle (protocol 3; numpy 2 uses 4).
//
// A pickle is a program: it can name any Python callable and call it. The reader here is a
// restricted stack machine that executes nothing. It knows only the opcodes numpy's pickles use,
// accepts only the globals numpy.core.multiarray._reconstruct (also numpy._core.multiarray),
// numpy.ndarray and numpy.dtype, and interprets REDUCE/BUILD on them as building plain data.
// Anything else is a LoadError naming what was found.

#include <string>
#include <string_view>
#include <vector>

#include "core/io/NpyArray.h"

namespace tg {

// The arrays held by a pickled object array of shape (3,) whose elements are 2-d numeric arrays.
// The views point into `pickle`. Throws LoadError (message without the file name) for an unknown
// opcode, a refused global, stack underflow, a memo index never stored, a truncated pickle or a
// structure that is not such an object array.
[[nodiscard]] std::vector<NpyArray> unpickleObjectArray(std::string_view pickle);

// The protocol 3 pickle numpy writes for an object array of shape (3,) holding these 2-d
// arrays (C order, `dtype` each), so that numpy.load(..., allow_pickle=True) reads it back.
struct PickleMatrix {
    std::int64_t rows = 0;
    std::int64_t cols = 0;
    std::string data;  // rows * cols elements of dtype, C order, little-endian
};
[[nodiscard]] std::string pickleObjectArray(NpyDtype dtype, const std::vector<PickleMatrix>& items);

}  // namespace tg
