// Every hostile file of HostileCorpus.h through the real tensorgame-cli (info, verify and
// convert), each run limited to 2 s of CPU time and 512 MB of address space by the kernel
// (setrlimit in the child): the program must end on its own with status 0, 1 or 2 — never a
// signal, which is what exceeding a limit, a crash or an abort give — and say why it refused.
#include <sys/resource.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "HostileCorpus.h"

namespace {

constexpr rlim_t kCpuSeconds = 2;
constexpr rlim_t kAddressSpace = rlim_t(512) << 20;

struct Run {
    bool exited = false;  // ended by itself (not by a signal or the hang guard)
    int code = -1;
    QString out;
    QString err;
};

// `addressSpace`: LibTorch alone maps more than 512 MB of address space (it uses far less
// memory), so the model runs get a wider map and their resident peak is measured instead.
Run runLimited(const QStringList& args, rlim_t addressSpace = kAddressSpace) {
    QProcess p;
    p.setChildProcessModifier([addressSpace] {
        const rlimit cpu{kCpuSeconds, kCpuSeconds};
        const rlimit as{addressSpace, addressSpace};
        setrlimit(RLIMIT_CPU, &cpu);
        setrlimit(RLIMIT_AS, &as);
    });
    p.start(TG_CLI_PATH, args);
    // Only a guard against a process that sleeps or blocks (CPU time is the budget); generous,
    // so that a loaded machine never fails a well-behaved run.
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit, p.exitCode(),
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

}  // namespace

class TestHostileCorpus : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::vector<tg::testing::HostileFile> corpus_ = tg::testing::hostileCorpus();

  private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        QVERIFY2(corpus_.size() >= 60, qPrintable(QString::number(corpus_.size())));
        for (const auto& f : corpus_) {
            QFile out(dir_.filePath(f.name));
            QVERIFY(out.open(QIODevice::WriteOnly));
            QCOMPARE(out.write(f.bytes), f.bytes.size());
        }
    }

    void everyFileEndsInOrder_data() {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("index");
        for (const char* command : {"info", "verify", "convert"})
            for (std::size_t i = 0; i < corpus_.size(); ++i)
                QTest::addRow("%s %s", command, qPrintable(corpus_[i].name)) << command << int(i);
    }
    void everyFileEndsInOrder() {
        QFETCH(QString, command);
        QFETCH(int, index);
        const auto& file = corpus_[std::size_t(index)];
        const QString path = dir_.filePath(file.name);
        QStringList args{command, path};
        if (command == "convert")
            args << dir_.filePath("converted-" + QString::number(index) + ".json");
        const Run run = runLimited(args);
        QVERIFY2(run.exited, qPrintable(command + " " + file.name +
                                        ": killed (a crash, or past 2 s of CPU or 512 MB)\n" +
                                        run.err.left(2000)));
        QVERIFY2(run.code >= 0 && run.code <= 2, qPrintable(QString::number(run.code)));
        if (run.code == 2) QVERIFY2(!run.err.trimmed().isEmpty(), "refused without a message");
        if (run.code == 1) QVERIFY(!(run.out + run.err).trimmed().isEmpty());
        if (file.mustNotBe == "valid" && command == "verify")
            QVERIFY2(run.code != 0, qPrintable(file.name + " verified as valid:\n" + run.out));
    }

#ifdef TG_HAVE_NN
    // Model files are data: hostile ones are refused by the agent's search and by train's
    // resume, without running anything they hold and within 512 MB resident.
    void modelFilesAreRefusedAsData_data() {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray marker = dir_.filePath("code-ran").toUtf8();
        // An old-format (zip) model whose pickle would call os.system if it were unpickled.
        const QByteArray pickle =
            "\x80\x02"
            "cos\nsystem\n"
            "X" +
            QByteArray(1, char(marker.size() + 6)) + "\0\0\0touch " + marker + "\x85R.";
        QTest::newRow("old format with code")
            << "PK\x03\x04" + QByteArray("\x14\0\0\0\0\0") + pickle.repeated(4);
        auto header = [](const QByteArray& json) {
            QByteArray n(8, '\0');
            const quint64 size = quint64(json.size());
            for (int i = 0; i < 8; ++i) n[i] = char((size >> (8 * i)) & 0xff);
            return n + json;
        };
        QTest::newRow("nested 100,000 deep")
            << header(QByteArray(100000, '[') + QByteArray(100000, ']'));
        QTest::newRow("width 10^9") << header(
            "{\"__metadata__\": {\"format\": \"tensorgame-model\", \"version\": \"1\", "
            "\"size\": \"2,2,2\", \"coefficients\": \"mod2\", \"width\": \"1000000000\", "
            "\"layers\": \"1\", \"heads\": \"1\", \"feed_forward\": \"1000000000\", "
            "\"chunk\": \"3\"}}");
        QTest::newRow("header length 2^63") << (QByteArray(7, '\0') + "\x80" + "{}");
        QTest::newRow("random bytes") << QByteArray::fromHex("0f1e2d3c4b5a69788796a5b4c3d2e1f0");
        QTest::newRow("empty") << QByteArray();
    }
    void modelFilesAreRefusedAsData() {
        QFETCH(QByteArray, bytes);
        const QString model = dir_.filePath("hostile.tgm");
        {
            QFile out(model);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(bytes);
        }
        const rlim_t wide = rlim_t(8) << 30;
        for (const QStringList& args :
             {QStringList{"search", "--engine", "mcts", "--size", "2,2,2", "--model", model,
                          "--time-limit", "1"},
              QStringList{"train", "--size", "2,2,2", "--resume", model, "--out",
                          dir_.filePath("out.tgm"), "--steps", "1"}}) {
            const Run run = runLimited(args, wide);
            QVERIFY2(run.exited, qPrintable(args.join(' ') + ": killed\n" + run.err.left(2000)));
            QCOMPARE(run.code, 2);
            QVERIFY2(run.err.contains("model file"), qPrintable(run.err));
        }
        QVERIFY(!QFile::exists(dir_.filePath("code-ran")));
        rusage children{};
        getrusage(RUSAGE_CHILDREN, &children);  // the largest resident peak of any run so far
        QVERIFY2(children.ru_maxrss < 512 * 1024, qPrintable(QString::number(children.ru_maxrss)));
    }
#endif
};

QTEST_GUILESS_MAIN(TestHostileCorpus)
#include "tst_hostilecorpus.moc"
