#pragma once
// Machine-readable reports, one JSON object per line, shared by the CLI and the tests.

#include <array>
#include <string>

#include "core/game/Episode.h"
#include "core/game/GameState.h"
#include "core/tensor/Cost.h"
#include "core/tensor/Verification.h"

namespace tg {

// {"source", "name", "size", "rank", "field", "checked", "valid": {"Z","Q","Z2"},
//  "multiplications", "additions", "scalings", "wrong_count", "wrong": [...]}
// `checked` is the field whose wrong entries are listed.
[[nodiscard]] std::string verifyJson(const std::string& source, const Scheme& scheme,
                                     const std::array<VerifyReport, 3>& reports, Field checked);

// {"step", "length", "actor", "product", "u", "v", "w", "residual_nonzeros",
//  "flattening_ranks", "rank_lower_bound", "complete_c", "solved"}; `move` is null at step 0.
[[nodiscard]] std::string stepJson(const Episode& episode, const StepFacts& facts,
                                   const Move* move);

}  // namespace tg
