#pragma once
// AlphaTensor's .npz archives (factorizations_r.npz, factorizations_f2.npz): a zip of NPY members
// named "n,m,p.npy". Square keys hold a plain (3, n*n, R) array, u, v, w stacked; rectangular keys
// hold a pickled object array (3,) of u (n*m x R), v (m*p x R), w (p*n x R). Entry [a][r] is
// coefficient a of the factor of term r. The file does not say which ring a scheme is for, so
// the reader verifies each one and records the first of Z, Q, Z2 it is valid over.
//
// Input is untrusted: sizes are checked before anything is allocated for them, decompression is
// capped (zip bombs), and the pickles are read by a restricted machine that executes nothing
// (RestrictedUnpickler.h). Every problem is a LoadError naming the file, the key and what is wrong.

#include <optional>
#include <string>
#include <vector>

#include "core/tensor/Scheme.h"

namespace tg {

struct NpzScheme {
    std::string key;  // "n,m,p", the member name without ".npy"
    Scheme scheme;
};

// Reads an npz archive held in memory. `origin` names the file in error messages. If `key` is
// given, only that member ("n,m,p.npy") is decoded; otherwise all of them, in archive order.
// Throws LoadError "ORIGIN: ..." for a problem with the archive, "ORIGIN#KEY: ..." for one inside
// a member.
[[nodiscard]] std::vector<NpzScheme> readNpz(const std::string& bytes, const std::string& origin,
                                             const std::optional<std::string>& key = std::nullopt);

// The member keys ("2,2,2", ...) in archive order, without decoding the members. A member not
// named *.npy is listed under its full name, as numpy.load lists it.
[[nodiscard]] std::vector<std::string> npzKeys(const std::string& bytes, const std::string& origin);

// An archive numpy.load reads back (DEFLATE members, like np.savez_compressed): square schemes as
// a plain (3, n*n, R) array, rectangular ones as AlphaTensor's pickled object array (so
// numpy.load needs allow_pickle=True for them). Integer schemes are stored as int64, others as
// float64, which must hold every coefficient exactly. Throws std::invalid_argument for a key
// that is not the scheme's "n,m,p", a repeated key, or a coefficient float64 cannot hold
// (1/3); std::runtime_error if the archive cannot be assembled.
[[nodiscard]] std::string writeNpz(const std::vector<NpzScheme>& schemes);

}  // namespace tg
