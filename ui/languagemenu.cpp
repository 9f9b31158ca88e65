// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "languagemenu.h"

#include <QActionGroup>
#include <QSignalBlocker>

#include "language.h"

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(tr("Lan&guage"), parent), m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("menu.language"));
    QStringList choices{QString()};
    choices << language::available();
    for (const QString &choice : choices) {
        QAction *action =
            addAction(choice.isEmpty() ? tr("Follow the &system") : language::nativeName(choice));
        action->setObjectName(choice.isEmpty() ? QStringLiteral("action.languageSystem")
                                               : QStringLiteral("action.language.") + choice);
        action->setCheckable(true);
        action->setData(choice);
        action->setStatusTip(choice.isEmpty()
                                 ? tr("Use the desktop's language: Chinese on a Chinese system, else English")
                                 : tr("Show the window in %1").arg(language::nativeName(choice)));
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice] { emit languageChosen(choice); });
    }
}

void LanguageMenu::setChoice(const QString &choice)
{
    const QString known = language::available().contains(choice) ? choice : QString();
    for (QAction *action : m_group->actions()) {
        const QSignalBlocker blocker(action);
        action->setChecked(action->data().toString() == known);
    }
}
