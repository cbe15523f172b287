#pragma once
// The one error type readers throw: a message that names the file (or key, or line) and says
// what is wrong, fit to show a user as is.

#include <stdexcept>
#include <string>

namespace tg {

class LoadError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

}  // namespace tg
