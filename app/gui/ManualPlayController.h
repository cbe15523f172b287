#pragma once
// Manual play: the user composes moves (u, v, w) by clicking coefficients and applies them to
// a residual, with undo and redo. The game starts from any step of the loaded episode (its
// first k moves are replayed), and the moves so far can be saved as an episode. Every applied
// move is a QUndoCommand on undoStack(), so Edit > Undo/Redo and the tests go through one path.
// Moves are checked first: an illegal or pointless move is refused with the reason.

#include <QObject>
#include <memory>
#include <optional>
#include <vector>

#include "core/game/Episode.h"
#include "core/game/GameState.h"

class QUndoStack;

namespace tg {

class ManualPlayController : public QObject {
    Q_OBJECT

  public:
    explicit ManualPlayController(QObject* parent = nullptr);
    ~ManualPlayController() override;

    // Starts a game on `episode`'s target after its first `prefix` moves (replayed as they are).
    // Throws std::invalid_argument when a replayed move does not fit the game.
    void start(const Episode& episode, int prefix);
    void stop();
    [[nodiscard]] bool isActive() const { return game_ != nullptr; }
    [[nodiscard]] const GameState& game() const { return *game_; }
    [[nodiscard]] QUndoStack* undoStack() const { return undo_; }
    [[nodiscard]] int replayedMoves() const { return prefix_; }

    // The move being composed (all zero after start and after every applied move).
    [[nodiscard]] const Term& draft() const { return draft_; }
    void setDraft(const Term& term);
    void clearDraft();
    // The coefficients a click cycles through, 0 first: {0, 1} mod 2, else {0, 1, -1[, 2, -2]}.
    [[nodiscard]] std::vector<Rational> cycle() const;

    // GameState::check, plus moves that cannot help: a term that touches no nonzero entry of
    // the residual only adds entries.
    [[nodiscard]] MoveCheck check(const Term& move) const;
    // Applies the draft as an undoable command; false with the reason when it is refused.
    bool applyDraft(QString* reason = nullptr);
    // Applies `move` on behalf of `actor` (the agent, with what it knew) through the same undo
    // stack, so that undo and redo go back and forth across the person's and the agent's moves.
    bool applyMove(const Term& move, Actor actor, std::optional<AgentStats> stats,
                   QString* reason = nullptr);

    // The game so far: the replayed moves as imports, the user's as a person's.
    [[nodiscard]] Episode episode() const;

  Q_SIGNALS:
    void changed();

  private:
    class ApplyCommand;
    Episode source_;
    std::vector<Move> played_;  // the moves after the replayed prefix, with who made them
    int prefix_ = 0;
    std::unique_ptr<GameState> game_;
    Term draft_;
    QUndoStack* undo_ = nullptr;
};

}  // namespace tg
