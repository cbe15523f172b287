#pragma once
// The gallery's controls, beneath the 3D view while it shows the gallery: previous and next
// page, the page on show, "Go to term", and the filter "terms that write c_ik" with how many
// terms pass it. It only reports what the user asks for; ViewArea decides what the view shows.

#include <QWidget>

#include "core/tensor/TensorSize.h"
#include "widgets/SceneContent.h"

class QComboBox;
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

  Q_SIGNALS:
    void previousPage();
    void nextPage();
    void goToTerm(int term);  // 0-based
    void filterChanged(int wIndex);

  private:
    QToolButton* previous_ = nullptr;
    QToolButton* next_ = nullptr;
    QLabel* page_ = nullptr;
    QSpinBox* term_ = nullptr;
    QComboBox* filter_ = nullptr;
    QLabel* count_ = nullptr;
    TensorSize size_{};
};

}  // namespace tg
