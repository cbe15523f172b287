#pragma once
// Checkpoint files of a flip search (`search --checkpoint FILE`, `--resume FILE`): a
// SearchSnapshot in a small versioned binary format, written atomically (writeFileAtomic), so
// the file on disk is always a whole checkpoint, the last one or the one before.
//
// Layout (little-endian): "TGFLIPCK", u32 version; the walk's parameters (each version adds
// fields after those of the one before, and every earlier version is still read); the start scheme;
// per walker its generator, counters, current scheme, best scheme and pool. Schemes are
// bit-packed terms (SearchSnapshot.h): 3 words a term mod 2, 6 over Z. The reader checks every
// field's range, that every bit lies inside its factor, and that every scheme in the file is
// valid (so the best scheme of a checkpoint is itself a verified result); anything else is a
// LoadError naming the file and the field.
#include <optional>
#include <string>

#include "core/search/SearchSnapshot.h"

namespace tg::search {

// 3: the dead-level path; 4: the dependent-set reductions and fixed moves switches.
inline constexpr std::uint32_t kCheckpointVersion = 4;

[[nodiscard]] std::string encodeCheckpoint(const SearchSnapshot& snapshot);
// Throws LoadError (message prefixed by `name`) for anything but a whole, valid checkpoint.
[[nodiscard]] SearchSnapshot decodeCheckpoint(const std::string& bytes, const std::string& name);

void writeCheckpoint(const std::string& path, const SearchSnapshot& snapshot);
[[nodiscard]] SearchSnapshot readCheckpoint(const std::string& path);

// The best scheme so far of the checkpoint at `path` (what the app opens from a running CLI
// search), or nullopt when the file does not start like a checkpoint. Throws LoadError for a
// checkpoint that cannot be read.
[[nodiscard]] std::optional<Scheme> checkpointBestScheme(const std::string& path);

// The best scheme among the snapshot's walkers (lowest rank, then the lowest walker), verified
// by the reader; the start scheme when no walker has one.
[[nodiscard]] Scheme bestScheme(const SearchSnapshot& snapshot);

}  // namespace tg::search
