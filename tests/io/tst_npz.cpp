// AlphaTensor's npz archives: every key of the published files loads and verifies in the right
// field, writing round-trips and numpy reads what we write (and we read what numpy writes),
// and hostile archives (corrupt zips, bombs, pickles naming os.system) are refused with a clear
// LoadError naming the file, the key and the problem.
#include <QtTest>

#include "NpzFixtures.h"

class TestNpz : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void realFileLoadsAndVerifiesOverQ() {
        const std::string bytes = realFile("factorizations_r.npz");
        const auto keys = npzKeys(bytes, "r.npz");
        QCOMPARE(keys.size(), std::size_t(93));
        const auto schemes = readNpz(bytes, "r.npz");
        QCOMPARE(schemes.size(), std::size_t(93));
        int rational = 0;
        for (std::size_t i = 0; i < schemes.size(); ++i) {
            const Scheme& s = schemes[i].scheme;
            QCOMPARE(schemes[i].key, keys[i]);
            QVERIFY2(verify(s, Field::Q).valid, schemes[i].key.c_str());
            QCOMPARE(verify(s, Field::Z).valid, s.isIntegral());
            QCOMPARE(s.field, s.isIntegral() ? Field::Z : Field::Q);
            QCOMPARE(s.name,
                     "AlphaTensor " + s.size.toString() + " rank " + std::to_string(s.rank()));
            QCOMPARE(s.description, "r.npz#" + schemes[i].key);
            rational += s.isIntegral() ? 0 : 1;
        }
        QCOMPARE(rational, 27);  // the f8 keys holding 1/2 or 1/8
    }

    void f2FileVerifiesOnlyModTwo() {
        const std::string bytes = realFile("factorizations_f2.npz");
        const auto schemes = readNpz(bytes, "f2.npz");
        QCOMPARE(schemes.size(), std::size_t(20));
        for (const NpzScheme& n : schemes) {
            QVERIFY2(verify(n.scheme, Field::Z2).valid, n.key.c_str());
            QVERIFY2(!verify(n.scheme, Field::Z).valid, n.key.c_str());
            QCOMPARE(n.scheme.field, Field::Z2);
        }
    }

    void spotChecks_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("rank");
        QTest::addColumn<int>("field");
        QTest::newRow("f2 4x4x4") << "factorizations_f2.npz"
                                  << "4,4,4" << 47 << int(Field::Z2);
        QTest::newRow("f2 5x5x5") << "factorizations_f2.npz"
                                  << "5,5,5" << 96 << int(Field::Z2);
        QTest::newRow("r 4x4x4") << "factorizations_r.npz"
                                 << "4,4,4" << 49 << int(Field::Z);
        QTest::newRow("r 3x4x5") << "factorizations_r.npz"
                                 << "3,4,5" << 47 << int(Field::Z);
        QTest::newRow("r 3x4x11 halves") << "factorizations_r.npz"
                                         << "3,4,11" << 103 << int(Field::Q);
        QTest::newRow("r 4x5x11 f8 integral") << "factorizations_r.npz"
                                              << "4,5,11" << 169 << int(Field::Z);
        QTest::newRow("r 11x11x11") << "factorizations_r.npz"
                                    << "11,11,11" << 896 << int(Field::Q);
        QTest::newRow("r 10x12x12") << "factorizations_r.npz"
                                    << "10,12,12" << 928 << int(Field::Q);
    }
    void spotChecks() {
        QFETCH(QString, file);
        QFETCH(QString, key);
        QFETCH(int, rank);
        QFETCH(int, field);
        const std::string bytes = realFile(file.toUtf8().constData());
        const auto keys = npzKeys(bytes, file.toStdString());
        QVERIFY(std::find(keys.begin(), keys.end(), key.toStdString()) != keys.end());
        const auto one = readNpz(bytes, file.toStdString(), key.toStdString());
        QCOMPARE(one.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(one[0].key), key);
        QCOMPARE(one[0].scheme.rank(), rank);
        QCOMPARE(int(one[0].scheme.field), field);
        QCOMPARE(one[0].scheme.size, *TensorSize::parse(key.toStdString()));
    }

    void missingKeyIsNamed() {
        const std::string bytes = realFile("factorizations_f2.npz");
        const std::string msg =
            loadErrorOf([&] { static_cast<void>(readNpz(bytes, "f2.npz", "9,9,1")); });
        QVERIFY2(contains(msg, "f2.npz: has no key 9,9,1") && contains(msg, "2,2,2"), msg.c_str());
    }

    void roundTrip() {
        const std::string r = realFile("factorizations_r.npz");
        std::vector<NpzScheme> in;
        for (const char* key : {"2,2,2", "2,2,3", "3,4,11", "4,5,11", "9,9,9", "5,5,5"})
            in.push_back(readNpz(r, "r.npz", std::string(key))[0]);
        for (NpzScheme& n : readNpz(realFile("factorizations_f2.npz"), "f2.npz"))
            if (n.key == "4,4,4" || n.key == "3,4,5") in.push_back(std::move(n));
        const std::string written = writeNpz(in);
        QCOMPARE(writeNpz(in), written);  // reproducible bytes
        const auto out = readNpz(written, "out.npz");
        QCOMPARE(out.size(), in.size());
        for (std::size_t i = 0; i < in.size(); ++i) {
            QCOMPARE(out[i].key, in[i].key);
            QVERIFY2(sameTerms(out[i].scheme, in[i].scheme), in[i].key.c_str());
            QCOMPARE(out[i].scheme.field, in[i].scheme.field);
        }
        QCOMPARE(npzKeys(writeNpz({}), "empty.npz").size(), std::size_t(0));
    }

    void writerRefusesWhatItCannotStore() {
        Scheme third = strassenScheme();
        third.terms[0].u[0] = Rational(1, 3);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 static_cast<void>(writeNpz({{"2,2,2", third}})));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 static_cast<void>(writeNpz({{"2,2,3", strassenScheme()}})));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 static_cast<void>(writeNpz(
                                     {{"2,2,2", strassenScheme()}, {"2,2,2", strassenScheme()}})));
    }

    void numpyReadsOursAndWeReadNumpys() {
        if (!QFile::exists(kPython)) QSKIP("no /usr/bin/python3");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string r = realFile("factorizations_r.npz");
        std::vector<NpzScheme> ours;
        for (const char* key : {"2,2,2", "2,2,3", "3,4,11", "9,9,9", "4,5,11"})
            ours.push_back(readNpz(r, "r.npz", std::string(key))[0]);
        const QString oursPath = dir.filePath("ours.npz");
        writeFileAtomic(oursPath.toStdString(), writeNpz(ours));

        QProcess py;
        py.start(kPython, {"-c", kNumpyScript, "write", dir.path(), oursPath,
                           QString::fromStdString(dataPath("factorizations_r.npz")),
                           QString::fromStdString(dataPath("factorizations_f2.npz"))});
        QVERIFY(py.waitForFinished(120000));
        const QString err = QString::fromUtf8(py.readAllStandardError());
        if (err.contains("No module named 'numpy'")) QSKIP("numpy is not installed");
        QVERIFY2(py.exitCode() == 0, qPrintable(err));

        // One line per key: file key dtype inner-dtypes shapes checksum.
        std::map<std::string, QStringList> lines;
        for (const QString& line : QString::fromUtf8(py.readAllStandardOutput()).split('\n')) {
            const QStringList f = line.split(' ');
            if (f.size() == 6) lines[(f[0] + "#" + f[1]).toStdString()] = f;
        }
        QCOMPARE(lines.size(), std::size_t(5 + 93 + 20));
        const auto expectLine = [&](const std::string& file, const NpzScheme& n) {
            const QStringList& f = lines[file + "#" + n.key];
            QVERIFY2(!f.isEmpty(), n.key.c_str());
            const TensorSize& z = n.scheme.size;
            const QString shapes = QString("%1x%4;%2x%4;%3x%4")
                                       .arg(z.uSize())
                                       .arg(z.vSize())
                                       .arg(z.wSize())
                                       .arg(n.scheme.rank());
            QCOMPARE(f[4], shapes);
            QCOMPARE(f[5].toLongLong(), checksum(n.scheme));
        };
        for (const char* file : {"factorizations_r.npz", "factorizations_f2.npz"})
            for (const NpzScheme& n : readNpz(realFile(file), file)) expectLine(file, n);
        for (const NpzScheme& n : ours) expectLine("ours.npz", n);
        // Square keys are plain arrays (int64, or float64 when rational); rectangular ones pickled.
        QCOMPARE(lines["ours.npz#2,2,2"][2], QString("<i8"));
        QCOMPARE(lines["ours.npz#9,9,9"][2], QString("<f8"));
        QCOMPARE(lines["ours.npz#2,2,3"][2], QString("object"));
        QCOMPARE(lines["ours.npz#2,2,3"][3], QString("<i8,<i8,<i8"));
        QCOMPARE(lines["ours.npz#3,4,11"][3], QString("<f8,<f8,<f8"));

        // What numpy wrote: Fortran-ordered arrays and a protocol 4 pickle.
        for (const char* file : {"numpy.npz", "proto4.npz"}) {
            const std::string bytes = readFileBytes(dir.filePath(file).toStdString());
            for (const NpzScheme& n : readNpz(bytes, file)) {
                const auto& original = n.key == "2,2,2" ? ours[0] : ours[1];
                QVERIFY2(sameTerms(n.scheme, original.scheme), (file + ("#" + n.key)).c_str());
            }
        }
    }

    void fortranOrderAndVersion2() {
        const std::string f = npy("{'descr': '<i4', 'fortran_order': True, 'shape': (3, 4, 7), }",
                                  int32s(strassenStacked(true)));
        const std::string v2 = npy("{'descr': '<i4', 'fortran_order': False, 'shape': (3, 4, 7), }",
                                   int32s(strassenStacked(false)), 2);
        for (const std::string& member : {strassenMember(), f, v2}) {
            const auto s = readNpz(storedZip({{"2,2,2.npy", member}}), "x.npz");
            QVERIFY(sameTerms(s[0].scheme, strassenScheme()));
            QCOMPARE(s[0].scheme.field, Field::Z);
        }
        const auto hk =
            readNpz(storedZip({{"2,2,3.npy", objectMember(hopcroftKerrPickle())}}), "x");
        QVERIFY(sameTerms(hk[0].scheme, hopcroftKerr223Scheme()));
        // numpy 2 names numpy._core.multiarray.
        const std::string newer =
            replaced(hopcroftKerrPickle(), "numpy.core.multiarray", "numpy._core.multiarray");
        QVERIFY(sameTerms(readNpz(storedZip({{"2,2,3.npy", objectMember(newer)}}), "x")[0].scheme,
                          hopcroftKerr223Scheme()));
    }

    void badArchives_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");  // a part of the message
        const auto row = [](const char* name, const std::string& bytes, const char* expected) {
            QTest::newRow(name) << QByteArray::fromStdString(bytes) << QString(expected);
        };
        const std::string real = realFile("factorizations_f2.npz");
        const std::string strassen = strassenMember();
        const std::string okZip = storedZip({{"2,2,2.npy", strassen}});

        row("empty", "", "bad.npz: not a zip archive");
        row("not a zip", "hello, world", "bad.npz: not a readable zip archive");
        row("truncated real file", real.substr(0, real.size() / 2), "bad.npz: not a readable zip");
        row("truncated end record", real.substr(0, real.size() - 10),
            "bad.npz: not a readable zip");
        std::string flipped = real;
        flipped[100] = static_cast<char>(flipped[100] ^ 0x55);  // inside 2,2,2's deflate stream
        row("corrupt deflate", flipped, "bad.npz#2,2,2: the member is corrupt");
        std::string badCrc = okZip;
        badCrc[100] = static_cast<char>(badCrc[100] ^ 1);  // inside the stored data
        row("crc mismatch", badCrc, "bad.npz#2,2,2: the member is corrupt");
        row("duplicate member", storedZip({{"2,2,2.npy", strassen}, {"2,2,2.npy", strassen}}),
            "bad.npz: not a readable zip archive: two members have the same name");
        row("not an npy name", storedZip({{"readme.txt", "hi"}}),
            "bad.npz#readme.txt: member 'readme.txt' is not an array");
        row("size too large", storedZip({{"17,2,2.npy", strassen}}),
            "bad.npz#17,2,2: key is not a size n,m,p with each between 1 and 16");
        row("size zero", storedZip({{"0,2,2.npy", strassen}}), "bad.npz#0,2,2: key is not a size");
        row("size junk", storedZip({{"2,2,2x.npy", strassen}}),
            "bad.npz#2,2,2x: key is not a size");
        row("member claims huge size",
            withDeclaredSize(writeNpz({{"2,2,2", strassenScheme()}}), 0x7fffffffU),
            "bad.npz#2,2,2: member claims 2147483647 bytes uncompressed, more than the limit");

        row("bad magic", storedZip({{"2,2,2.npy", replaced(strassen, "NUMPY", "NUMPZ")}}),
            "bad.npz#2,2,2: not an NPY array");
        row("npy version 4",
            storedZip({{"2,2,2.npy", replaced(strassen, "NUMPY\x01", "NUMPY\x04")}}),
            "bad.npz#2,2,2: unsupported NPY version 4.0");
        row("header claims too much", storedZip({{"2,2,2.npy", strassen.substr(0, 40)}}),
            "bad.npz#2,2,2: NPY header claims 118 bytes");
        const auto header = [](const std::string& dict,
                               const std::string& data = int32s(std::vector<int>(84))) {
            return storedZip({{"2,2,2.npy", npy(dict, data)}});
        };
        row("header without brace",
            header("{'descr': '<i4', 'fortran_order': False, 'shape': (3, 4, 7), "),
            "bad.npz#2,2,2: malformed NPY header (expected a quoted string");
        row("header with code", header("{'descr': __import__('os').system('ls'), }"),
            "bad.npz#2,2,2: malformed NPY header (expected a quoted string");
        row("header missing shape", header("{'descr': '<i4', 'fortran_order': False}"),
            "malformed NPY header (it lacks one of");
        row("header unknown key",
            header("{'descr': '<i4', 'fortran_order': False, 'shape': (3, 4, 7), 'x': 1}"),
            "unexpected key 'x'");
        row("header negative dim",
            header("{'descr': '<i4', 'fortran_order': False, 'shape': (3, -4, 7), }"),
            "expected a non-negative integer");
        row("dtype big-endian",
            header("{'descr': '>i4', 'fortran_order': False, 'shape': (3, 4, 7), }"),
            "bad.npz#2,2,2: unsupported dtype '>i4'");
        row("dtype float32",
            header("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4, 7), }"),
            "unsupported dtype '<f4'");
        row("dtype structured",
            header("{'descr': [('a', '<i4')], 'fortran_order': False, 'shape': (3, 4, 7), }"),
            "unsupported dtype: structured");
        row("shape mismatch",
            header("{'descr': '<i4', 'fortran_order': False, 'shape': (3, 5, 7), }",
                   int32s(std::vector<int>(105))),
            "bad.npz#2,2,2: array shape (3, 5, 7) does not match 2,2,2 (expected (3, 4, R))");
        row("plain array for rectangular key",
            storedZip(
                {{"2,2,3.npy", npy("{'descr': '<i4', 'fortran_order': False, 'shape': (3, 4, 7), }",
                                   int32s(std::vector<int>(84)))}}),
            "bad.npz#2,2,3: array shape (3, 4, 7) does not match 2,2,3 (a plain array holds only "
            "square");
        row("data too short",
            header("{'descr': '<i4', 'fortran_order': False, 'shape': (3, 4, 7), }",
                   int32s(std::vector<int>(20))),
            "bad.npz#2,2,2: data is 80 bytes, but shape (3, 4, 7) of <i4 needs 336");
        row("absurd shape",
            header("{'descr': '<i8', 'fortran_order': False, 'shape': (3, 4, 1099511627776), }"),
            "data is 336 bytes, but shape (3, 4, 1099511627776) of <i8 needs 105553116266496");
        row("shape overflow",
            header("{'descr': '<i8', 'fortran_order': False, 'shape': (1099511627776, "
                   "1099511627776), }"),
            "shape (1099511627776, 1099511627776) is too large");
        row("rank over the limit",
            header("{'descr': '<i4', 'fortran_order': False, 'shape': (3, 4, 200000), }",
                   std::string(3 * 4 * 200000 * 4, '\0')),
            "bad.npz#2,2,2: rank 200000 exceeds the limit of 100000");
        row("nan",
            storedZip(
                {{"2,2,2.npy", npy("{'descr': '<f8', 'fortran_order': False, 'shape': (3, 4, 1), }",
                                   doubles({1, 0, 0, 0.5, 1, 1, NAN, 0, 1, 0, 0, 1}))}}),
            "bad.npz#2,2,2: coefficient nan at v[2] of term 1 has no exact rational value");
        row("1e300",
            storedZip(
                {{"2,2,2.npy", npy("{'descr': '<f8', 'fortran_order': False, 'shape': (3, 4, 1), }",
                                   doubles({1, 0, 0, 1e300, 1, 1, 0, 0, 1, 0, 0, 1}))}}),
            "coefficient 1.0000000000000001e+300 at u[3] of term 1 has no exact rational value");
    }
    void badArchives() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const std::string msg = readError(bytes.toStdString());
        QVERIFY2(contains(msg, expected.toStdString()), ("message was: " + msg).c_str());
    }

    void hostilePickles_data() {
        QTest::addColumn<QByteArray>("pickle");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* name, const std::string& pickle, const char* expected) {
            QTest::newRow(name) << QByteArray::fromStdString(pickle) << QString(expected);
        };
        const std::string hk = hopcroftKerrPickle();
        // os.system('echo pwned'): the classic.
        row("os.system",
            bin("\x80\x03"
                "cos\nsystem\nq\x00X\x0a\x00\x00\x00"
                "echo pwnedq\x01\x85q\x02Rq\x03."),
            "bad.npz#2,2,3: pickle refers to the global os.system, which is refused");
        row("builtins.eval",
            bin("\x80\x03"
                "cbuiltins\neval\nX\x03\x00\x00\x00"
                "1+1\x85R."),
            "pickle refers to the global builtins.eval, which is refused");
        row("posix.system via STACK_GLOBAL",
            bin("\x80\x04\x8c\x05posix\x94\x8c\x06system\x94\x93\x8c\x02ls\x85R."),
            "pickle refers to the global posix.system, which is refused");
        // A valid numpy prefix first, the payload later, behind a stack underflow: the pre-scan
        // still reports the global.
        row("bad global after a good one", hk.substr(0, hk.size() - 1) + "R" + "cos\nsystem\n.",
            "pickle refers to the global os.system");
        row("numpy function other than the three",
            bin("\x80\x03"
                "cnumpy\nload\n."),
            "numpy.load, which is refused");
        row("unknown opcode",
            bin("\x80\x03i"
                "os\nsystem\n."),
            "unsupported pickle opcode 0x69 at offset 2");
        row("memo index never stored", bin("\x80\x03h\x05."),
            "pickle reads memo index 5 never stored (opcode 0x68 at offset 2)");
        row("long memo index", bin("\x80\x03j\xff\xff\xff\xff."),
            "memo index 4294967295 never stored");
        row("stack underflow", bin("\x80\x03\x85."), "pickle stack underflow");
        row("underflow across a mark", bin("\x80\x03K\x01(\x85."), "stack underflow");
        row("reduce on nothing", bin("\x80\x03R."), "stack underflow");
        row("no STOP", hk.substr(0, hk.size() - 1), "pickle ends without STOP");
        row("truncated bytes", hk.substr(0, hk.size() / 2), "pickle is truncated");
        row("not an array", bin("\x80\x03K\x01."), "the pickled object is not a numpy array");
        row("cyclic list",
            bin("\x80\x03]q\x00h\x00"
                "a."),
            "is not a numpy array");
        row("many objects", bin("\x80\x03") + std::string(70000, 'N') + ".",
            "builds too many objects");
        std::string gets = bin("\x80\x03Nq\x00");
        for (int i = 0; i < 70000; ++i) gets += bin("h\x00");
        row("deep stack", gets + ".", "stack grows too deep");
        row("many marks", bin("\x80\x03") + std::string(70000, '(') + ".", "too many marks");
        row("BUILD on an int",
            bin("\x80\x03K\x01K\x02"
                "b."),
            "sets the state of something that is not an array");
        row("calls ndarray",
            bin("\x80\x03"
                "cnumpy\nndarray\n)R."),
            "calls numpy.ndarray directly");
        row("inner dtype unsupported", replaced(hk, "i8", "u8"),
            "element 0 of the object array has unsupported dtype '<u8'");
        row("inner dtype big-endian",
            replaced(hk, bin("X\x01\x00\x00\x00<"), bin("X\x01\x00\x00\x00>")),
            "unsupported dtype '>i8'");
    }
    void hostilePickles() {
        QFETCH(QByteArray, pickle);
        QFETCH(QString, expected);
        const std::string msg =
            readError(storedZip({{"2,2,3.npy", objectMember(pickle.toStdString())}}));
        QVERIFY2(contains(msg, "bad.npz#2,2,3: ") && contains(msg, expected.toStdString()),
                 ("message was: " + msg).c_str());
    }

    void pickleShapeChecks() {
        // Hopcroft-Kerr's 2,2,3 arrays under another key: the key decides the size.
        const std::string hk = objectMember(hopcroftKerrPickle());
        std::string msg = readError(storedZip({{"2,2,4.npy", hk}}));
        QVERIFY2(contains(msg, "bad.npz#2,2,4: factor v has shape (6, 11), but 2,2,4 needs (8, R)"),
                 msg.c_str());
        // Ranks that disagree between u, v and w.
        std::vector<PickleMatrix> m = {{4, 11, std::string(4 * 11 * 8, '\0')},
                                       {6, 11, std::string(6 * 11 * 8, '\0')},
                                       {6, 10, std::string(6 * 10 * 8, '\0')}};
        msg = readError(
            storedZip({{"2,2,3.npy", objectMember(pickleObjectArray(NpyDtype::Int64, m))}}));
        QVERIFY2(contains(msg,
                          "bad.npz#2,2,3: the factors disagree on the rank: u has 11 columns, "
                          "v 11, w 10"),
                 msg.c_str());
        // Raw data shorter than the inner shape declares.
        m[2] = {6, 11, std::string(6 * 11 * 8 - 8, '\0')};
        msg = readError(
            storedZip({{"2,2,3.npy", objectMember(pickleObjectArray(NpyDtype::Int64, m))}}));
        QVERIFY2(contains(msg,
                          "element 2 of the object array: data is 520 bytes, but shape (6, 11) "
                          "of <i8 needs 528"),
                 msg.c_str());
        // An object array whose outer shape is not (3,).
        msg = readError(storedZip({{"2,2,3.npy", npy("{'descr': '|O', 'fortran_order': False, "
                                                     "'shape': (4,), }",
                                                     pickleObjectArray(NpyDtype::Int64, m))}}));
        QVERIFY2(contains(msg, "bad.npz#2,2,3: object array has shape (4,), expected (3,)"),
                 msg.c_str());
    }

    void inflatingPastDeclaredSizeStops() {
        // A DEFLATE member whose declared size is smaller than what its stream inflates to.
        const std::string written = writeNpz({{"2,2,2", strassenScheme()}});
        const auto size = static_cast<std::uint32_t>(readLittleEndian(written, 22, 4));
        const std::string zip = withDeclaredSize(written, size - 100);
        const std::string msg = readError(zip);
        QVERIFY2(contains(msg, "bad.npz#2,2,2: ") &&
                     (contains(msg, "inflates past its declared size") || contains(msg, "corrupt")),
                 msg.c_str());
    }
};

QTEST_GUILESS_MAIN(TestNpz)
#include "tst_npz.moc"
