// libFuzzer target for one reader, chosen at compile time by TG_FUZZ_READER (one binary per
// reader; see CMakeLists.txt). A reader may reject input only with LoadError: any other
// exception, crash, sanitizer report, leak or runaway allocation is a finding.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/io/ExpFormat.h"
#include "core/io/FmmJsonFormat.h"
#include "core/io/FmmReducedJson.h"
#include "core/io/LoadError.h"
#include "core/io/MatrixListFormats.h"
#include "core/io/ProjectJson.h"
#include "core/io/TxtFormat.h"

#define TG_READER_exp 1
#define TG_READER_txt 2
#define TG_READER_mathematica 3
#define TG_READER_maple 4
#define TG_READER_fmmjson 5
#define TG_READER_project 6
#define TG_CONCAT(a, b) a##b
#define TG_READER_ID(name) TG_CONCAT(TG_READER_, name)

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
#if TG_READER_ID(TG_FUZZ_READER) == TG_READER_exp
        (void)tg::readExp(text, "fuzz");
#elif TG_READER_ID(TG_FUZZ_READER) == TG_READER_txt
        (void)tg::readTxt(text, "fuzz");
#elif TG_READER_ID(TG_FUZZ_READER) == TG_READER_mathematica
        (void)tg::readMathematica(text, "fuzz");
#elif TG_READER_ID(TG_FUZZ_READER) == TG_READER_maple
        (void)tg::readMaple(text, "fuzz");
#elif TG_READER_ID(TG_FUZZ_READER) == TG_READER_fmmjson
        // Both FastMatrixMultiplication JSON readers: the plain form and the addition-reduced one.
        try {
            (void)tg::readFmmReducedJson(text, "fuzz");
        } catch (const tg::LoadError&) {
        }
        (void)tg::readFmmJson(text, "fuzz");
#elif TG_READER_ID(TG_FUZZ_READER) == TG_READER_project
        (void)tg::parseProjectJson(text, "fuzz");
#else
#error "TG_FUZZ_READER names no reader"
#endif
    } catch (const tg::LoadError&) {
    }
    return 0;
}
