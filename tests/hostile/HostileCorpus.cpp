#include "HostileCorpus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/io/ZipArchive.h"

namespace tg::testing {

namespace {

QByteArray repeated(const char* s, int n) {
    return QByteArray(s).repeated(n);
}

// An FMM JSON scheme of <2,2,2> whose u/v/w are given as raw JSON text.
QByteArray fmmJson(const QByteArray& n, const QByteArray& m, const QByteArray& u,
                   const QByteArray& v, const QByteArray& w) {
    return "{\"n\": " + n + ", \"m\": " + m + ", \"z2\": false, \"u\": " + u + ", \"v\": " + v +
           ", \"w\": " + w + "}";
}

// Strassen's scheme in FMM JSON with one u entry replaced by `entry`.
QByteArray strassenWith(const QByteArray& entry) {
    const QByteArray u =
        "[[" + entry + ",0,0,1],[0,0,1,1],[1,0,0,0],[0,0,0,1],[1,1,0,0],[-1,0,1,0],[0,1,0,-1]]";
    const QByteArray v =
        "[[1,0,0,1],[1,0,0,0],[0,1,0,-1],[-1,0,1,0],[0,0,0,1],[1,1,0,0],[0,0,1,1]]";
    const QByteArray w =
        "[[1,0,0,1],[0,0,1,-1],[0,1,0,1],[1,0,1,0],[-1,1,0,0],[0,0,0,1],[1,0,0,0]]";
    return fmmJson("[2,2,2]", "7", u, v, w);
}

QByteArray projectJson(const QByteArray& terms, const QByteArray& size = "[2,2,2]") {
    return "{\"format\": \"tensorgame-explorer\", \"version\": 1, \"kind\": \"scheme\", "
           "\"size\": " +
           size + ", \"field\": \"Z\", \"terms\": " + terms + "}";
}

QByteArray reducedJson(const QByteArray& uFresh, const QByteArray& u) {
    const QByteArray one = "[{\"index\": 0, \"value\": 1}]";
    QByteArray lists;
    for (int i = 0; i < 8; ++i) lists += (i ? "," : "") + one;
    return "{\"n\": [2,2,2], \"m\": 8, \"z2\": false, \"complexity\": {\"naive\": 0, \"reduced\": "
           "0},"
           " \"u_fresh\": " +
           uFresh + ", \"u\": " + u + ", \"v_fresh\": [], \"v\": [" + lists +
           "], \"w_fresh\": [], \"w\": [" + lists.left(lists.size() / 2) + "]}";
}

QByteArray zip(const std::vector<tg::ZipMember>& members) {
    const std::string bytes = tg::writeZip(members);
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

// An NPY v1.0 header with `dict` padded to a 64-byte boundary, then `data`.
std::string npy(const std::string& dict, const std::string& data) {
    std::string header = dict;
    while ((10 + header.size() + 1) % 64 != 0) header += ' ';
    header += '\n';
    std::string out = "\x93NUMPY\x01\x00";
    out += char(header.size() & 0xff);
    out += char(header.size() >> 8);
    return out + header + data;
}

// A dense <16,16,16> scheme of `rank` terms in the .txt form: every coefficient 1.
QByteArray denseTxt(int rank) {
    QByteArray out = "16 16 16 " + QByteArray::number(rank) + "\n";
    const QByteArray row = repeated("1 ", 256 * rank);
    for (int f = 0; f < 3; ++f) out += row + "\n";
    return out;
}

}  // namespace

std::vector<HostileFile> hostileCorpus() {
    std::vector<HostileFile> c;
    const QByteArray int64Min = "-9223372036854775808";
    const QByteArray u64Max = "18446744073709551615";

    // --- FastMatrixMultiplication JSON ---
    c.push_back(
        {"deep-1e6.json", strassenWith(repeated("[", 1000000) + "1" + repeated("]", 1000000)), {}});
    c.push_back(
        {"deep-1e4.json", strassenWith(repeated("[", 10000) + "1" + repeated("]", 10000)), {}});
    c.push_back({"deep-object.json",
                 strassenWith(repeated("{\"a\":", 100000) + "1" + repeated("}", 100000)),
                 {}});
    c.push_back({"int64-min.json", strassenWith(int64Min), {}});
    c.push_back({"int64-max.json", strassenWith("9223372036854775807"), {}});
    c.push_back({"u64-max.json",
                 fmmJson("[2,2,2]", "1", "[[" + u64Max + ",0,0,0]]", "[[" + u64Max + ",0,0,0]]",
                         "[[1,0,0,0]]"),
                 "valid"});
    c.push_back({"wrapped-products.json", strassenWith(u64Max), "valid"});
    c.push_back(
        {"n-2pow32plus1.json", fmmJson("[4294967297,2,2]", "7", "[]", "[]", "[]"), "valid"});
    c.push_back({"n-negative.json", fmmJson("[-2,2,2]", "7", "[]", "[]", "[]"), {}});
    c.push_back({"n-scalar-huge.json", fmmJson("1000000", "1", "[]", "[]", "[]"), {}});
    c.push_back({"m-huge.json", fmmJson("[2,2,2]", "1000000000", "[]", "[]", "[]"), {}});
    c.push_back({"float-1e308.json", strassenWith("1e308"), {}});
    c.push_back({"float-tenth.json", strassenWith("0.1"), {}});
    c.push_back({"nan-ish.json", strassenWith("\"NaN\""), {}});
    c.push_back({"fraction-zero-den.json", strassenWith("\"1/0\""), {}});
    c.push_back({"fraction-huge.json", strassenWith("\"99999999999999999999999/3\""), {}});
    c.push_back({"fraction-int64-min.json", strassenWith("\"" + int64Min + "/1\""), {}});
    c.push_back({"wrong-types.json", fmmJson("\"2x2x2\"", "\"seven\"", "{}", "null", "true"), {}});
    c.push_back({"truncated.json", strassenWith("1").left(80), {}});
    c.push_back({"empty.json", "", {}});
    c.push_back({"nul-bytes.json", QByteArray(4096, '\0'), {}});
    c.push_back({"bom-garbage.json", "\xef\xbb\xbf\xff\xfe{\"n\":", {}});

    // --- the project's own JSON ---
    c.push_back(
        {"project-deep.json", projectJson(repeated("[", 1000000) + repeated("]", 1000000)), {}});
    {
        QByteArray terms = "[";
        const QByteArray t = "{\"u\":[1,0,0,0],\"v\":[1,0,0,0],\"w\":[1,0,0,0]}";
        for (int i = 0; i < 150000; ++i) terms += (i ? "," : "") + t;
        c.push_back({"project-150k-terms.json", projectJson(terms + "]"), {}});
    }
    c.push_back({"project-int64-min.json",
                 projectJson("[{\"u\":[" + int64Min + ",0,0,0],\"v\":[1,0,0,0],\"w\":[1,0,0,0]}]"),
                 {}});
    c.push_back({"project-u64.json",
                 projectJson("[{\"u\":[" + u64Max + ",0,0,0],\"v\":[1,0,0,0],\"w\":[1,0,0,0]}]"),
                 "valid"});
    c.push_back({"project-size-huge.json", projectJson("[]", "[4294967297,2,2]"), {}});
    c.push_back({"project-episode-garbage.json",
                 "{\"format\": \"tensorgame-explorer\", \"version\": 1, \"kind\": \"episode\", "
                 "\"moves\": 5}",
                 {}});
    c.push_back({"project-future-version.json",
                 "{\"format\": \"tensorgame-explorer\", \"version\": 99999999999999999999, "
                 "\"kind\": \"scheme\"}",
                 {}});

    // --- addition-reduced JSON ---
    c.push_back(
        {"reduced-self-reference_reduced.json",
         reducedJson("[[{\"index\": 4, \"value\": 1}]]", "[[{\"index\": 4, \"value\": 1}]]"),
         {}});
    c.push_back({"reduced-forward_reduced.json",
                 reducedJson("[[{\"index\": 5, \"value\": 1}], [{\"index\": 0, \"value\": 1}]]",
                             "[[{\"index\": 4, \"value\": 1}]]"),
                 {}});
    {
        // A chain in which each fresh variable uses the previous one twice: 2^2000 terms if
        // expanded naively.
        QByteArray fresh = "[[{\"index\": 0, \"value\": 1}, {\"index\": 1, \"value\": 1}]";
        for (int k = 1; k < 2000; ++k)
            fresh += ", [{\"index\": " + QByteArray::number(4 + k - 1) +
                     ", \"value\": 1}, {\"index\": " + QByteArray::number(4 + k - 1) +
                     ", \"value\": -1}]";
        c.push_back({"reduced-doubling-chain_reduced.json",
                     reducedJson(fresh + "]", "[[{\"index\": 2003, \"value\": 1}]]"),
                     {}});
    }
    c.push_back({"reduced-index-huge_reduced.json",
                 reducedJson("[]", "[[{\"index\": 99999999999, \"value\": 1}]]"),
                 {}});
    c.push_back({"reduced-index-negative-input_reduced.json",
                 reducedJson("[]", "[[{\"index\": -1, \"value\": 1}]]"),
                 {}});
    c.push_back({"reduced-value-int64-min_reduced.json",
                 reducedJson("[]", "[[{\"index\": 0, \"value\": " + int64Min + "}]]"),
                 {}});

    // --- Kauers–Moosbauer .exp ---
    c.push_back({"exp-nested-600k.exp",
                 repeated("(", 300000) + "a11" + repeated(")", 300000) + "*b11*c11\n",
                 {}});
    c.push_back({"exp-unbalanced.exp", repeated("(", 100000) + "a11*b11*c11\n", {}});
    c.push_back({"exp-many-lines.exp", repeated("(a11+a12)*(b11-b21)*(c11+c12)\n", 200000), {}});
    c.push_back({"exp-index-huge.exp", "a99999999999*b11*c11\n", {}});
    c.push_back({"exp-coefficient-int64-min.exp", int64Min + "*a11*b11*c11\n", {}});
    c.push_back({"exp-coefficient-huge.exp", "99999999999999999999999*a11*b11*c11\n", {}});
    c.push_back({"exp-garbage.exp", "(a11 b11) c11 ** ))(( \x01\x02\n", {}});
    c.push_back({"exp-four-factors.exp", "a11*b11*c11*a11\n", {}});
    c.push_back({"444-47-mod2.exp", "a11*b11*c11\n", "valid"});

    // --- Maple .mpl and Mathematica .m ---
    const QByteArray matrix = "Matrix(2, 2, [[1,0],[0,1]])";
    const auto triad = [&](const QByteArray& entry) {
        return "TriadSet([Triad([Matrix(2, 2, [[" + entry + ",0],[0,1]]), " + matrix + ", " +
               matrix + "])])";
    };
    c.push_back({"mpl-deep-expression_tensor.mpl",
                 triad(repeated("(", 200000) + "1" + repeated(")", 200000)),
                 {}});
    c.push_back({"mpl-long-expression_tensor.mpl", triad("1" + repeated("+1", 400000)), {}});
    c.push_back({"mpl-power-huge_tensor.mpl", triad("2**9999999999"), {}});
    c.push_back({"mpl-power-overflow_tensor.mpl", triad("3**60*3**60"), {}});
    c.push_back({"mpl-division-by-zero_tensor.mpl", triad("1/(1-1)"), {}});
    c.push_back({"mpl-int64-min_tensor.mpl", triad(int64Min), {}});
    c.push_back(
        {"mpl-matrix-huge_tensor.mpl",
         "TriadSet([Triad([Matrix(999999, 999999, [[1]]), " + matrix + ", " + matrix + "])])",
         {}});
    c.push_back(
        {"mpl-many-triads_tensor.mpl",
         "TriadSet([" +
             repeated("Triad([Matrix(1, 1, [[1]]), Matrix(1, 1, [[1]]), Matrix(1, 1, [[1]])]),",
                      120000) +
             "])",
         {}});
    c.push_back({"deep-braces.m", repeated("{", 1000000) + repeated("}", 1000000), {}});
    c.push_back({"m-int64-min.m", "{{{{" + int64Min + "}},{{1}},{{1}}}}", {}});

    // --- plain .txt ---
    c.push_back({"dense-16x16x16-rank400.txt", denseTxt(400), {}});
    c.push_back({"txt-int64-min.txt", "1 1 1 1\n" + int64Min + "\n1\n1\n", {}});
    c.push_back({"txt-ratio-int64-min.txt", "1 1 1 1\n" + int64Min + "/3\n1\n1\n", {}});
    c.push_back({"txt-ratio-zero.txt", "1 1 1 1\n1/0\n1\n1\n", {}});
    c.push_back({"txt-rank-huge.txt", "2 2 2 1000000000\n1 0 0 1\n", {}});
    c.push_back({"txt-size-huge.txt", "99999 2 2 1\n", {}});
    c.push_back({"txt-truncated.txt", "2 2 2 7\n1 0 0 1 0 0", {}});

    // --- AlphaTensor .npz ---
    c.push_back({"empty.npz", zip({}), {}});
    c.push_back({"no-npy-members.npz", zip({{"readme.txt", "hello"}}), {}});
    c.push_back(
        {"npy-shape-huge.npz",
         zip({{"2,2,2.npy",
               npy("{'descr': '<i8', 'fortran_order': False, 'shape': (3, 4, 999999999999), }",
                   "")}}),
         {}});
    c.push_back(
        {"npy-int64-min.npz",
         zip({{"1,1,1.npy",
               npy("{'descr': '<i8', 'fortran_order': False, 'shape': (3, 1, 1), }",
                   std::string("\x00\x00\x00\x00\x00\x00\x00\x80", 8) + std::string(16, '\0'))}}),
         {}});
    c.push_back(
        {"npy-pickle-os-system.npz",
         zip({{"2,2,3.npy", npy("{'descr': '|O', 'fortran_order': False, 'shape': (3,), }",
                                "\x80\x03"
                                "cos\nsystem\nq\x00X\x05\x00\x00\x00touchq\x01\x85q\x02Rq\x03.")}}),
         {}});
    c.push_back(
        {"npy-truncated.npz",
         zip({{"2,2,2.npy", npy("{'descr': '<i8', 'fortran_order': False, 'shape': (3, 4, 7), }",
                                std::string(10, '\1'))}}),
         {}});
    c.push_back({"not-a-zip.npz", "PK\x03\x04" + QByteArray(100, '\xff'), {}});

    // --- files that are not what their name says ---
    c.push_back({"random.json", QByteArray::fromHex("deadbeef00ff10203040506070809"), {}});
    c.push_back({"png-as.exp", QByteArray::fromHex("89504e470d0a1a0a0000000d49484452"), {}});
    c.push_back({"directory-name.txt", "\n\n\n", {}});
    return c;
}

}  // namespace tg::testing
