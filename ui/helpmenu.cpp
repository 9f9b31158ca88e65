// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "helpmenu.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMessageBox>

#include "manualdialog.h"
#include "shortcutsdialog.h"

HelpMenu::HelpMenu(QMainWindow *window) : QMenu(tr("&Help"), window), m_window(window)
{
    setObjectName(QStringLiteral("menu.help"));
    QAction *keys = addAction(tr("&Keyboard shortcuts"), this, &HelpMenu::showShortcuts);
    keys->setObjectName(QStringLiteral("action.shortcuts"));
    keys->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(tr("Ctrl+/"))});
    keys->setToolTip(tr("Every key of the window, searchable (F1)"));
    window->addAction(keys);

    QAction *manual = addAction(tr("&User manual"), this, [this] { showManual(); });
    manual->setObjectName(QStringLiteral("action.manual"));
    manual->setToolTip(tr("The manual: the window, mouse, keys, presets, figures, sessions, command line"));

    QAction *gestures =
        addAction(tr("&Mouse and keyboard"), this, [this] { showManual(QStringLiteral("mouse")); });
    gestures->setObjectName(QStringLiteral("action.gestures"));
    gestures->setToolTip(tr("Drag to pan, wheel to zoom, Shift+drag to zoom to a box, Left/Right to trace"));
    addSeparator();

    QAction *about = addAction(tr("&About ReLU Explorer"), this, [this] {
        QMessageBox::about(
            m_window, tr("About ReLU Explorer"),
            tr("<b>ReLU Explorer</b> %1<br>Plots the ReLU family as PyTorch computes it: values, "
               "derivatives and the conventions at the kinks.<br>GPL-3.0-or-later.")
                .arg(QApplication::applicationVersion()));
    });
    about->setObjectName(QStringLiteral("action.about"));
}

void HelpMenu::showShortcuts()
{
    if (!m_shortcuts)
        m_shortcuts = new ShortcutsDialog(m_window);
    m_shortcuts->refresh();
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
}

void HelpMenu::showManual(const QString &anchor)
{
    if (!m_manual)
        m_manual = new ManualDialog(m_window);
    m_manual->show();
    m_manual->raise();
    m_manual->activateWindow();
    m_manual->showSection(anchor);
}
