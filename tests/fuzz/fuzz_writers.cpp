// libFuzzer target for every writer: a scheme the program loads is written in each format it
// can write and read back, and must come back equal: the same terms in the same order, except
// what a format documents it leaves out (docs/formats.md): the reduced JSON drops terms with a
// zero factor, and the .exp form has no size field, so a scheme in which some row or column of
// A, B or C never occurs reads back smaller (compared only when the size survives). Writers may
// refuse a scheme they cannot hold with std::invalid_argument (SchemeFormat.h); any other
// exception, a crash or a different scheme read back is a finding.
#include <cstdlib>
#include <stdexcept>

#include "FuzzInput.h"
#include "core/io/SchemeFormat.h"

namespace {

std::vector<tg::Term> nonZeroTerms(const tg::Scheme& s) {
    std::vector<tg::Term> out;
    for (const tg::Term& t : s.terms)
        if (!t.hasZeroFactor()) out.push_back(t);
    return out;
}

// Writes, then reads back through the same entry point a user's file goes through.
void roundTrip(const tg::Scheme& s, const tg::FormatInfo& info) {
    std::string bytes;
    try {
        bytes = tg::writeSchemes(info.format, {s});
    } catch (const std::invalid_argument&) {
        return;  // this format cannot hold the scheme, and says so
    } catch (const tg::ArithmeticOverflow&) {
        return;  // a count or scaling that does not fit 64 bits, reported as such
    }
    if (!info.readable) return;
    const std::string ext =
        std::string(info.extensions).substr(0, std::string(info.extensions).find(' '));
    const auto path = tg::fuzz::scratchFolder() / ("back" + ext);
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
    const auto back = tg::loadSchemes(path.string());  // a LoadError here is a finding
    if (back.size() != 1) std::abort();
    const tg::Scheme& read = back.front().scheme;
    if (info.format == tg::SchemeFormat::Exp && read.size != s.size) return;
    if (read.size != s.size) std::abort();
    if (info.format == tg::SchemeFormat::FmmReducedJson) {
        if (nonZeroTerms(read) != nonZeroTerms(s)) std::abort();
    } else if (read.terms != s.terms) {
        std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    for (const tg::LoadedScheme& l : tg::fuzz::load(data, size))
        for (const tg::FormatInfo& info : tg::allFormats())
            if (info.writable) roundTrip(l.scheme, info);
    return 0;
}
