// The atomic writer (writeFileAtomic): the content arrives whole, no temporary is left behind, a
// failed write leaves the old file as it was, and writers at once do not share temporaries.
#include <sys/resource.h>

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <csignal>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "core/io/FileIO.h"

using namespace tg;

namespace {

// Every entry of the folder but the given files: what a writer left behind.
QStringList strays(const QString& folder, const QStringList& expected) {
    QStringList left = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString& name : expected) left.removeAll(name);
    return left;
}

// The whole file as one open descriptor sees it (readFileBytes asks the size first, by name: a
// replacement in between would look like a torn file).
std::string readWhole(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Lowers the file-size limit for the scope: a write past it fails with EFBIG (SIGXFSZ is ignored
// meanwhile), a real failure in the middle of writing, as from a full disk.
class FileSizeLimit {
  public:
    explicit FileSizeLimit(rlim_t bytes) {
        getrlimit(RLIMIT_FSIZE, &saved_);
        oldHandler_ = std::signal(SIGXFSZ, SIG_IGN);
        rlimit lower = saved_;
        lower.rlim_cur = bytes;
        ok_ = setrlimit(RLIMIT_FSIZE, &lower) == 0;
    }
    ~FileSizeLimit() {
        setrlimit(RLIMIT_FSIZE, &saved_);
        std::signal(SIGXFSZ, oldHandler_);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;
    [[nodiscard]] bool ok() const { return ok_; }

  private:
    rlimit saved_{};
    void (*oldHandler_)(int) = nullptr;
    bool ok_ = false;
};

}  // namespace

class TestFileIO : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void writesTheContentAndLeavesNoTemporary() {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("scheme.json")).toStdString();
        writeFileAtomic(path, "first");
        QCOMPARE(readFileBytes(path), std::string("first"));
        // Replacing: the new content, whole; and an empty file is a file too.
        const std::string big(3 << 20, 'x');
        writeFileAtomic(path, big);
        QCOMPARE(readFileBytes(path), big);
        writeFileAtomic(path, "");
        QCOMPARE(readFileBytes(path), std::string());
        QCOMPARE(strays(dir.path(), {QStringLiteral("scheme.json")}), QStringList());
    }

    void relativePathsWriteIntoTheCurrentFolder() {
        QTemporaryDir dir;
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        writeFileAtomic("plain.txt", "here");
        QVERIFY(QDir::setCurrent(before));
        QCOMPARE(readFileBytes(dir.filePath(QStringLiteral("plain.txt")).toStdString()),
                 std::string("here"));
        QCOMPARE(strays(dir.path(), {QStringLiteral("plain.txt")}), QStringList());
    }

    // A write that fails half-way (the file-size limit, as a full disk would): the error names
    // the path, the old file is intact and the partial temporary is gone.
    void failedWriteKeepsTheOldFile() {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("model.pt")).toStdString();
        writeFileAtomic(path, "the old model");
        {
            FileSizeLimit limit(4096);
            QVERIFY(limit.ok());
            try {
                writeFileAtomic(path, std::string(1 << 20, 'n'));
                QFAIL("a write past the file-size limit must throw");
            } catch (const std::runtime_error& e) {
                QVERIFY2(std::string(e.what()).find(path) != std::string::npos, e.what());
            }
        }
        QCOMPARE(readFileBytes(path), std::string("the old model"));
        QCOMPARE(strays(dir.path(), {QStringLiteral("model.pt")}), QStringList());
    }

    // The rename cannot replace a folder: nothing changes and nothing is left behind.
    void failedReplaceLeavesNoTemporary() {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("taken/inside")));
        const std::string path = dir.filePath(QStringLiteral("taken")).toStdString();
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, writeFileAtomic(path, "bytes"));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("taken/inside"))).isDir());
        QCOMPARE(strays(dir.path(), {}), QStringList());
    }

    // A name near NAME_MAX still gets a temporary (whose name is shortened, not too long).
    void longNamesAreWritten() {
        QTemporaryDir dir;
        const QString name = QString(246, QLatin1Char('n')) + QStringLiteral(".json");
        const std::string path = dir.filePath(name).toStdString();
        writeFileAtomic(path, "long");
        QCOMPARE(readFileBytes(path), std::string("long"));
        QCOMPARE(strays(dir.path(), {name}), QStringList());
    }

    void missingFolderIsAnError() {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("no/such/file.txt")).toStdString();
        try {
            writeFileAtomic(path, "bytes");
            QFAIL("writing into a missing folder must throw");
        } catch (const std::runtime_error& e) {
            QVERIFY2(std::string(e.what()).find(path) != std::string::npos, e.what());
        }
    }

    // Writers at once on the same target, each writing its own recognisable content many times:
    // none fails (each has its own temporary), the file is always one writer's whole content,
    // and no temporary is left.
    void concurrentWritersDoNotClobberEachOther() {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("shared.txt")).toStdString();
        constexpr int kWriters = 4;
        constexpr int kRounds = 50;
        std::vector<std::string> contents;
        for (int k = 0; k < kWriters; ++k)
            contents.push_back(std::string(20000 + k * 1000, static_cast<char>('a' + k)));
        std::vector<std::string> errors(kWriters);
        std::vector<std::thread> writers;
        for (int k = 0; k < kWriters; ++k) {
            writers.emplace_back([&, k] {
                for (int round = 0; round < kRounds; ++round) {
                    try {
                        writeFileAtomic(path, contents[static_cast<std::size_t>(k)]);
                        const std::string seen = readWhole(path);
                        if (std::find(contents.begin(), contents.end(), seen) == contents.end())
                            errors[static_cast<std::size_t>(k)] = "a mixed or partial file";
                    } catch (const std::exception& e) {
                        errors[static_cast<std::size_t>(k)] = e.what();
                    }
                }
            });
        }
        for (auto& t : writers) t.join();
        for (const std::string& e : errors) QVERIFY2(e.empty(), e.c_str());
        QCOMPARE(strays(dir.path(), {QStringLiteral("shared.txt")}), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestFileIO)
#include "tst_fileio.moc"
