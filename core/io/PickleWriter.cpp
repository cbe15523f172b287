#include "core/io/PickleWriter.h"

#include <stdexcept>

#include "core/io/PickleOpcodes.h"

namespace tg {

namespace {

using namespace pickleops;

// Emits the opcodes numpy's own pickles use for an object array, without the memo.
class Writer {
  public:
    std::string finish() {
        op(kStop);
        return std::move(out_);
    }
    void op(unsigned char code) { out_ += static_cast<char>(code); }
    void global(std::string_view module, std::string_view name) {
        op(kGlobal);
        out_.append(module).append("\n").append(name).append("\n");
    }
    void integer(std::int64_t v) {
        if (v < INT32_MIN || v > INT32_MAX)
            throw std::invalid_argument("value too large for a pickled shape");
        op(kBinInt);
        appendLittleEndian(out_, static_cast<std::uint64_t>(v), 4);
    }
    void unicode(std::string_view s) {
        op(kBinUnicode);
        appendLittleEndian(out_, s.size(), 4);
        out_.append(s);
    }
    void bytes(std::string_view s) {
        if (s.size() > UINT32_MAX) throw std::invalid_argument("array too large to pickle");
        op(kBinBytes);
        appendLittleEndian(out_, s.size(), 4);
        out_.append(s);
    }
    // _reconstruct(ndarray, (0,), b'b'): an empty array that BUILD then fills.
    void emptyArray() {
        global("numpy.core.multiarray", "_reconstruct");
        global("numpy", "ndarray");
        integer(0);
        op(kTuple1);
        bytes("b");
        op(kTuple3);
        op(kReduce);
    }
    void dtype(std::string_view name, std::string_view order, int flags) {
        global("numpy", "dtype");
        unicode(name);
        op(kNewFalse);
        op(kNewTrue);
        op(kTuple3);
        op(kReduce);
        op(kMark);
        integer(3);
        unicode(order);
        op(kNone);
        op(kNone);
        op(kNone);
        integer(-1);
        integer(-1);
        integer(flags);
        op(kTuple);
        op(kBuild);
    }

  private:
    std::string out_;
};

}  // namespace

std::string pickleObjectArray(NpyDtype dtype, const std::vector<PickleMatrix>& items) {
    if (dtype == NpyDtype::Object) throw std::invalid_argument("nested object arrays");
    const std::string descr = npyDescr(dtype);
    Writer w;
    w.op(kProto);
    w.op(3);
    w.emptyArray();
    w.op(kMark);
    w.integer(1);  // state version
    w.integer(static_cast<std::int64_t>(items.size()));
    w.op(kTuple1);
    w.dtype("O8", "|", 63);  // 63: the flags numpy gives object dtypes
    w.op(kNewFalse);
    w.op(kEmptyList);
    w.op(kMark);
    for (const PickleMatrix& item : items) {
        w.emptyArray();
        w.op(kMark);
        w.integer(1);
        w.integer(item.rows);
        w.integer(item.cols);
        w.op(kTuple2);
        w.dtype(descr.substr(1), descr.substr(0, 1), 0);
        w.op(kNewFalse);
        w.bytes(item.data);
        w.op(kTuple);
        w.op(kBuild);
    }
    w.op(kAppends);
    w.op(kTuple);
    w.op(kBuild);
    return w.finish();
}

}  // namespace tg
