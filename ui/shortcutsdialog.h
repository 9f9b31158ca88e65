// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QDialog>

class QLineEdit;
class QTreeWidget;

/// Help > Keyboard shortcuts: every shortcut of a window, read from its QActions and QShortcuts each
/// time it is shown (so it cannot drift from what the keys do), with the menu each action is in,
/// and the plot's own keys. Typing in the search box keeps the rows whose action, menu or keys
/// contain the text.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window);

    /// Reads the window's shortcuts again (an action's text may have changed, as Undo's does).
    void refresh();
    /// Shows the rows that contain text (case-insensitive); all of them for "".
    void setFilter(const QString &text);

private:
    QWidget *m_window;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_table = nullptr;
};
