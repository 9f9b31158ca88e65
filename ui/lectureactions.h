// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QObject>

#include "apptheme.h"

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class AnimationPanel;
class PresentationMode;
class SessionController;
class StateHistory;

/// The lecture room's menu entries: File > Open, Open Recent, Save, Save As; Edit > Undo, Redo,
/// Copy state, Paste state, Reset everything; View > Theme, Presentation, Play animation. Each action
/// has an object name "action.NAME" and is also added to the window, so that its shortcut works while
/// the menu bar is hidden (presentation mode).
class LectureActions : public QObject
{
    Q_OBJECT
public:
    LectureActions(QMainWindow *window, SessionController *session, StateHistory *history,
                   PresentationMode *presentation, AnimationPanel *animation);

    /// Inserts the file entries into file before its first action.
    void addFileActions(QMenu *file);
    /// Puts Undo and Redo first in edit, and the state entries at its end.
    void addEditActions(QMenu *edit);
    void addViewActions(QMenu *view);

    /// Checks the entry of choice in View > Theme (without emitting).
    void showTheme(ThemeChoice choice);

signals:
    void themeChosen(ThemeChoice choice);
    void resetEverythingRequested();

private:
    QAction *make(const QString &name, const QString &text, const QKeySequence &key, const QString &tip);

    QMainWindow *m_window;
    SessionController *m_session;
    StateHistory *m_history;
    PresentationMode *m_presentation;
    AnimationPanel *m_animation;
    QActionGroup *m_themes = nullptr;
};
