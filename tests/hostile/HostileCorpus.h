#pragma once
// A corpus of hostile scheme files, made at test time: each case is a file that once crashed,
// hung or fooled a reader, or one like it. tst_hostilecorpus runs the real CLI on every one.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace tg::testing {

struct HostileFile {
    QString name;      // the file's name (its extension matters to format detection)
    QByteArray bytes;  // its content
    // What the file must not be: "valid" for a scheme that must not verify; empty when any
    // refusal (exit 1 or 2) or acceptance is fine as long as it is orderly.
    QString mustNotBe;
};

[[nodiscard]] std::vector<HostileFile> hostileCorpus();

}  // namespace tg::testing
