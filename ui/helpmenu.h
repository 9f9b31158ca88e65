// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QMenu>

class QMainWindow;
class ManualDialog;
class ShortcutsDialog;

/// The Help menu: Keyboard shortcuts (F1, Ctrl+/), User manual, Mouse and keyboard (the manual at
/// its gestures), About. Its actions with keys are also the window's, so that they work while the
/// menu bar is hidden (presentation mode).
class HelpMenu : public QMenu
{
    Q_OBJECT
public:
    explicit HelpMenu(QMainWindow *window);

    void showShortcuts();
    /// Opens the manual at anchor ("" for its top).
    void showManual(const QString &anchor = {});

private:
    QMainWindow *m_window;
    ShortcutsDialog *m_shortcuts = nullptr;
    ManualDialog *m_manual = nullptr;
};
