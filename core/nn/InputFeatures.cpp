#include "core/nn/InputFeatures.h"

#include <algorithm>

namespace tg::nn {

int historyWidth(const ActionCodec& codec) {
    return codec.base() * codec.length() + 1;
}

int inputChannelOf(int value, CoefficientSet set) {
    if (set == CoefficientSet::Mod2) value = ((value % 2) + 2) % 2;
    value = std::clamp(value, -2, 2);
    return value < 0 ? value + 2 : value == 0 ? -1 : value + 1;
}

namespace {

// One move into its history slot: digits one-hot, then the "present" flag.
void encodeMove(const ActionCodec& codec, const search::Action& a, float* m) {
    if (static_cast<int>(a.u.size() + a.v.size() + a.w.size()) != codec.length()) return;
    m[historyWidth(codec) - 1] = 1.0f;
    int pos = 0;
    for (const auto* f : {&a.u, &a.v, &a.w})
        for (int x : *f) {
            const int d = codec.digitOf(x);
            if (d >= 0) m[pos * codec.base() + d] = 1.0f;
            ++pos;
        }
}

}  // namespace

InputFeatures encodeInputs(const ActionCodec& codec, std::span<const search::Observation> batch) {
    const auto b = batch.size();
    const auto volume = static_cast<std::size_t>(codec.size().volume());
    const int h = search::Observation::kHistory;
    const auto width = static_cast<std::size_t>(historyWidth(codec));
    InputFeatures out;
    out.grid.assign(b * volume * kInputChannels, 0.0f);
    out.scalars.assign(b * kInputScalars, 0.0f);
    out.history.assign(b * h * width, 0.0f);
    for (std::size_t i = 0; i < b; ++i) {
        const auto& o = batch[i];
        float* g = out.grid.data() + i * volume * kInputChannels;
        for (std::size_t e = 0; e < volume && e < o.residual.size(); ++e) {
            const int c = inputChannelOf(o.residual[e], codec.coefficients());
            if (c >= 0) g[e * kInputChannels + static_cast<std::size_t>(c)] = 1.0f;
        }
        float* sc = out.scalars.data() + i * kInputScalars;
        sc[0] = static_cast<float>(o.step) * kInputStepScale;
        if (o.stepLimit > 0) {
            sc[1] = 1.0f;
            sc[2] = static_cast<float>(std::max(0, o.stepLimit - o.step)) * kInputStepScale;
        }
        // Most recent move in the last slot.
        const int count = std::min<int>(h, static_cast<int>(o.history.size()));
        for (int k = 0; k < count; ++k) {
            const auto& a = o.history[o.history.size() - static_cast<std::size_t>(count - k)];
            encodeMove(
                codec, a,
                out.history.data() + (i * h + static_cast<std::size_t>(h - count + k)) * width);
        }
    }
    return out;
}

}  // namespace tg::nn
