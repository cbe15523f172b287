#pragma once
// Little-endian binary fields for checkpoints and for what the ranks of a distributed search
// send each other. The reader never reads past its end: a short or damaged input throws
// std::runtime_error saying what was being read, which callers turn into their own errors.
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>

#include "core/search/SearchSnapshot.h"

namespace tg::search {

class ByteWriter {
  public:
    void u8(std::uint8_t v) { bytes_.push_back(static_cast<char>(v)); }
    void u32(std::uint32_t v) {
        for (int b = 0; b < 4; ++b) u8(static_cast<std::uint8_t>(v >> (8 * b)));
    }
    void u64(std::uint64_t v) {
        for (int b = 0; b < 8; ++b) u8(static_cast<std::uint8_t>(v >> (8 * b)));
    }
    void i64(long long v) { u64(static_cast<std::uint64_t>(v)); }
    void f64(double v) {
        std::uint64_t bits = 0;
        std::memcpy(&bits, &v, sizeof bits);
        u64(bits);
    }
    void raw(std::string_view s) { bytes_.append(s); }
    // `words` of each term: 3 mod 2, 6 over Z (the bit planes the ring uses).
    void terms(const PackedTerms& t, int words) {
        u32(static_cast<std::uint32_t>(t.size()));
        for (const PackedWords& p : t)
            for (int k = 0; k < words; ++k) u64(p.w[static_cast<std::size_t>(k)]);
    }
    [[nodiscard]] const std::string& bytes() const { return bytes_; }

  private:
    std::string bytes_;
};

class ByteReader {
  public:
    explicit ByteReader(std::string_view bytes) : bytes_(bytes) {}
    std::uint8_t u8(const char* what) {
        need(1, what);
        return static_cast<std::uint8_t>(bytes_[pos_++]);
    }
    std::uint32_t u32(const char* what) {
        need(4, what);
        std::uint32_t v = 0;
        for (int b = 0; b < 4; ++b)
            v |= static_cast<std::uint32_t>(static_cast<std::uint8_t>(bytes_[pos_++])) << (8 * b);
        return v;
    }
    std::uint64_t u64(const char* what) {
        need(8, what);
        std::uint64_t v = 0;
        for (int b = 0; b < 8; ++b)
            v |= static_cast<std::uint64_t>(static_cast<std::uint8_t>(bytes_[pos_++])) << (8 * b);
        return v;
    }
    long long i64(const char* what) { return static_cast<long long>(u64(what)); }
    double f64(const char* what) {
        const std::uint64_t bits = u64(what);
        double v = 0;
        std::memcpy(&v, &bits, sizeof v);
        return v;
    }
    std::string_view raw(std::size_t n, const char* what) {
        need(n, what);
        const std::string_view s = bytes_.substr(pos_, n);
        pos_ += n;
        return s;
    }
    // At most maxTerms terms; the count is checked against the bytes left before anything is
    // allocated, so a hostile count cannot ask for memory the input does not back.
    PackedTerms terms(int words, std::uint32_t maxTerms, const char* what) {
        const std::uint32_t n = u32(what);
        if (n > maxTerms || static_cast<std::uint64_t>(n) * 8U * static_cast<unsigned>(words) >
                                bytes_.size() - pos_)
            fail(what);
        PackedTerms out(n);
        for (PackedWords& p : out)
            for (int k = 0; k < words; ++k) p.w[static_cast<std::size_t>(k)] = u64(what);
        return out;
    }
    [[nodiscard]] bool atEnd() const { return pos_ == bytes_.size(); }
    [[noreturn]] static void fail(const std::string& what) {
        throw std::runtime_error("damaged or truncated at " + what);
    }

  private:
    void need(std::size_t n, const char* what) const {
        if (bytes_.size() - pos_ < n) fail(what);
    }
    std::string_view bytes_;
    std::size_t pos_ = 0;
};

}  // namespace tg::search
