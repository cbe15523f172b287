#pragma once
// What expert iteration (ExpertIteration.h) saves after each generation and reads back to resume
// (a JSON file, written atomically beside the generation's model file), and the curve files.
//
// The checkpoint holds the generation index, the seed, the training steps behind the model, the
// wall time so far, the curve rows and the whole replay buffer (states, moves, moves left): with
// the model file (parameters and Adam's state) that is everything the next generation depends
// on. Torch-free.
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "core/game/CoefficientSet.h"
#include "core/nn/ExpertIteration.h"
#include "core/search/Demonstration.h"
#include "core/tensor/TensorSize.h"

namespace tg::nn {

struct LoopState {
    TensorSize size{2, 2, 2};
    CoefficientSet coefficients = CoefficientSet::Mod2;
    std::uint64_t seed = 1;
    int generation = 0;   // complete generations
    long long steps = 0;  // training steps of the committed model
    double seconds = 0;   // wall time of the generations so far
    std::string model;    // the committed model file
    std::vector<GenerationRow> rows;
    std::deque<search::Demonstration> buffer;  // oldest first
};

// Throws std::runtime_error naming the file when it cannot be written.
void writeLoopState(const std::string& path, const LoopState& state);
// Throws std::runtime_error naming the file when it is missing, malformed or of another format.
[[nodiscard]] LoopState readLoopState(const std::string& path);

// The curve as CSV (a header line, then one line per generation) and as JSON (an array of
// objects with the same keys), each written atomically.
[[nodiscard]] std::string curveCsv(const std::vector<GenerationRow>& rows);
[[nodiscard]] std::string curveJson(const std::vector<GenerationRow>& rows);

}  // namespace tg::nn
