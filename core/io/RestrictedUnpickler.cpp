#include "core/io/RestrictedUnpickler.h"

#include <optional>
#include <unordered_map>

#include "core/io/LoadError.h"
#include "core/io/PickleOpcodes.h"

namespace tg {

namespace {

using namespace pickleops;

// Real pickles of a (3,) object array build about 60 objects; these caps keep a hostile pickle
// from growing the machine without bound while leaving ample room.
constexpr std::size_t kMaxNodes = 1 << 16;
constexpr std::size_t kMaxStack = 1 << 16;
constexpr std::size_t kMaxItems = 1 << 20;

std::string hexByte(unsigned char c) {
    const char* digits = "0123456789abcdef";
    return std::string("0x") + digits[c >> 4] + digits[c & 15];
}

enum class GlobalId : std::int64_t { Reconstruct, NdArray, Dtype };

// The allow-list. Anything else a pickle names is refused before it is used in any way.
GlobalId resolveGlobal(std::string_view module, std::string_view name) {
    if ((module == "numpy.core.multiarray" || module == "numpy._core.multiarray") &&
        name == "_reconstruct")
        return GlobalId::Reconstruct;
    if (module == "numpy" && name == "ndarray") return GlobalId::NdArray;
    if (module == "numpy" && name == "dtype") return GlobalId::Dtype;
    throw LoadError("pickle refers to the global " + printableExcerpt(module) + "." +
                    printableExcerpt(name) +
                    ", which is refused (only numpy.core.multiarray._reconstruct, numpy.ndarray "
                    "and numpy.dtype are allowed)");
}

struct Instruction {
    unsigned char code = 0;
    std::size_t offset = 0;
    std::int64_t number = 0;  // integer argument: value, memo index, protocol
    std::string_view text;    // string or bytes argument; GLOBAL's module
    std::string_view name;    // GLOBAL's name
};

// Splits a pickle into instructions with their arguments, checking every length against the
// bytes that are actually there.
class Decoder {
  public:
    explicit Decoder(std::string_view pickle) : p_(pickle) {}

    Instruction next() {
        if (pos_ >= p_.size()) throw LoadError("pickle ends without STOP (truncated?)");
        Instruction in;
        in.offset = pos_;
        in.code = static_cast<unsigned char>(p_[pos_++]);
        switch (in.code) {
            case kProto:
            case kBinPut:
            case kBinGet:
            case kBinInt1:
                in.number = unsignedArg(1);
                break;
            case kBinInt2:
                in.number = unsignedArg(2);
                break;
            case kLongBinPut:
            case kLongBinGet:
                in.number = unsignedArg(4);
                break;
            case kBinInt:
                in.number = static_cast<std::int32_t>(unsignedArg(4));
                break;
            case kFrame:
                static_cast<void>(unsignedArg(8));
                break;  // frames are transparent
            case kLong1:
                in.number = long1();
                break;
            case kGlobal:
                in.text = line();
                in.name = line();
                break;
            case kShortBinUnicode:
            case kShortBinBytes:
            case kShortBinString:
                in.text = take(unsignedArg(1));
                break;
            case kBinUnicode:
            case kBinBytes:
                in.text = take(unsignedArg(4));
                break;
            case kBinString:
                in.text = take(static_cast<std::int32_t>(unsignedArg(4)));
                break;
            case kBinUnicode8:
            case kBinBytes8:
                in.text = take(unsignedArg(8));
                break;
            case kMark:
            case kStop:
            case kNone:
            case kReduce:
            case kAppend:
            case kBuild:
            case kAppends:
            case kList:
            case kTuple:
            case kEmptyList:
            case kEmptyTuple:
            case kTuple1:
            case kTuple2:
            case kTuple3:
            case kNewTrue:
            case kNewFalse:
            case kStackGlobal:
            case kMemoize:
                break;
            default:
                throw LoadError("unsupported pickle opcode " + hexByte(in.code) + " at offset " +
                                std::to_string(in.offset));
        }
        return in;
    }

  private:
    [[noreturn]] void truncated() const {
        throw LoadError("pickle is truncated (at offset " + std::to_string(pos_) + ")");
    }
    std::string_view take(std::int64_t n) {
        if (n < 0) throw LoadError("negative length in pickle at offset " + std::to_string(pos_));
        if (static_cast<std::uint64_t>(n) > p_.size() - pos_) truncated();
        const std::string_view s = p_.substr(pos_, static_cast<std::size_t>(n));
        pos_ += static_cast<std::size_t>(n);
        return s;
    }
    std::int64_t unsignedArg(int bytes) {
        const std::string_view s = take(bytes);
        const std::uint64_t v = readLittleEndian(s, 0, bytes);
        // An 8-byte length beyond int64 cannot fit in memory anyway.
        if (v > static_cast<std::uint64_t>(INT64_MAX)) truncated();
        return static_cast<std::int64_t>(v);
    }
    std::int64_t long1() {
        const auto n = static_cast<int>(unsignedArg(1));
        if (n > 8) throw LoadError("integer too large in pickle at offset " + std::to_string(pos_));
        const std::string_view s = take(n);
        std::uint64_t v = n == 0 ? 0 : readLittleEndian(s, 0, n);
        if (n > 0 && n < 8 && (v >> (8 * n - 1)) != 0) v |= ~std::uint64_t{0} << (8 * n);
        return static_cast<std::int64_t>(v);
    }
    std::string_view line() {
        const std::size_t end = p_.find('\n', pos_);
        if (end == std::string_view::npos) truncated();
        const std::string_view s = p_.substr(pos_, end - pos_);
        pos_ = end + 1;
        return s;
    }

    std::string_view p_;
    std::size_t pos_ = 0;
};

enum class Kind : std::uint8_t { None, Bool, Int, Text, Bytes, Tuple, List, Global, Dtype, Array };

struct Node {
    Kind kind = Kind::None;
    std::int64_t number = 0;             // Int and Bool values; GlobalId
    std::string_view text;               // Text and Bytes values; a Dtype's name
    std::vector<std::uint32_t> items;    // Tuple and List elements
    std::optional<std::uint32_t> state;  // Dtype and Array: what BUILD gave them
};

// The stack machine. Objects live in one arena and are referred to by index, so that the memo
// and BUILD can share and update them, and cycles a hostile pickle makes cost nothing.
class Machine {
  public:
    explicit Machine(std::string_view pickle) : decoder_(pickle) {}

    std::uint32_t run() {
        for (;;) {
            const Instruction in = decoder_.next();
            if (in.code == kStop) return pop(in);
            execute(in);
        }
    }

    [[nodiscard]] const Node& node(std::uint32_t i) const { return nodes_[i]; }

  private:
    [[noreturn]] static void fail(const Instruction& in, const std::string& what) {
        throw LoadError("pickle " + what + " (opcode " + hexByte(in.code) + " at offset " +
                        std::to_string(in.offset) + ")");
    }

    void execute(const Instruction& in) {
        switch (in.code) {
            case kProto:
                if (in.number > 5) fail(in, "uses unknown protocol " + std::to_string(in.number));
                break;
            case kFrame:
                break;
            case kGlobal:
                push(in, add(in, global(resolveGlobal(in.text, in.name))));
                break;
            case kStackGlobal:
                stackGlobal(in);
                break;
            case kBinPut:
            case kLongBinPut:
                memoize(in, in.number);
                break;
            case kMemoize:
                memoize(in, static_cast<std::int64_t>(memo_.size()));
                break;
            case kBinGet:
            case kLongBinGet: {
                const auto it = memo_.find(in.number);
                if (it == memo_.end())
                    fail(in, "reads memo index " + std::to_string(in.number) + " never stored");
                push(in, it->second);
                break;
            }
            case kMark:
                if (marks_.size() >= kMaxStack) fail(in, "has too many marks");
                marks_.push_back(stack_.size());
                break;
            case kTuple:
                push(in, add(in, sequence(Kind::Tuple, popMark(in))));
                break;
            case kList:
                push(in, add(in, sequence(Kind::List, popMark(in))));
                break;
            case kEmptyTuple:
                push(in, add(in, sequence(Kind::Tuple, {})));
                break;
            case kEmptyList:
                push(in, add(in, sequence(Kind::List, {})));
                break;
            case kTuple1:
            case kTuple2:
            case kTuple3:
                push(in, add(in, sequence(Kind::Tuple, popN(in, in.code - kTuple1 + 1))));
                break;
            case kAppend:
                appendTo(in, {pop(in)});
                break;
            case kAppends:
                appendTo(in, popMark(in));
                break;
            case kBinInt:
            case kBinInt1:
            case kBinInt2:
            case kLong1:
                push(in, add(in, scalar(Kind::Int, in.number)));
                break;
            case kNewTrue:
                push(in, add(in, scalar(Kind::Bool, 1)));
                break;
            case kNewFalse:
                push(in, add(in, scalar(Kind::Bool, 0)));
                break;
            case kNone:
                push(in, add(in, scalar(Kind::None, 0)));
                break;
            case kShortBinUnicode:
            case kBinUnicode:
            case kBinUnicode8:
                push(in, add(in, text(Kind::Text, in.text)));
                break;
            case kShortBinBytes:
            case kBinBytes:
            case kBinBytes8:
            case kShortBinString:  // Python 2's str: bytes
            case kBinString:
                push(in, add(in, text(Kind::Bytes, in.text)));
                break;
            case kReduce:
                reduce(in);
                break;
            case kBuild:
                build(in);
                break;
            default:
                fail(in, "opcode not handled");
        }
    }

    static Node scalar(Kind kind, std::int64_t value) {
        Node n;
        n.kind = kind;
        n.number = value;
        return n;
    }
    static Node text(Kind kind, std::string_view value) {
        Node n;
        n.kind = kind;
        n.text = value;
        return n;
    }
    static Node global(GlobalId id) { return scalar(Kind::Global, static_cast<std::int64_t>(id)); }
    static Node sequence(Kind kind, std::vector<std::uint32_t> items) {
        Node n;
        n.kind = kind;
        n.items = std::move(items);
        return n;
    }

    std::uint32_t add(const Instruction& in, Node n) {
        itemCount_ += n.items.size();
        if (nodes_.size() >= kMaxNodes || itemCount_ > kMaxItems)
            fail(in, "builds too many objects");
        nodes_.push_back(std::move(n));
        return static_cast<std::uint32_t>(nodes_.size() - 1);
    }
    void push(const Instruction& in, std::uint32_t i) {
        if (stack_.size() >= kMaxStack) fail(in, "stack grows too deep");
        stack_.push_back(i);
    }
    // Items pushed before the innermost MARK are out of reach, as in Python's unpickler.
    [[nodiscard]] std::size_t floor() const { return marks_.empty() ? 0 : marks_.back(); }
    std::uint32_t top(const Instruction& in) const {
        if (stack_.size() <= floor()) fail(in, "stack underflow");
        return stack_.back();
    }
    std::uint32_t pop(const Instruction& in) {
        const std::uint32_t i = top(in);
        stack_.pop_back();
        return i;
    }
    std::vector<std::uint32_t> popN(const Instruction& in, int count) {
        if (stack_.size() < floor() + static_cast<std::size_t>(count)) fail(in, "stack underflow");
        std::vector<std::uint32_t> items(stack_.end() - count, stack_.end());
        stack_.resize(stack_.size() - static_cast<std::size_t>(count));
        return items;
    }
    std::vector<std::uint32_t> popMark(const Instruction& in) {
        if (marks_.empty()) fail(in, "has no MARK to close");
        const std::size_t mark = marks_.back();
        marks_.pop_back();
        std::vector<std::uint32_t> items(stack_.begin() + static_cast<std::ptrdiff_t>(mark),
                                         stack_.end());
        stack_.resize(mark);
        return items;
    }

    void memoize(const Instruction& in, std::int64_t index) {
        if (memo_.size() >= kMaxStack && !memo_.contains(index)) fail(in, "memoizes too much");
        memo_[index] = top(in);
    }

    void stackGlobal(const Instruction& in) {
        const Node& name = nodes_[pop(in)];
        const Node& module = nodes_[pop(in)];
        if (name.kind != Kind::Text || module.kind != Kind::Text)
            fail(in, "names a global with something other than strings");
        push(in, add(in, global(resolveGlobal(module.text, name.text))));
    }

    void appendTo(const Instruction& in, const std::vector<std::uint32_t>& items) {
        Node& list = nodes_[top(in)];
        if (list.kind != Kind::List) fail(in, "appends to something that is not a list");
        itemCount_ += items.size();
        if (itemCount_ > kMaxItems) fail(in, "builds too many objects");
        list.items.insert(list.items.end(), items.begin(), items.end());
    }

    // REDUCE calls a callable in Python. Here it only ever records what the two numpy
    // constructors were asked to make.
    void reduce(const Instruction& in) {
        const std::uint32_t argsIndex = pop(in);
        const Node& callable = nodes_[pop(in)];
        const Node& args = nodes_[argsIndex];
        if (callable.kind != Kind::Global) fail(in, "calls something that is not a global");
        if (args.kind != Kind::Tuple) fail(in, "calls with arguments that are not a tuple");
        const auto id = static_cast<GlobalId>(callable.number);
        Node made;
        if (id == GlobalId::Reconstruct) {
            if (args.items.size() != 3 || nodes_[args.items[0]].kind != Kind::Global ||
                static_cast<GlobalId>(nodes_[args.items[0]].number) != GlobalId::NdArray)
                fail(in, "calls _reconstruct with unexpected arguments");
            made.kind = Kind::Array;
        } else if (id == GlobalId::Dtype) {
            if (args.items.empty() || (nodes_[args.items[0]].kind != Kind::Text &&
                                       nodes_[args.items[0]].kind != Kind::Bytes))
                fail(in, "calls numpy.dtype without a type name");
            made.kind = Kind::Dtype;
            made.text = nodes_[args.items[0]].text;
        } else {
            fail(in, "calls numpy.ndarray directly");
        }
        push(in, add(in, std::move(made)));
    }

    // BUILD is __setstate__ in Python; here it attaches the state to the array or dtype.
    void build(const Instruction& in) {
        const std::uint32_t state = pop(in);
        Node& target = nodes_[top(in)];
        if (target.kind != Kind::Array && target.kind != Kind::Dtype)
            fail(in, "sets the state of something that is not an array or dtype");
        if (target.state) fail(in, "sets the state of an object twice");
        target.state = state;
    }

    Decoder decoder_;
    std::vector<Node> nodes_;
    std::vector<std::uint32_t> stack_;
    std::vector<std::size_t> marks_;
    std::unordered_map<std::int64_t, std::uint32_t> memo_;
    std::size_t itemCount_ = 0;
};

// Every GLOBAL is checked (and every opcode known, every length in bounds) before the machine
// runs, so a refused global is reported as such whatever else the pickle does first.
void prescan(std::string_view pickle) {
    Decoder decoder(pickle);
    for (;;) {
        const Instruction in = decoder.next();
        if (in.code == kGlobal) static_cast<void>(resolveGlobal(in.text, in.name));
        if (in.code == kStop) return;
    }
}

// Reads what the unpickled objects describe: a (3,) object array of 2-d numeric arrays.
class Extractor {
  public:
    explicit Extractor(const Machine& m) : m_(m) {}

    std::vector<NpyArray> objectArray(std::uint32_t root) const {
        const State s = arrayState(root, "the pickled object");
        const std::string dtype = dtypeName(s.dtype);
        if (dtype != "O" && dtype != "O4" && dtype != "O8")
            throw LoadError("the pickled array has dtype '" + dtype + "', not an object array");
        if (s.shape != std::vector<std::int64_t>{3})
            throw LoadError("the pickled object array has shape " + formatNpyShape(s.shape) +
                            ", expected (3,)");
        const Node& list = m_.node(s.data);
        if (list.kind != Kind::List || list.items.size() != 3)
            throw LoadError("the pickled object array does not hold a list of three arrays");
        std::vector<NpyArray> out;
        for (std::size_t i = 0; i < 3; ++i) out.push_back(numeric(list.items[i], i));
        return out;
    }

  private:
    struct State {
        std::vector<std::int64_t> shape;
        std::uint32_t dtype = 0;
        bool fortran = false;
        std::uint32_t data = 0;
    };

    // ndarray.__setstate__ takes (version, shape, dtype, is_fortran, data); very old pickles
    // leave out the version.
    State arrayState(std::uint32_t index, const std::string& what) const {
        const Node& n = m_.node(index);
        if (n.kind != Kind::Array || !n.state) throw LoadError(what + " is not a numpy array");
        const Node& t = m_.node(*n.state);
        const bool versioned = t.items.size() == 5;
        if (t.kind != Kind::Tuple || (t.items.size() != 4 && !versioned))
            throw LoadError(what + " has an unexpected array state");
        const std::size_t base = versioned ? 1 : 0;
        State s;
        const Node& shape = m_.node(t.items[base]);
        if (shape.kind != Kind::Tuple) throw LoadError(what + " has no shape tuple");
        for (std::uint32_t d : shape.items) {
            const Node& dim = m_.node(d);
            if (dim.kind != Kind::Int || dim.number < 0)
                throw LoadError(what + " has a shape entry that is not a size");
            s.shape.push_back(dim.number);
        }
        s.dtype = t.items[base + 1];
        const Node& fortran = m_.node(t.items[base + 2]);
        if (fortran.kind != Kind::Bool && fortran.kind != Kind::Int)
            throw LoadError(what + " has no storage order flag");
        s.fortran = fortran.number != 0;
        s.data = t.items[base + 3];
        return s;
    }

    std::string dtypeName(std::uint32_t index) const {
        const Node& n = m_.node(index);
        if (n.kind != Kind::Dtype) throw LoadError("a pickled array has no numpy.dtype");
        return printableExcerpt(n.text);
    }

    // dtype.__setstate__ takes (version, byte order, ...); numpy writes '<' on little-endian
    // machines, '>' on big-endian ones, which this reader does not convert.
    std::string byteOrder(std::uint32_t index) const {
        const Node& n = m_.node(index);
        if (!n.state) return "=";
        const Node& t = m_.node(*n.state);
        if (t.kind != Kind::Tuple || t.items.size() < 2) return "?";
        const Node& order = m_.node(t.items[1]);
        if (order.kind != Kind::Text && order.kind != Kind::Bytes) return "?";
        return printableExcerpt(order.text);
    }

    NpyArray numeric(std::uint32_t index, std::size_t position) const {
        const std::string what = "element " + std::to_string(position) + " of the object array";
        State s = arrayState(index, what);
        const std::string descr = byteOrder(s.dtype) + dtypeName(s.dtype);
        const auto dtype = parseNpyDescr(descr);
        if (!dtype || *dtype == NpyDtype::Object)
            throw LoadError(what + " has unsupported dtype '" + descr +
                            "' (readable: <i4, <i8, <f8)");
        if (s.shape.size() != 2)
            throw LoadError(what + " has shape " + formatNpyShape(s.shape) + ", expected 2-d");
        const Node& data = m_.node(s.data);
        if (data.kind != Kind::Bytes) throw LoadError(what + " has no raw data");
        try {
            return makeNpyArray(*dtype, std::move(s.shape), s.fortran, data.text);
        } catch (const LoadError& e) {
            throw LoadError(what + ": " + e.what());
        }
    }

    const Machine& m_;
};

}  // namespace

std::vector<NpyArray> unpickleObjectArray(std::string_view pickle) {
    prescan(pickle);
    Machine machine(pickle);
    const std::uint32_t root = machine.run();
    return Extractor(machine).objectArray(root);
}

}  // namespace tg
