#pragma once
// What the policy/value network is fed, as plain floats (torch-free, so that tests can check the
// training data without LibTorch; PolicyValueNet::encode wraps these vectors in tensors):
//   grid     per residual entry (Observation's order), a one-hot of its value clamped to -2..2
//            (channels -2, -1, 1, 2; 0 is all zero)
//   scalars  step, has a limit, steps left (steps scaled by 1/32)
//   history  per recent move slot (oldest first, most recent last): one-hot digits of u, v, w
//            (ActionCodec's digits) and a "present" flag last
#include <span>
#include <vector>

#include "core/nn/ActionCodec.h"

namespace tg::nn {

inline constexpr int kInputChannels = 4;
inline constexpr int kInputScalars = 3;
inline constexpr float kInputStepScale = 1.0f / 32.0f;

struct InputFeatures {
    std::vector<float> grid;     // [B, volume, kInputChannels]
    std::vector<float> scalars;  // [B, kInputScalars]
    std::vector<float> history;  // [B, kHistory, historyWidth(codec)]
};

[[nodiscard]] int historyWidth(const ActionCodec& codec);
// The channel of a residual entry's value, -1 for zero.
[[nodiscard]] int inputChannelOf(int value, CoefficientSet set);
// The observations must have the codec's size (callers check).
[[nodiscard]] InputFeatures encodeInputs(const ActionCodec& codec,
                                         std::span<const search::Observation> batch);

}  // namespace tg::nn
