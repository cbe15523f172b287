#pragma once
// The guided tour: a learner's walk through Strassen's algorithm in the explorer's own views.
// Each page drives the real window (opens builtin:strassen, picks the view, seeks the step,
// raises the panel it talks about) and explains what is on show in a non-modal panel with
// Back, Next and Skip. It starts by itself on the first run (a QSettings flag) and again from
// Help > Guided Tour; closing it puts back the scheme, step and view that were on show.

#include <QDialog>
#include <QString>
#include <optional>
#include <vector>

#include "core/tensor/Scheme.h"
#include "widgets/SceneContent.h"

class QLabel;
class QPushButton;

namespace tg {

class MainWindow;

class GuidedTour : public QDialog {
    Q_OBJECT

  public:
    struct Page {
        QString title;
        QString text;  // rich text
        ViewMode view = ViewMode::Target;
        int step = 0;
        bool showFormulas = false;                            // raise the Formulas panel
        bool showFactors = false;                             // raise the Factors panel
        QString source = QStringLiteral("builtin:strassen");  // the scheme on show
    };

    // The window's tour, made on first use (a child of the window).
    static GuidedTour* of(MainWindow* window);

    // True until the tour has been started once (QSettings "tour/shown").
    static bool isFirstRun();
    // Starts the tour if this is the first run; returns whether it started.
    static bool startIfFirstRun(MainWindow* window);

    [[nodiscard]] int page() const { return page_; }
    [[nodiscard]] int pageCount() const { return int(pages_.size()); }
    [[nodiscard]] const Page& pageAt(int index) const { return pages_[std::size_t(index)]; }

  public Q_SLOTS:
    // Opens Strassen's scheme and shows the first page (marks the tour as seen).
    void start();
    void next();
    void back();
    void showPage(int index);
    // Closes the tour and puts back what was on show before it started.
    void skip();

  Q_SIGNALS:
    void pageChanged(int page);

  protected:
    void done(int result) override;

  private:
    explicit GuidedTour(MainWindow* window);
    [[nodiscard]] static std::vector<Page> strassenPages();
    // The chapter on flips (GuidedTourFlips.cpp), before the last page.
    [[nodiscard]] static std::vector<Page> flipPages();
    void placeBesideView();
    void restoreWindow();

    MainWindow* window_;
    std::vector<Page> pages_;
    int page_ = -1;
    QLabel* title_ = nullptr;
    QLabel* progress_ = nullptr;
    QLabel* text_ = nullptr;
    QPushButton* back_ = nullptr;
    QPushButton* next_ = nullptr;
    QPushButton* skip_ = nullptr;

    // What was on show when the tour started, put back when it closes.
    struct Saved {
        QString source;
        Scheme scheme;
        int position = 0;
        ViewMode view = ViewMode::Residual;
    };
    std::optional<Saved> saved_;
};

}  // namespace tg
