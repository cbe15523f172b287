#pragma once
// Builders for tst_npz: paths of the published archives, hand-made zips, NPY members and
// pickles (well-formed and hostile) that exercise the npz reader. Test-only; included once.

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <bit>
#include <cmath>
#include <functional>
#include <map>

#include "core/catalog/Catalog.h"
#include "core/io/FileIO.h"
#include "core/io/LoadError.h"
#include "core/io/NpyArray.h"
#include "core/io/NpzFormat.h"
#include "core/io/PickleWriter.h"
#include "core/io/RestrictedUnpickler.h"
#include "core/tensor/Verification.h"

using namespace tg;

namespace {

const char* const kPython = "/usr/bin/python3";  // Debian's, with numpy (not the pyenv one)

std::string dataPath(const char* name) {
    return QString(TG_DATA_DIR "/published/alphatensor/%1").arg(name).toStdString();
}
std::string realFile(const char* name) {
    return readFileBytes(dataPath(name));
}

// --- building archives by hand, so that tests control every byte ---

std::uint32_t crc32(const std::string& data) {
    std::uint32_t crc = 0xffffffffU;
    for (char ch : data) {
        crc ^= static_cast<unsigned char>(ch);
        for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xedb88320U & (0U - (crc & 1U)));
    }
    return ~crc;
}

void put(std::string& out, std::uint64_t v, int bytes) {
    appendLittleEndian(out, v, bytes);
}

// A byte string from a literal that may hold NULs.
template <std::size_t N>
std::string bin(const char (&text)[N]) {
    return std::string(text, N - 1);
}

// A zip of STORED members, without the checks a real writer would make (names may repeat).
std::string storedZip(const std::vector<std::pair<std::string, std::string>>& members) {
    std::string out;
    std::string central;
    for (const auto& [name, data] : members) {
        const std::uint64_t offset = out.size();
        const auto size = static_cast<std::uint32_t>(data.size());
        const std::uint32_t crc = crc32(data);
        put(out, 0x04034b50, 4);
        put(out, 20, 2);
        put(out, 0, 2);
        put(out, 0, 2);     // stored
        put(out, 0, 2);     // time
        put(out, 0x21, 2);  // date: 1980-01-01
        put(out, crc, 4);
        put(out, size, 4);
        put(out, size, 4);
        put(out, name.size(), 2);
        put(out, 0, 2);
        out += name + data;
        put(central, 0x02014b50, 4);
        put(central, 20, 2);
        put(central, 20, 2);
        put(central, 0, 2);
        put(central, 0, 2);
        put(central, 0, 2);
        put(central, 0x21, 2);
        put(central, crc, 4);
        put(central, size, 4);
        put(central, size, 4);
        put(central, name.size(), 2);
        put(central, 0, 2);
        put(central, 0, 2);
        put(central, 0, 2);
        put(central, 0, 2);
        put(central, 0, 4);
        put(central, offset, 4);
        central += name;
    }
    const std::uint64_t centralOffset = out.size();
    out += central;
    put(out, 0x06054b50, 4);
    put(out, 0, 2);
    put(out, 0, 2);
    put(out, members.size(), 2);
    put(out, members.size(), 2);
    put(out, central.size(), 4);
    put(out, centralOffset, 4);
    put(out, 0, 2);
    return out;
}

// A one-member zip (as writeNpz makes it: no zip64, no data descriptor) whose declared
// uncompressed size is changed to `size`, in the local header and the central directory alike.
std::string withDeclaredSize(std::string zip, std::uint32_t size) {
    const std::size_t central = zip.find(bin("PK\x01\x02"));
    std::string field;
    put(field, size, 4);
    zip.replace(22, 4, field);
    if (central != std::string::npos) zip.replace(central + 24, 4, field);
    return zip;
}

// An NPY v1.0 member with any header dict text, padded like numpy's.
std::string npy(const std::string& dict, const std::string& data, char major = 1) {
    std::string h = dict;
    const std::size_t lengthBytes = major == 1 ? 2 : 4;
    while ((8 + lengthBytes + h.size() + 1) % 64 != 0) h += ' ';
    h += '\n';
    std::string out = std::string("\x93NUMPY", 6) + major + '\0';
    put(out, h.size(), static_cast<int>(lengthBytes));
    return out + h + data;
}

std::string int32s(const std::vector<int>& values) {
    std::string out;
    for (int v : values) put(out, static_cast<std::uint32_t>(v), 4);
    return out;
}

std::string doubles(const std::vector<double>& values) {
    std::string out;
    for (double v : values) put(out, std::bit_cast<std::uint64_t>(v), 8);
    return out;
}

// Strassen's scheme as AlphaTensor stores 2,2,2: entry [f][a][r] of a (3, 4, 7) array.
std::vector<int> strassenStacked(bool fortranOrder) {
    const Scheme s = strassenScheme();
    std::vector<int> out(3 * 4 * 7);
    for (int f = 0; f < 3; ++f)
        for (int a = 0; a < 4; ++a)
            for (int r = 0; r < 7; ++r) {
                const Term& t = s.terms[static_cast<std::size_t>(r)];
                const Factor& x = f == 0 ? t.u : f == 1 ? t.v : t.w;
                const int pos = fortranOrder ? f + 3 * (a + 4 * r) : (f * 4 + a) * 7 + r;
                out[static_cast<std::size_t>(pos)] =
                    static_cast<int>(x[static_cast<std::size_t>(a)].num());
            }
    return out;
}

std::string strassenMember() {
    return npy("{'descr': '<i4', 'fortran_order': False, 'shape': (3, 4, 7), }",
               int32s(strassenStacked(false)));
}

// The rectangular 2,2,3 scheme as the object-array member numpy writes, built from parts.
std::string objectMember(const std::string& pickle) {
    return formatNpyHeader(NpyDtype::Object, {3}) + pickle;
}

std::string hopcroftKerrPickle() {
    const Scheme s = hopcroftKerr223Scheme();
    std::vector<PickleMatrix> m;
    for (int f = 0; f < 3; ++f) {
        PickleMatrix pm;
        const auto rows = f == 0 ? s.size.uSize() : f == 1 ? s.size.vSize() : s.size.wSize();
        pm.rows = rows;
        pm.cols = s.rank();
        for (int a = 0; a < rows; ++a)
            for (const Term& t : s.terms) {
                const Factor& x = f == 0 ? t.u : f == 1 ? t.v : t.w;
                put(pm.data, static_cast<std::uint64_t>(x[static_cast<std::size_t>(a)].num()), 8);
            }
        m.push_back(std::move(pm));
    }
    return pickleObjectArray(NpyDtype::Int64, m);
}

std::string replaced(std::string s, const std::string& from, const std::string& to) {
    const auto at = s.find(from);
    if (at != std::string::npos) s.replace(at, from.size(), to);
    return s;
}

// The LoadError message `f` throws, or "" (and a test failure) if it throws nothing.
std::string loadErrorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const LoadError& e) {
        return e.what();
    }
    return {};
}

std::string readError(const std::string& bytes) {
    return loadErrorOf([&] { static_cast<void>(readNpz(bytes, "bad.npz")); });
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// Sum over factors f, entries a, terms r of 8*x * (1 + (7f + 13a + 31r) mod 101): a checksum
// numpy can compute the same way (AlphaTensor's coefficients are multiples of 1/8).
long long checksum(const Scheme& s) {
    long long total = 0;
    for (int f = 0; f < 3; ++f)
        for (std::size_t r = 0; r < s.terms.size(); ++r) {
            const Term& t = s.terms[r];
            const Factor& x = f == 0 ? t.u : f == 1 ? t.v : t.w;
            for (std::size_t a = 0; a < x.size(); ++a) {
                const long long eighths = x[a].num() * (8 / x[a].den());
                total +=
                    eighths *
                    (1 + (7 * f + 13 * static_cast<long long>(a) + 31 * static_cast<long long>(r)) %
                             101);
            }
        }
    return total;
}

const char* const kNumpyScript = R"(
import sys, zipfile, pickle, io
import numpy as np

def factors(a):
    return [a[0], a[1], a[2]]

def checksum(mats):
    t = 0
    for f, m in enumerate(mats):
        m = np.asarray(m, dtype=np.float64)
        x = np.rint(m * 8).astype(np.int64)
        assert np.all(x == m * 8), 'not a multiple of 1/8'
        a = np.arange(m.shape[0])[:, None]
        r = np.arange(m.shape[1])[None, :]
        t += int((x * (1 + (7 * f + 13 * a + 31 * r) % 101)).sum())
    return t

def describe(path):
    with np.load(path, allow_pickle=True) as d:
        for k in d.files:
            a = d[k]
            kind = 'object' if a.dtype == object else a.dtype.str
            inner = ','.join(m.dtype.str for m in a) if a.dtype == object else '-'
            shapes = ';'.join('x'.join(map(str, m.shape)) for m in factors(a))
            print(path.split('/')[-1], k, kind, inner, shapes, checksum(factors(a)))

mode, out = sys.argv[1], sys.argv[2]
for path in sys.argv[3:]:
    describe(path)
if mode == 'write':
    # What numpy itself writes, in the layouts a reader meets: Fortran order (plain and inside
    # the pickle) and a protocol 4 pickle as numpy 2 writes.
    with np.load(sys.argv[3], allow_pickle=True) as d:
        square = d['2,2,2']
        rect = d['2,2,3']
    obj = np.empty(3, dtype=object)
    for i in range(3):
        obj[i] = np.asfortranarray(rect[i].astype(np.int32))
    np.savez_compressed(out + '/numpy.npz', **{'2,2,2': np.asfortranarray(square), '2,2,3': obj})
    with zipfile.ZipFile(out + '/proto4.npz', 'w', zipfile.ZIP_DEFLATED) as z:
        b = io.BytesIO()
        np.lib.format.write_array_header_1_0(b, {'descr': '|O', 'fortran_order': False, 'shape': (3,)})
        pickle.dump(rect, b, protocol=4)
        z.writestr('2,2,3.npy', b.getvalue())
)";

}  // namespace
