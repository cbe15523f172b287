#pragma once
// The gallery's controls, beneath the 3D view while it shows the gallery: previous and next
// page, the page on show, "Go to term", and the filter "terms that write c_ik" with how many
// terms pass it. It only reports what the user asks for; ViewArea decides what the view shows.
// One row when it fits; when the window is narrow (or the language long) "Go to term" and the
// filter go to a second row, so the bar never pushes the docks aside.

#include <QWidget>

#include "core/tensor/TensorSize.h"
#include "widgets/SceneContent.h"

class QComboBox;
class QHBoxLayout;
class QLabel;
class QSpinBox;
class QToolButton;

namespace tg {

class GalleryBar : public QWidget {
    Q_OBJECT

  public:
    explicit GalleryBar(QWidget* parent = nullptr);

    // Offers the entries of C of `size` to filter by (keeping the choice when the size is the
    // same) and allows terms 1..termCount.
    void setShape(const TensorSize& size, int termCount);
    // Shows the page, the count and the highlighted term (0-based, -1: none) of `pages`.
    void showPages(const GalleryPages& pages, int highlighted);
    // The chosen entry of C (an index into w), or -1 for every term.
    [[nodiscard]] int filterEntry() const;
    void clearFilter();
    // Whether "Go to term" and the filter are on a row of their own.
    [[nodiscard]] bool isTwoRows() const;

    [[nodiscard]] QSize minimumSizeHint() const override;

  protected:
    void resizeEvent(QResizeEvent* event) override;

  Q_SIGNALS:
    void previousPage();
    void nextPage();
    void goToTerm(int term);  // 0-based
    void filterChanged(int wIndex);

  private:
    // Puts the finder on the first row when `oneRow`, else on the second.
    void arrange(bool oneRow);

    QHBoxLayout* firstRow_ = nullptr;
    QHBoxLayout* secondRow_ = nullptr;
    QWidget* pager_ = nullptr;   // previous, page, next, count
    QWidget* finder_ = nullptr;  // "Go to term", the filter
    QToolButton* previous_ = nullptr;
    QToolButton* next_ = nullptr;
    QLabel* page_ = nullptr;
    QSpinBox* term_ = nullptr;
    QComboBox* filter_ = nullptr;
    QLabel* count_ = nullptr;
    TensorSize size_{};
};

}  // namespace tg
