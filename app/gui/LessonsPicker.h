#pragma once
// The Training dock's lessons: scheme files (any format the app reads: schemes the flip search
// found, published ones) that the network learns from beside its synthetic demonstrations, as
// `train --lessons` teaches them (search::schemesLessons: 8 move orders, mod 2 in random bases
// unless they are off). Plain training draws them in the buffer's share of each batch; expert
// iteration starts its replay buffer with them. The files are read and every scheme verified
// when training starts, so a file changed since it was chosen is read as it is then.
#include <QStringList>
#include <QWidget>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/search/Demonstration.h"
#include "core/search/MctsParams.h"

class QLabel;
class QPushButton;

namespace tg {

class LessonsPicker : public QWidget {
    Q_OBJECT

  public:
    explicit LessonsPicker(QWidget* parent = nullptr);

    void setFiles(const QStringList& files);
    [[nodiscard]] const QStringList& files() const { return files_; }

    struct Taught {
        int schemes = 0;
        std::vector<search::Demonstration> demonstrations;
    };
    // The lessons of the chosen files for `game` (none chosen: none), or nothing with the reason
    // in *error: a file that does not read, a scheme that cannot teach (another size, not
    // verified, coefficients outside the game's set).
    [[nodiscard]] std::optional<Taught> lessons(const search::AgentGame& game, bool randomBasis,
                                                std::uint64_t seed, QString* error) const;

  Q_SIGNALS:
    void filesChanged();

  private:
    void choose();
    void showFiles();

    QStringList files_;
    QLabel* summary_;
    QPushButton* choose_;
    QPushButton* clear_;
};

}  // namespace tg
