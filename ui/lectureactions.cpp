// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "lectureactions.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenu>
#include <QSignalBlocker>
#include <QUndoStack>

#include "animationpanel.h"
#include "presentationmode.h"
#include "sessioncontroller.h"
#include "statehistory.h"

LectureActions::LectureActions(QMainWindow *window, SessionController *session, StateHistory *history,
                               PresentationMode *presentation, AnimationPanel *animation)
    : QObject(window), m_window(window), m_session(session), m_history(history), m_presentation(presentation),
      m_animation(animation)
{
}

QAction *LectureActions::make(const QString &name, const QString &text, const QKeySequence &key,
                              const QString &tip)
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(QStringLiteral("action.") + name);
    if (!key.isEmpty())
        action->setShortcut(key);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    m_window->addAction(action);
    return action;
}

void LectureActions::addFileActions(QMenu *file)
{
    QAction *first = file->actions().value(0);
    QAction *open = make(QStringLiteral("open"), tr("&Open session..."), QKeySequence::Open,
                         tr("Open a saved session (.reluexp)"));
    connect(open, &QAction::triggered, m_session, &SessionController::open);
    auto *recent = new QMenu(tr("Open &recent"), file);
    recent->setObjectName(QStringLiteral("menu.recent"));
    m_session->attachRecentMenu(recent);
    QAction *save = make(QStringLiteral("save"), tr("&Save session"), QKeySequence::Save,
                         tr("Save the functions, parameters, view and options to the session file"));
    connect(save, &QAction::triggered, m_session, &SessionController::save);
    QAction *saveAs = make(QStringLiteral("saveAs"), tr("Save session &as..."), QKeySequence::SaveAs,
                           tr("Save the session to a new file"));
    connect(saveAs, &QAction::triggered, m_session, &SessionController::saveAs);
    file->insertAction(first, open);
    file->insertMenu(first, recent);
    file->insertAction(first, save);
    file->insertAction(first, saveAs);
    file->insertSeparator(first);
}

void LectureActions::addEditActions(QMenu *edit)
{
    QAction *first = edit->actions().value(0);
    QUndoStack *stack = m_history->stack();
    QAction *undo = stack->createUndoAction(m_window, tr("&Undo"));
    undo->setObjectName(QStringLiteral("action.undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = stack->createRedoAction(m_window, tr("&Redo"));
    redo->setObjectName(QStringLiteral("action.redo"));
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    m_window->addAction(undo);
    m_window->addAction(redo);
    edit->insertAction(first, undo);
    edit->insertAction(first, redo);
    edit->insertSeparator(first);

    edit->addSeparator();
    QAction *copy = make(QStringLiteral("copyState"), tr("Copy &state"), QKeySequence(tr("Ctrl+Alt+S")),
                         tr("Copy a short text that restores this plot, for chat or slides (relu1:...)"));
    connect(copy, &QAction::triggered, m_session, &SessionController::copyState);
    QAction *paste = make(QStringLiteral("pasteState"), tr("Pas&te state"), QKeySequence(tr("Ctrl+Alt+V")),
                          tr("Restore a plot from a copied state text"));
    connect(paste, &QAction::triggered, m_session, &SessionController::pasteState);
    edit->addAction(copy);
    edit->addAction(paste);
    edit->addSeparator();
    QAction *reset =
        make(QStringLiteral("resetEverything"), tr("Reset &everything to defaults"), {},
             tr("Back to ReLU and PReLU, PyTorch's defaults, the default view and theme (undoable)"));
    connect(reset, &QAction::triggered, this, &LectureActions::resetEverythingRequested);
    edit->addAction(reset);
}

void LectureActions::addViewActions(QMenu *view)
{
    view->addSeparator();
    QMenu *theme = view->addMenu(tr("T&heme"));
    theme->setObjectName(QStringLiteral("menu.theme"));
    m_themes = new QActionGroup(this);
    const struct
    {
        ThemeChoice choice;
        QString name;
        QString text;
        QString tip;
    } choices[] = {
        {ThemeChoice::FollowSystem, QStringLiteral("themeSystem"), tr("Follow the &system"),
         tr("Light or dark as the desktop is")},
        {ThemeChoice::Light, QStringLiteral("themeLight"), tr("&Light"), tr("Dark lines on white")},
        {ThemeChoice::Dark, QStringLiteral("themeDark"), tr("&Dark"),
         tr("Light lines on a dark slate ground")},
    };
    for (const auto &c : choices) {
        QAction *action = make(c.name, c.text, {}, c.tip);
        action->setCheckable(true);
        action->setData(static_cast<int>(c.choice));
        m_themes->addAction(action);
        theme->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice = c.choice] { emit themeChosen(choice); });
    }

    QAction *present = make(QStringLiteral("presentation"), tr("&Presentation"), QKeySequence(Qt::Key_F5),
                            tr("Full screen with large fonts and lines for a lecture hall (F5; Esc leaves)"));
    present->setCheckable(true);
    connect(present, &QAction::toggled, m_presentation, &PresentationMode::setActive);
    connect(m_presentation, &PresentationMode::activeChanged, present, [present](bool on) {
        const QSignalBlocker blocker(present);
        present->setChecked(on);
    });
    QAction *leave = make(QStringLiteral("leavePresentation"), tr("Leave presentation"),
                          QKeySequence(Qt::Key_Escape), tr("Back to the normal window"));
    leave->setEnabled(false);
    connect(leave, &QAction::triggered, m_presentation, [this] { m_presentation->setActive(false); });
    connect(m_presentation, &PresentationMode::activeChanged, leave, &QAction::setEnabled);
    view->addAction(present);

    QAction *play = make(QStringLiteral("playAnimation"), tr("Play &animation"), QKeySequence(tr("Ctrl+P")),
                         tr("Play or pause the sweep of the animation bar's parameter"));
    play->setCheckable(true);
    connect(play, &QAction::triggered, m_animation, [this] { m_animation->togglePlaying(); });
    connect(m_animation, &AnimationPanel::playingChanged, play, [play](bool on) {
        const QSignalBlocker blocker(play);
        play->setChecked(on);
    });
    view->addAction(play);
}

void LectureActions::showTheme(ThemeChoice choice)
{
    if (!m_themes)
        return;
    for (QAction *action : m_themes->actions()) {
        const QSignalBlocker blocker(action);
        action->setChecked(action->data().toInt() == static_cast<int>(choice));
    }
}
