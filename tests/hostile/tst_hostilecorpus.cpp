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

Run runLimited(const QStringList& args) {
    QProcess p;
    p.setChildProcessModifier([] {
        const rlimit cpu{kCpuSeconds, kCpuSeconds};
        const rlimit as{kAddressSpace, kAddressSpace};
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
};

QTEST_GUILESS_MAIN(TestHostileCorpus)
#include "tst_hostilecorpus.moc"
