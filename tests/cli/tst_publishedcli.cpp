// The published schemes through the real tensorgame-cli, found the way a user's build finds
// them (the link next to the program, no environment variable): listed, and every one verified
// valid in its stated field.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

namespace {

struct Output {
    int exitCode = -1;
    QStringList lines;
    QString err;
};

Output runWithoutOverride(const QStringList& args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TG_PUBLISHED_DIR"));
    p.setProcessEnvironment(env);
    p.start(TG_CLI_PATH, args);
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts),
            QString::fromUtf8(p.readAllStandardError())};
}

QJsonObject json(const QString& line) {
    return QJsonDocument::fromJson(line.toUtf8()).object();
}

}  // namespace

class TestPublishedCli : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void listsAndVerifiesEveryPublishedScheme() {
        const Output list = runWithoutOverride({"list", "--published", "--json"});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.lines.size() >= 148, qPrintable(list.err));
        QStringList specs;
        QMap<QString, QString> fieldOf;
        bool saw47 = false;
        for (const QString& line : list.lines) {
            const QJsonObject e = json(line);
            const QString spec = e["spec"].toString();
            specs << spec;
            fieldOf[spec] = e["field"].toString();
            QVERIFY(!e["citation"].toString().isEmpty());
            saw47 |= e["rank"].toInt() == 47 && e["field"] == "Z2" &&
                     e["size"].toArray() == QJsonArray{4, 4, 4};
        }
        QVERIFY(saw47);

        const Output verified = runWithoutOverride(QStringList{"verify", "--json"} + specs);
        QCOMPARE(verified.lines.size(), specs.size());
        int valid = 0;
        for (const QString& line : verified.lines) {
            const QJsonObject r = json(line);
            const QString field = fieldOf.value(r["source"].toString());
            QVERIFY2(!field.isEmpty(), qPrintable(r["source"].toString()));
            QVERIFY2(r["valid"].toObject()[field].toBool(),
                     qPrintable(r["source"].toString() + " is not valid over " + field));
            ++valid;
        }
        QCOMPARE(valid, specs.size());
        // Every scheme is valid in a field it was checked in: exit 0 for the whole run.
        QCOMPARE(verified.exitCode, 0);
    }

    void tellsWhenNothingIsInstalled() {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TG_PUBLISHED_DIR"), QStringLiteral("/nonexistent"));
        // A copy of the program in a folder with no published schemes beside it.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("tensorgame-cli"));
        QVERIFY(QFile::copy(TG_CLI_PATH, copy));
        p.setProcessEnvironment(env);
        p.start(copy, {"list", "--published"});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains("not installed"));
    }
};

QTEST_GUILESS_MAIN(TestPublishedCli)
#include "tst_publishedcli.moc"
