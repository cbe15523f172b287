#pragma once
// Transport controls for stepping through an episode: first, back, play/pause, forward, last,
// a slider over 0..R and "Step k of R". The control never moves by itself: it asks with
// stepRequested(k) and shows what its owner confirms with setPosition(k). Playback is a timer
// that asks for one more step per tick and stops at the end; its speed is chosen beside it.

#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace tg {

class StepControl : public QWidget {
    Q_OBJECT

  public:
    explicit StepControl(QWidget* parent = nullptr);

    // R: the number of moves. Resets the position to 0 and stops playback.
    void setLength(int length);
    // Shows step k (clamped to 0..R) without emitting stepRequested.
    void setPosition(int position);

    [[nodiscard]] int length() const { return length_; }
    [[nodiscard]] int position() const { return position_; }
    [[nodiscard]] bool isPlaying() const;
    [[nodiscard]] int playInterval() const;
    void setPlayInterval(int milliseconds);

    [[nodiscard]] QSlider* slider() const { return slider_; }
    [[nodiscard]] QComboBox* speedBox() const { return speed_; }
    [[nodiscard]] QLabel* stepLabel() const { return label_; }

  public Q_SLOTS:
    void first();
    void previous();
    void next();
    void last();
    void play();
    void pause();
    void togglePlay();

  Q_SIGNALS:
    void stepRequested(int position);
    void playingChanged(bool playing);

  private:
    void request(int position);
    void tick();
    void updateWidgets();

    int length_ = 0;
    int position_ = 0;
    QToolButton* firstButton_ = nullptr;
    QToolButton* previousButton_ = nullptr;
    QToolButton* playButton_ = nullptr;
    QToolButton* nextButton_ = nullptr;
    QToolButton* lastButton_ = nullptr;
    QSlider* slider_ = nullptr;
    QLabel* label_ = nullptr;
    QComboBox* speed_ = nullptr;
    QTimer* timer_ = nullptr;
};

}  // namespace tg
