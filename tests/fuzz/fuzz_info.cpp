// libFuzzer target for what `tensorgame-cli info` and the app's panels compute on a loaded
// scheme: cost, shared-subexpression additions, formulas and exact verification in every field.
// A loaded scheme is legal input: nothing here may throw, except ArithmeticOverflow where a
// count is documented to be "too large" (info then says so).
#include "FuzzInput.h"
#include "core/io/Formula.h"
#include "core/tensor/Cost.h"
#include "core/tensor/Verification.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    for (const tg::LoadedScheme& l : tg::fuzz::load(data, size)) {
        const tg::Scheme& s = l.scheme;
        try {
            (void)tg::cost(s);
            (void)tg::additionsWithSharingWithin(s);  // as info and the formula panel do
        } catch (const tg::ArithmeticOverflow&) {
        }
        for (int r = 0; r < s.rank(); ++r)
            (void)tg::productFormula(s.size, s.terms[std::size_t(r)], r);
        (void)tg::entryFormulas(s);
        (void)tg::verifyAll(s);
    }
    return 0;
}
