// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <functional>

#include <QMessageBox>
#include <QObject>
#include <QString>
#include <QStringList>

#include "reluexplorer/session.h"
#include "reluexplorer/state.h"

class QMenu;
class QWidget;

/// Session files larger than this are refused before they are parsed.
inline constexpr qint64 maxSessionFileBytes = rx::maxSessionBytes;
static_assert(maxSessionFileBytes % (1 << 20) == 0, "messages give the limit in whole MiB");

/// Reads a session file strictly (rx::sessionFromJson), refusing a missing, unreadable or too large
/// file first. The error names the file.
rx::StateReadResult readSessionFile(const QString &path);

/// Writes state to path as a session document atomically (QSaveFile): on failure the old file is
/// untouched. Returns "" or what went wrong.
QString writeSessionFile(const QString &path, const rx::ExplorerState &state);

/// The window's document: which session file it shows, whether the state differs from what was
/// saved, File > Open/Save/Save As/recent files, Edit > Copy/Paste state, and the save prompt. It
/// never changes the state itself: a loaded state goes out through stateLoaded/tokenPasted.
class SessionController : public QObject
{
    Q_OBJECT
public:
    /// How errors are shown (title, message); the default is a warning dialog on the window.
    using Reporter = std::function<void(const QString &title, const QString &message)>;
    /// Asked on close or open with unsaved changes: Save, Discard or Cancel.
    using SavePrompt = std::function<QMessageBox::StandardButton(const QString &name)>;

    SessionController(QWidget *window, std::function<rx::ExplorerState()> state, QObject *parent = nullptr);

    void setReporter(Reporter reporter) { m_reporter = std::move(reporter); }
    void setSavePrompt(SavePrompt prompt) { m_prompt = std::move(prompt); }

    QString filePath() const { return m_path; }
    /// True when a session file is open and the state differs from it.
    bool isModified() const;
    /// The window title: "name.reluexp[*] — ReLU Explorer", or the application's name when untitled.
    QString windowTitle() const;

    /// Opens path (after the dialog, from the recent list or the command line). On a problem: reports
    /// it, returns false, and the state is untouched.
    bool openPath(const QString &path);
    /// Saves to path (adding the .reluexp suffix when it has none); it becomes the open file.
    bool saveToPath(const QString &path);
    /// Restores a share token; on a problem reports it and returns false.
    bool applyToken(const QString &token);

    /// Asks the user, if there are unsaved changes, and saves if asked: true when it is fine to go on.
    bool maybeSave();

    QStringList recentFiles() const { return m_recent; }
    void setRecentFiles(const QStringList &files);
    /// Opens a .reluexp file dropped on window.
    void acceptDrops(QWidget *window);

    /// Fills menu with the recent files (rebuilt when they change).
    void attachRecentMenu(QMenu *menu);

    /// The dialogs' actions.
    void open();
    bool save();
    bool saveAs();
    /// Puts the state's token on the clipboard.
    void copyState();
    /// Reads a token from the clipboard.
    bool pasteState();

    /// The window's state changed: updates the modified marker.
    void stateChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    /// A session file was opened: a new document (the undo history starts again).
    void stateLoaded(const rx::ExplorerState &state);
    /// A token was pasted: one more undoable change.
    void tokenPasted(const rx::ExplorerState &state);
    /// The open file or its modified flag changed: time to update the title.
    void documentChanged();
    void errorReported(const QString &message);
    /// For the status bar.
    void message(const QString &text);

private:
    void report(const QString &title, const QString &message);
    void remember(const QString &path);
    void rebuildRecentMenu();

    QWidget *m_window;
    std::function<rx::ExplorerState()> m_state;
    Reporter m_reporter;
    SavePrompt m_prompt;
    QString m_path;
    rx::ExplorerState m_saved;
    bool m_modified = false;
    QStringList m_recent;
    QMenu *m_recentMenu = nullptr;
};
