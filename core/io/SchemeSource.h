#pragma once
// Resolves what a user names (on the command line, in the open dialog) to schemes:
//   builtin:KEY            a catalogue entry, e.g. builtin:strassen, builtin:naive:3,3,3
//   PATH                   a file in any readable format (all the schemes it holds)
//   PATH#n,m,p             one key of an archive that holds several (AlphaTensor's npz)
// The format is recognised from the content first and the extension second.

#include <optional>
#include <string>
#include <vector>

#include "core/game/Episode.h"
#include "core/io/SchemeFormat.h"
#include "core/tensor/Scheme.h"

namespace tg {

struct LoadedScheme {
    std::string source;              // the spec that names exactly this scheme
    Scheme scheme;                   // the terms (for an episode: its moves' terms)
    std::optional<Episode> episode;  // present when the source was a recorded episode
    SchemeFormat format = SchemeFormat::Project;
    // The additions the file says its own evaluation needs (FMM reduced JSON's
    // "complexity"."reduced"); empty for formats that do not say.
    std::optional<int> statedAdditions = std::nullopt;
};

// Throws LoadError with a message naming the source and the problem.
[[nodiscard]] std::vector<LoadedScheme> loadSchemes(const std::string& spec);

// The specs of the schemes a source holds, without decoding them: one per npz key
// ("FILE#2,2,3"), else the source itself. Throws LoadError.
[[nodiscard]] std::vector<std::string> listSchemes(const std::string& spec);

// The format of a file's bytes (`path` supplies the extension as a hint); nullopt if unknown.
[[nodiscard]] std::optional<SchemeFormat> detectFormat(const std::string& path,
                                                       const std::string& bytes);

// The episode a source stands for: the recorded one, or the scheme's terms as imported moves.
[[nodiscard]] Episode episodeOf(const LoadedScheme& loaded);

}  // namespace tg
