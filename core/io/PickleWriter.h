#pragma once
// Writes numpy object arrays as the protocol 3 pickle np.save produces, for the rectangular
// schemes of an npz archive (read back by RestrictedUnpickler.h and by numpy.load with
// allow_pickle=True).

#include <cstdint>
#include <string>
#include <vector>

#include "core/io/NpyArray.h"

namespace tg {

struct PickleMatrix {
    std::int64_t rows = 0;
    std::int64_t cols = 0;
    std::string data;  // rows * cols elements of the array's dtype, C order, little-endian
};

// The pickle of an object array of shape (items.size(),) holding these 2-d arrays, each of
// `dtype` (not Object). Throws std::invalid_argument for a shape or data beyond the pickle's
// 32-bit fields.
[[nodiscard]] std::string pickleObjectArray(NpyDtype dtype, const std::vector<PickleMatrix>& items);

}  // namespace tg
