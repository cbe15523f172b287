#pragma once
// The scheme on show and its replay: what the window, the search and the exports read, and what
// the transforms edit. Opening a scheme replaces the document and forgets its edits; every edit
// is a command on undoStack(), so Edit > Undo puts back exactly the scheme (and the step) that
// was on show, and Redo the edit's result.

#include <QObject>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

#include "core/game/ReplayCursor.h"
#include "core/io/SchemeSource.h"
#include "core/tensor/Scheme.h"

class QUndoStack;

namespace tg {

// The term of the step on show: the one just applied; before the first step, the first one;
// -1 for a scheme without terms.
[[nodiscard]] int currentTermIndex(const ReplayCursor& cursor);

class SchemeDocument : public QObject {
    Q_OBJECT

  public:
    explicit SchemeDocument(QObject* parent = nullptr);
    ~SchemeDocument() override;

    // Every scheme `spec` names (a file path or builtin:KEY); nullopt with the reason (naming
    // the source) when there is none. Its message keeps MainWindow's translation context.
    [[nodiscard]] static std::optional<std::vector<LoadedScheme>> load(const QString& spec,
                                                                       QString* error);

    // nullptr until a scheme is open.
    [[nodiscard]] const ReplayCursor* cursor() const { return shown_.cursor.get(); }
    [[nodiscard]] const Scheme& scheme() const { return shown_.scheme; }
    // The spec that names exactly this scheme (a path, builtin:KEY, or what made it).
    [[nodiscard]] QString source() const { return shown_.source; }
    // Its name for the window's title: the episode's, else the scheme's, else the file's.
    [[nodiscard]] QString title() const;
    [[nodiscard]] QUndoStack* undoStack() const { return undo_; }

    // Shows `loaded` from step 0 in place of the document; `spec` is what the user named. False
    // with the reason when its moves do not replay (nothing changes then).
    bool open(LoadedScheme loaded, const QString& spec, QString* error = nullptr);
    // Replaces the scheme by `result`, made from it by what `source` says, through an undoable
    // command called `text`. False with the reason, and no command, when it does not replay.
    bool edit(Scheme result, const QString& source, const QString& text, QString* error = nullptr);
    void seek(int position);

  Q_SIGNALS:
    // Another scheme is on show: opened, edited, or an edit undone or redone.
    void replaced();

  private:
    class EditCommand;
    // What is on show. An edit command keeps the other side in it while that side is not on
    // show, "parked": the cursor's dense tensors can be large, so only its episode and step are
    // kept then.
    struct Shown {
        Scheme scheme;
        QString source;
        QString spec;
        std::unique_ptr<ReplayCursor> cursor;  // null while parked
        std::optional<Episode> episode;        // while parked: what the cursor replays
        int position = 0;                      // while parked: the step on show
    };
    static std::optional<Shown> replay(LoadedScheme loaded, const QString& spec, QString* error);
    static void park(Shown& shown);
    static void unpark(Shown& shown);
    // Puts `other` on show and parks what was on show in it.
    void swap(Shown& other);

    Shown shown_;
    QUndoStack* undo_;
};

}  // namespace tg
