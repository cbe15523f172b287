#pragma once
// Scheme > Compare Schemes (and the Library's context menu): schemes side by side in one table
// - name, source, size, rank, additions with shared subexpressions, stability factor, ring - and
// the relative error each makes on the same random n x n matrices in float and in double, L
// levels deep, measured in the background (core/apply through an EngineBridge) with progress
// and Stop. Schemes valid only modulo 2 compute no real product: their errors read "—". A click
// on a header sorts by that column; Ctrl+C copies the table (tab-separated, for a spreadsheet).
#include <QDialog>
#include <optional>
#include <vector>

#include "CompareFacts.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTableWidgetItem;

namespace tg {

class EngineBridge;

class CompareDialog : public QDialog {
    Q_OBJECT

  public:
    enum Column {
        NameColumn,
        SourceColumn,
        SizeColumn,
        RankColumn,
        AdditionsColumn,
        StabilityColumn,
        RingColumn,
        FloatErrorColumn,
        DoubleErrorColumn,
        ColumnCount
    };
    // What a measured row holds (posted from the run, CompareDialogRun.cpp).
    struct Measurement {
        QString spec;
        bool useFloat = false;
        bool mod2 = false;  // valid only modulo 2: nothing to measure
        QString failure;    // could not run: why
        int levels = 0;
        double error = 0;
    };

    // `facts`: the Library's cache, so both show the same numbers and compute them once.
    explicit CompareDialog(SchemeFactsCache* facts, QWidget* parent = nullptr);
    ~CompareDialog() override;  // stops a run and joins it

    // Lists `entries` (in place of those shown) under `heading` and starts measuring them.
    void setEntries(const std::vector<CompareEntry>& entries, const QString& heading);
    void setMatrixSize(int n);
    void setLevels(int levels);
    [[nodiscard]] QTableWidget* table() const { return table_; }
    [[nodiscard]] int rowOf(const QString& spec) const;  // -1 when not listed
    [[nodiscard]] QString cellText(const QString& spec, Column column) const;
    [[nodiscard]] QString cellToolTip(const QString& spec, Column column) const;
    // The table as shown (sorted as shown), tab-separated with a header line.
    [[nodiscard]] QString tableText() const;
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] QString statusText() const;

  public Q_SLOTS:
    bool startRun();
    void stopRun();
    void copyTable();

  Q_SIGNALS:
    void runFinished(bool completed);

  protected:
    // Closing the dialog stops its measurements: nobody is looking.
    void hideEvent(QHideEvent* event) override;

  private:
    QTableWidgetItem* cell(const QString& spec, Column column) const;
    void setCell(const QString& spec, Column column, const QString& text,
                 std::optional<double> sortKey, const QString& toolTip = {});
    void showFacts(const QString& spec);
    void showMeasurement(const Measurement& m);
    void onFinished(const QString& error, bool stopped);
    void sortBy(int column);
    void updateButtons();

    SchemeFactsCache* facts_;
    std::vector<CompareEntry> entries_;
    QLabel* heading_;
    QTableWidget* table_;
    QSpinBox* size_;
    QSpinBox* levels_;
    QPushButton* start_;
    QPushButton* stop_;
    QProgressBar* progress_;
    QLabel* status_;
    int sortColumn_ = -1;
    Qt::SortOrder sortOrder_ = Qt::AscendingOrder;
    int measured_ = 0;
    EngineBridge* bridge_;
};

}  // namespace tg
